/**
 * `npm run -s eval:extract`: runs the extractor over every page fixture and prints one JSON
 * object of figures, each beside its target. Expected values come from the fixtures after
 * corrections (tests/fixtures/pages/corrections.json says which and why).
 */
import { parseHTML } from 'linkedom';
import { pathToFileURL } from 'node:url';
import { extractPage } from '../utils/article/extract-article';
import type { ArticleReading } from '../utils/article/read-article';
import { looseKey } from '../utils/article/clean-value';
import { median } from './median';
import { foldTitle, sameTime } from '../tests/fixtures/pages/compare';
import { loadPageFixtures, type PageFixture } from '../tests/fixtures/pages/load';

/** One page's outcome. */
export interface PageResult {
  page: PageFixture;
  reading: ArticleReading;
  /** Extraction time in ms, HTML parsing excluded (median of the timed runs). */
  ms: number;
}

/** Parses every fixture once, then times extraction alone, `runs` times per page. */
export function runFixtures(runs = 3): PageResult[] {
  const pages = loadPageFixtures().map((page) => ({ page, doc: parseHTML(page.html()).document as unknown as Document }));
  for (const { page, doc } of pages) extractPage(doc, page.url); // warm-up: JIT and linkedom caches
  return pages.map(({ page, doc }) => {
    const times: number[] = [];
    let reading = extractPage(doc, page.url);
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      reading = extractPage(doc, page.url);
      times.push(performance.now() - start);
    }
    return { page, reading, ms: median(times) };
  });
}

function rate(hits: number, total: number): number {
  return total ? Math.round((hits / total) * 1000) / 10 : 100;
}

/** The figures of a run, with the names of the pages that miss each one. */
export function figures(results: PageResult[]) {
  const news = results.filter((r) => r.page.kind === 'news');
  const titleOk = news.filter((r) => r.page.expected.title && foldTitle(r.reading.article?.title) === foldTitle(r.page.expected.title));
  const titled = news.filter((r) => r.page.expected.title);
  const dated = news.filter((r) => r.page.expected.publishedTime);
  const dateOk = dated.filter((r) => sameTime(r.reading.article?.publishedTime, r.page.expected.publishedTime));
  const sited = news.filter((r) => r.page.expected.siteName);
  const siteFound = sited.filter((r) => r.reading.article?.siteName);
  const siteSame = sited.filter((r) => looseKey(r.reading.article?.siteName ?? '') === looseKey(r.page.expected.siteName ?? ''));
  const nonArticles = results.filter((r) => r.page.kind === 'non-article');
  const falseArticles = nonArticles.filter((r) => r.reading.isArticle);
  const missed = news.filter((r) => !r.reading.isArticle);
  const names = (rs: PageResult[]) => rs.map((r) => r.page.name);
  const miss = (all: PageResult[], ok: PageResult[]) => names(all.filter((r) => !ok.includes(r)));
  return {
    pages: results.length,
    newsPages: news.length,
    nonArticlePages: nonArticles.length,
    titleEqualPct: { value: rate(titleOk.length, titled.length), target: '>= 95', of: titled.length, misses: miss(titled, titleOk) },
    publishedTimeEqualPct: { value: rate(dateOk.length, dated.length), target: '>= 90', of: dated.length, misses: miss(dated, dateOk) },
    siteNameFoundPct: { value: rate(siteFound.length, sited.length), target: '>= 90', of: sited.length, misses: miss(sited, siteFound) },
    siteNameEqualPct: { value: rate(siteSame.length, sited.length), of: sited.length, misses: miss(sited, siteSame) },
    nonArticlesTakenForArticles: { value: falseArticles.length, target: '0', pages: names(falseArticles) },
    newsMissedPct: { value: rate(missed.length, news.length), target: '<= 3', pages: names(missed) },
    medianExtractMs: { value: Math.round(median(results.map((r) => r.ms)) * 1000) / 1000, target: '<= 5' },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(figures(runFixtures()), null, 2));
}
