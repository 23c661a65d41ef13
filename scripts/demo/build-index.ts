/**
 * Builds public/demo-index.json, the "Demo snapshot" the extension loads on install, from real
 * headlines (scripts/demo/data/README.md says where they come from). Run: npx tsx scripts/demo/build-index.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalizeUrl } from '../../utils/article/normalize-url';
import type { Catalog, IndexedArticle } from '../../utils/model';
import { createOutletLookup } from '../../utils/sources/catalog';
import { makeSnapshot } from '../../utils/snapshot';

const ROUNDUPS = 60;
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

interface RoundupRow {
  title: string;
  description: string;
  url: string;
  domain: string;
  published: string;
  story: string;
}
interface SeedStory {
  story: string;
  articles: { outletDomain: string; title: string; description: string; url: string; published: string; author?: string }[];
}

const catalog = JSON.parse(read('../../public/catalog.json')) as Catalog;
const lookup = createOutletLookup(catalog.outlets);
const outletOf = (url: string) => lookup.byUrl(url)?.id;

const toArticle = (storyId: string, url: string, title: string, description: string, published: number, author?: string): IndexedArticle | undefined => {
  const outletId = outletOf(url);
  const key = normalizeUrl(url);
  return outletId && key ? { url: key, outletId, title, description, published, storyId, ...(author ? { author } : {}) } : undefined;
};

/** The seed story (the article `npm start` opens) and a story with enough rated outlets to be a blindspot. */
const seedArticles = ['./data/seed-story.json', './data/blindspot-story.json'].flatMap((file) => {
  const seed = JSON.parse(read(file)) as SeedStory;
  const articles = seed.articles.map((a) => toArticle(seed.story, a.url, a.title, a.description, Date.parse(a.published), a.author));
  if (articles.some((a) => !a)) throw new Error(`An outlet of ${file} is missing from the catalog.`);
  return articles as IndexedArticle[];
});

const byStory = new Map<string, RoundupRow[]>();
for (const line of read('./data/allsides_neus_roundups_2021.jsonl').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as RoundupRow;
  byStory.set(row.story, [...(byStory.get(row.story) ?? []), row]);
}

// The most recent roundups whose every article is from a catalog outlet, three outlets or more.
const roundups = [...byStory.entries()]
  .filter(([, rows]) => rows.length >= 3 && rows.every((r) => outletOf(r.url)) && new Set(rows.map((r) => outletOf(r.url))).size === rows.length)
  .sort(([, a], [, b]) => Date.parse(b[0].published) - Date.parse(a[0].published))
  .slice(0, ROUNDUPS);

const articles: IndexedArticle[] = [...seedArticles];
for (const [story, rows] of roundups) {
  // The data gives only the roundup's day: spread its articles over that day for display.
  const day = Date.parse(`${rows[0].published.slice(0, 10)}T09:00:00Z`);
  rows.forEach((r, i) => {
    const article = toArticle(story, r.url, r.title, r.description, day + i * 47 * 60_000);
    if (article) articles.push(article);
  });
}

const snapshot = makeSnapshot('Demo snapshot: AllSides headline roundups (2021), a 2014 story and a 2023 story', articles, new Date('2026-11-28T00:00:00Z'));
writeFileSync(new URL('../../public/demo-index.json', import.meta.url), `${JSON.stringify(snapshot, null, 1)}\n`);
console.log(
  JSON.stringify({ stories: new Set(articles.map((a) => a.storyId)).size, articles: articles.length, outlets: new Set(articles.map((a) => a.outletId)).size }),
);
