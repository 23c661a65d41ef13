/**
 * A story in one line: what the front page, the blindspot lists and the diet's suggestions show
 * of it. Built from the same coverage object as the popup (`coverageFor`), so a rule that changes
 * there (what counts as an outlet, the blindspot threshold) changes here too.
 */
import { applyCorrections, type StoryCorrection } from '../copies';
import { BIASES, type BiasOrUnrated, type Outlet } from '../model';
import { coverageFor, type CoverageArticle, type CoverageSettings } from '../coverage';
import type { KeyedShare } from '../views';

export interface StoryDigest {
  id: string;
  /** Headline of the earliest article still counted. */
  title: string;
  /** Every distinct headline of the story, for search. */
  headlines: string[];
  /** Epoch ms of the earliest and latest article. */
  first: number;
  last: number;
  outlets: number;
  articles: number;
  bias: KeyedShare<BiasOrUnrated>[];
  /** Rated outlets on each side, and the blindspot verdict with the counts that decided it. */
  blindspot: { side: 'left' | 'right' | 'both' | null; judged: boolean; left: number; right: number; center: number; rated: number; verdict: string };
  /** Countries and languages of the covering outlets (from the catalog). */
  countries: string[];
  languages: string[];
}

/** The reader's settings a digest follows: the coverage's, and their "Not this story" corrections. */
export type DigestSettings = CoverageSettings & { corrections?: readonly StoryCorrection[] };

/**
 * One story's digest under the reader's settings, with the articles they took out of it left out
 * (as the popup leaves them out); null when every covering source is off.
 */
export function digestStory(id: string, all: readonly CoverageArticle[], settings: DigestSettings): StoryDigest | null {
  const articles = settings.corrections?.length ? applyCorrections(all, id, settings.corrections).kept : all;
  if (articles.length === 0) return null;
  // No summary: the list needs counts, and summarising 5,000 stories would cost seconds.
  const c = coverageFor(articles, { ...settings, summarySentences: 0 });
  if (c.outletCount === 0) return null;
  const outlet = (oid: string): Outlet | undefined =>
    settings.outlets instanceof Map ? settings.outlets.get(oid) : (settings.outlets as Record<string, Outlet>)[oid];
  const kept = articles.filter((a) => !settings.disabled?.has(a.outletId));
  const first = c.firstReported;
  return {
    id,
    title: (first && kept.find((a) => a.url === first.url)?.title) ?? kept[0].title,
    headlines: [...new Set(kept.map((a) => a.title))],
    first: first?.published ?? 0,
    last: c.lastUpdated ?? 0,
    outlets: c.outletCount,
    articles: c.totalArticles,
    bias: [...BIASES, 'unrated' as const].map((key) => ({ key, ...c.bias[key] })),
    blindspot: {
      side: c.blindspot.side,
      judged: c.blindspot.judged,
      left: c.blindspot.left,
      right: c.blindspot.right,
      center: c.bias.center.count,
      rated: c.blindspot.ratedOutlets,
      verdict: c.blindspot.verdict,
    },
    countries: [...new Set(c.outlets.map((o) => outlet(o.outletId)?.country).filter((x): x is string => !!x))].sort(),
    languages: [...new Set(c.outlets.map((o) => outlet(o.outletId)?.language).filter((x): x is string => !!x))].sort(),
  };
}

/** Digests of every story among `articles` (grouped by their `storyId`). */
export function digestAll(articles: readonly (CoverageArticle & { storyId: string })[], settings: DigestSettings): StoryDigest[] {
  const byStory = new Map<string, CoverageArticle[]>();
  for (const a of articles) {
    const list = byStory.get(a.storyId);
    if (list) list.push(a);
    else byStory.set(a.storyId, [a]);
  }
  const out: StoryDigest[] = [];
  for (const [id, list] of byStory) {
    const d = digestStory(id, list, settings);
    if (d) out.push(d);
  }
  return out;
}
