/**
 * The reader's "Not this story": an article (or the page itself) detached from a story, on this
 * device only. Corrections are applied when coverage is read, like a source turned off, so the
 * story, its counts and the badge change at once; a later article at the same URL, or a copy
 * with the same headline, stays out of that story too. Kept with the settings; undone by removal.
 */
import { headlineKey } from './fingerprint';

export interface StoryCorrection {
  /** The detached article's URL (normalised). */
  url: string;
  title: string;
  /** The story it was detached from. */
  storyId: string;
  /** A few of that story's other URLs: the correction follows the story if a merge renames it. */
  anchors: string[];
  /** Epoch ms. */
  at: number;
}

const CORRECTIONS_LIMITS = { count: 5_000, anchors: 5, text: 2_000 } as const;

const sameTarget = (c: StoryCorrection, url: string, storyId: string) => c.url === url && c.storyId === storyId;

/** Adds "this article is not part of this story" (once). */
export function detach(
  corrections: readonly StoryCorrection[],
  article: { url: string; title: string },
  story: { id: string; urls: readonly string[] },
  now: number,
): StoryCorrection[] {
  const rest = corrections.filter((c) => !sameTarget(c, article.url, story.id));
  const anchors = story.urls.filter((u) => u !== article.url).slice(0, CORRECTIONS_LIMITS.anchors);
  const added = { url: article.url, title: article.title.slice(0, 300), storyId: story.id, anchors, at: now };
  return [...rest, added].slice(-CORRECTIONS_LIMITS.count);
}

/** Takes a correction back. */
export function undo(corrections: readonly StoryCorrection[], url: string, storyId: string): StoryCorrection[] {
  return corrections.filter((c) => !sameTarget(c, url, storyId));
}

/** The corrections that speak of this story: by its id, or by the articles it held then. */
export function correctionsOf(corrections: readonly StoryCorrection[], storyId: string, urls: ReadonlySet<string>): StoryCorrection[] {
  return corrections.filter((c) => c.storyId === storyId || c.anchors.some((u) => urls.has(u)));
}

/** The correction that detaches this article (same URL, or a copy under the same headline). */
export function detachedBy(applicable: readonly StoryCorrection[], article: { url: string; title: string }): StoryCorrection | undefined {
  if (applicable.length === 0) return undefined;
  const key = headlineKey(article.title);
  return applicable.find((c) => c.url === article.url || (key !== undefined && headlineKey(c.title) === key));
}

/** A story's articles split into the ones kept and the ones the reader detached. */
export function applyCorrections<T extends { url: string; title: string }>(
  articles: readonly T[],
  storyId: string,
  corrections: readonly StoryCorrection[],
): { kept: T[]; detached: { article: T; correction: StoryCorrection }[] } {
  const applicable = correctionsOf(corrections, storyId, new Set(articles.map((a) => a.url)));
  const kept: T[] = [];
  const detached: { article: T; correction: StoryCorrection }[] = [];
  for (const a of articles) {
    const correction = detachedBy(applicable, a);
    if (correction) detached.push({ article: a, correction });
    else kept.push(a);
  }
  return { kept, detached };
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** What is wrong with a stored or imported list of corrections, in words. */
export function correctionsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length > CORRECTIONS_LIMITS.count) return `must be a list of at most ${CORRECTIONS_LIMITS.count} corrections`;
  for (const [i, c] of value.entries()) {
    const r = c as Record<string, unknown>;
    const where = `correction ${i + 1}`;
    if (typeof c !== 'object' || c === null) return `${where} is not an object`;
    if (!isText(r.url, CORRECTIONS_LIMITS.text) || !/^https?:\/\//.test(r.url)) return `${where} has no http(s) "url"`;
    if (!isText(r.title, CORRECTIONS_LIMITS.text) || !isText(r.storyId, 200)) return `${where} has no "title" or "storyId"`;
    if (!Array.isArray(r.anchors) || r.anchors.length > CORRECTIONS_LIMITS.anchors || !r.anchors.every((u) => isText(u, CORRECTIONS_LIMITS.text)))
      return `${where} has invalid "anchors"`;
    if (typeof r.at !== 'number' || !Number.isFinite(r.at)) return `${where} has no "at" time`;
  }
  return undefined;
}

/** Only the known fields: a file never smuggles extra keys into storage. */
export function cleanCorrections(value: readonly StoryCorrection[]): StoryCorrection[] {
  return value.map(({ url, title, storyId, anchors, at }) => ({ url, title, storyId, anchors: [...anchors], at }));
}
