/// <reference types="chrome" />
/**
 * Fault tests' helpers: synthetic feeds of real headlines, and a whole-index check read straight
 * from IndexedDB in an extension page (the worker may be stopped while it runs).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Real headlines (UCI News Aggregator sample, tests/fixtures/clusters/README.md). */
export function headlines(count: number): string[] {
  const lines = readFileSync('tests/fixtures/clusters/uci_sample.eval.jsonl', 'utf8').split('\n').filter(Boolean);
  return lines.slice(0, count).map((line) => (JSON.parse(line) as { title: string }).title);
}

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An RSS feed of `titles`, one item each at `https://<host>/<slug>-<tag><i>`, published in the last hours. */
export function rssFeed(host: string, titles: string[], tag: string, now = Date.now()): string {
  const items = titles.map((title, i) => {
    const link = `https://${host}/${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)}-${tag}${i}`;
    return `<item><title>${xml(title)}</title><link>${xml(link)}</link><guid>${xml(link)}</guid><description>${xml(title)}.</description><pubDate>${new Date(now - i * 60_000).toUTCString()}</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${host}</title><link>https://${host}/</link>${items.join('')}</channel></rss>`;
}

export interface IndexCheck {
  articles: number;
  stories: number;
  /** Articles per outlet, of those whose URL contains `only` (all when not given). */
  perOutlet: Record<string, number>;
  /** Every way the stored rows disagree with each other (empty when whole). */
  problems: string[];
  /** Every article's URL. */
  urls: string[];
  /** The counts the index keeps beside its rows. */
  kept?: { articles: number; stories: number };
}

/** Reads every row of the `parallax` database and checks that articles, stories and counts agree. */
export function checkIndex(page: Page, only = ''): Promise<IndexCheck> {
  return page.evaluate(async (only) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('parallax');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store, 'readonly').objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    type A = { url: string; storyId: string; outletId: string };
    type S = { id: string; articles: { url: string }[] };
    const [articles, stories, meta] = await Promise.all([all<A>('articles'), all<S>('stories'), all<{ key: string; value: unknown }>('meta')]);
    db.close();
    const problems: string[] = [];
    const storyById = new Map(stories.map((s) => [s.id, s]));
    const byStory = new Map<string, string[]>();
    const perOutlet: Record<string, number> = {};
    for (const a of articles) {
      if (a.url.includes(only)) perOutlet[a.outletId] = (perOutlet[a.outletId] ?? 0) + 1;
      byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a.url]);
      if (!storyById.has(a.storyId)) problems.push(`article ${a.url} points at missing story ${a.storyId}`);
    }
    for (const s of stories) {
      const held = (byStory.get(s.id) ?? []).sort();
      const listed = s.articles.map((a) => a.url).sort();
      if (held.join('\n') !== listed.join('\n')) problems.push(`story ${s.id} lists ${listed.length} articles, ${held.length} point at it`);
      if (listed.length === 0) problems.push(`story ${s.id} is empty`);
    }
    const kept = meta.find((m) => m.key === 'counts')?.value as { articles: number; stories: number } | undefined;
    if (kept && (kept.articles !== articles.length || kept.stories !== stories.length)) {
      problems.push(`kept counts ${kept.articles}/${kept.stories} differ from rows ${articles.length}/${stories.length}`);
    }
    return { articles: articles.length, stories: stories.length, perOutlet, problems, kept, urls: articles.map((a) => a.url) };
  }, only);
}
