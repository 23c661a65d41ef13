/**
 * The content script runs readArticle on the browser's own Document. happy-dom stands in for it
 * here: the same pages must give the same result as under linkedom (which the CLI and the
 * fixture tests use), and markup in metadata must stay text. The window's settings keep
 * happy-dom from running the pages' scripts or fetching anything they link to.
 */
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { afterAll, expect, test, vi } from 'vitest';
import { readPage } from '../../../utils/article/read-article';
import { loadPageFixtures } from '../../fixtures/pages/load';

const window: Window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableIframePageLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    // Nothing a page links to is fetched: every request is answered here with a refusal.
    fetch: { interceptor: { beforeAsyncRequest: async () => new window.Response('', { status: 403 }) } },
  },
});
afterAll(() => window.happyDOM.close());
const happy = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const pages = loadPageFixtures().filter((_, i) => i % 24 === 0);

test.each(pages.map((p) => [p.name, p] as const))('%s reads the same under happy-dom and linkedom', (_name, page) => {
  const html = page.html();
  const viaLinkedom = readPage(parseHTML(html).document as unknown as Document, page.url);
  const viaHappyDom = readPage(happy(html), page.url);
  expect(viaHappyDom).toEqual(viaLinkedom);
});

test('markup in a title is returned as text and never run', () => {
  const alert = vi.fn();
  (window as unknown as { alert: typeof alert }).alert = alert;
  const doc = happy(`<html><head><title>&lt;img src=x onerror=alert(1)&gt; Budget</title>
    <meta property="og:title" content="<img src=x onerror=alert(1)> Budget"><meta property="og:type" content="article">
    <meta property="article:published_time" content="2024-05-03T10:00:00Z"></head><body></body></html>`);
  const reading = readPage(doc, 'https://example.com/news/council-approves-the-budget');
  expect(reading.article?.title).toBe('<img src=x onerror=alert(1)> Budget');
  expect(doc.querySelectorAll('img')).toHaveLength(0);
  expect(alert).not.toHaveBeenCalled();
});
