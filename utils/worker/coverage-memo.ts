import { type Coverage, type CoverageArticle, type CoverageSettings, coverageFor } from '../coverage';

/** How a `CoverageMemo` is asked: the story's articles, the settings, and a key naming those settings. */
export type CoverageMemo = (articles: readonly CoverageArticle[], settings: CoverageSettings, settingsKey: string) => Coverage;

/** Coverages kept by default: a few stories' worth, for the tabs and pages the reader has open. */
const KEEP = 8;

/** Every field coverage reads of an article, in one string: equal strings, equal coverage. */
function articlesKey(articles: readonly CoverageArticle[]): string {
  return articles.map((a) => [a.url, a.outletId, a.published, a.title, a.description ?? '', a.author ?? ''].join('\u0000')).join('\u0001');
}

/**
 * The last few coverages computed, by what they were computed from. The badge, the popup and the
 * story page ask for one story's coverage one after another (the popup's "Open full coverage",
 * a reload), and counting, summarising and tracing copies over a 200-article story costs the
 * worker 10–15 ms each time. The key is the articles themselves and the settings' key, so a kept
 * coverage is never stale: a changed article or setting is another key. `coverageFor` is pure;
 * what it returns is shared between callers, which only read it.
 */
export function createCoverageMemo(keep = KEEP): CoverageMemo {
  const kept = new Map<string, Coverage>();
  return (articles, settings, settingsKey) => {
    const key = `${settingsKey}\u0002${articlesKey(articles)}`;
    const known = kept.get(key);
    if (known) {
      // Most recently used last: the oldest goes first when full.
      kept.delete(key);
      kept.set(key, known);
      return known;
    }
    const made = coverageFor(articles, settings);
    kept.set(key, made);
    if (kept.size > keep) kept.delete(kept.keys().next().value as string);
    return made;
  };
}
