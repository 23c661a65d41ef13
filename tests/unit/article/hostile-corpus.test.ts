/**
 * The hostile-page corpus (tests/fixtures/hostile-pages) through the light reader the content
 * script runs, under linkedom and happy-dom. Untampered, each page reads as the corpus says and
 * gives a message the worker accepts. Tampered (the page's script redefines this realm's
 * built-ins, as a page could if the reader shared its realm; Chromium's isolated world does not),
 * the reader still never throws, and the worker either accepts its message or refuses it with a
 * PayloadError. Single cases of the same kind live in hostile.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readPage, type ArticleReading } from '../../../utils/article/read-article';
import { checkPayload, PayloadError } from '../../../utils/worker/payloads';
import { HOSTILE_PAGES, hostileUrl, type HostilePage } from '../../fixtures/hostile-pages/corpus';
import { quietWindow, readHostile, type DomKind } from '../../fixtures/hostile-pages/harness';

const happy = quietWindow();
afterAll(() => happy.happyDOM.close());
const DOMS: DomKind[] = ['linkedom', 'happy-dom'];
/** happy-dom's selector engine recurses once per level and overflows the stack on this page
 * (Chromium's parser stops nesting at 512); the reader reports it unreadable instead. */
const DOM_LIMITS: Record<DomKind, string[]> = { linkedom: ['empty'], 'happy-dom': ['giant-dom-deep'] };

const cases = (pages: HostilePage[]) => pages.flatMap((p) => DOMS.map((dom) => [p.name, dom, p] as const));
const message = (page: HostilePage, reading: ArticleReading | undefined) => ({ url: hostileUrl(page), article: reading?.article ?? null });

describe('the hostile-page corpus', () => {
  it('has at least 30 pages, each named once and explained', () => {
    expect(HOSTILE_PAGES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE_PAGES.map((p) => p.name)).size).toBe(HOSTILE_PAGES.length);
    for (const p of HOSTILE_PAGES) expect(p.why.length, p.name).toBeGreaterThan(10);
  });

  it.each(cases(HOSTILE_PAGES))('%s (%s): read as expected, and the worker accepts the message', (name, dom, page) => {
    const run = readHostile(page, hostileUrl(page), dom, (doc) => readPage(doc, hostileUrl(page)), { tamper: false, happy });
    expect(run.threw).toBeUndefined();
    const reading = run.result!;
    expect(() => checkPayload('pageArticle', message(page, reading))).not.toThrow();
    if (DOM_LIMITS[dom].includes(name)) return expect(reading.reasons.join(' ')).toMatch(/^unreadable:/);
    if (page.expect === 'either') return;
    if (page.expect === null) expect(reading.isArticle).toBe(false);
    else expect(reading.article?.title).toBe(page.expect.title);
  });

  it.each(cases(HOSTILE_PAGES.filter((p) => p.script)))(
    '%s (%s), its script run in the reader’s realm: no throw, and nothing the worker cannot judge',
    (_name, dom, page) => {
      const run = readHostile(page, hostileUrl(page), dom, (doc) => readPage(doc, hostileUrl(page)), { tamper: true, happy });
      expect(run.threw).toBeUndefined();
      expect(typeof run.result?.isArticle).toBe('boolean');
      try {
        checkPayload('pageArticle', message(page, run.result));
      } catch (error) {
        expect(error).toBeInstanceOf(PayloadError);
      }
    },
  );

  it('puts every built-in back after a tampering page', () => {
    const page = HOSTILE_PAGES.find((p) => p.name === 'array-methods-throw')!;
    const before = Array.prototype.map;
    const run = readHostile(page, hostileUrl(page), 'linkedom', () => [1, 2].map((x) => x * 2), { tamper: true });
    expect(run.threw).toBeInstanceOf(Error);
    expect(Array.prototype.map).toBe(before);
    expect([1, 2].map((x) => x * 2)).toEqual([2, 4]);
  });
});
