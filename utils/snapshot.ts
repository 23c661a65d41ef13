import { parseDietEntries, type DietEntry } from './diet/diet';
import type { IndexedArticle } from './model';
import { safeHref } from './safe-url';

/**
 * The index's portable form: export, import on another browser, a static index URL the reader
 * trusts, and the bundled demo all go through `parseSnapshot`. Parsing checks everything before
 * anything is written, so a bad file changes nothing.
 */
export interface IndexSnapshot {
  format: 'parallax-index';
  version: 1;
  /** Shown in the popup and options page, e.g. "Demo snapshot". */
  label: string;
  /** ISO time the snapshot was made. */
  createdAt: string;
  articles: IndexedArticle[];
  /** The reader's news diet, only when they chose to export it with the index. */
  diet?: DietEntry[];
}

export const SNAPSHOT_LIMITS = { articles: 200_000, title: 1_000, description: 5_000, id: 200 } as const;

export type SnapshotResult = { ok: true; snapshot: IndexSnapshot } | { ok: false; error: string };

function fail(error: string): SnapshotResult {
  return { ok: false, error };
}

/** What is wrong with one article of a snapshot or delta, in words; undefined when nothing. */
export function articleProblem(a: unknown): string | undefined {
  if (typeof a !== 'object' || a === null) return 'is not an object';
  const r = a as Record<string, unknown>;
  if (typeof r.url !== 'string' || !safeHref(r.url)) return 'has no http(s) "url"';
  for (const field of ['outletId', 'storyId'] as const) {
    const v = r[field];
    if (typeof v !== 'string' || v.length === 0 || v.length > SNAPSHOT_LIMITS.id) return `has no valid "${field}"`;
  }
  if (typeof r.title !== 'string' || r.title.trim() === '' || r.title.length > SNAPSHOT_LIMITS.title) return 'has no valid "title"';
  if (typeof r.description !== 'string' || r.description.length > SNAPSHOT_LIMITS.description) return 'has no valid "description"';
  if (typeof r.published !== 'number' || !Number.isFinite(r.published)) return 'has no valid "published" time (epoch ms)';
  if (r.added !== undefined && (typeof r.added !== 'number' || !Number.isFinite(r.added))) return 'has an invalid "added" time';
  if (r.author !== undefined && (typeof r.author !== 'string' || r.author.length > SNAPSHOT_LIMITS.title)) return 'has an invalid "author"';
  return undefined;
}

/** Parses and validates a snapshot file; the error says what is wrong, in words. */
export function parseSnapshot(text: string): SnapshotResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`);
  }
  if (typeof data !== 'object' || data === null) return fail('The file does not hold a Parallax index.');
  const s = data as Record<string, unknown>;
  if (s.format !== 'parallax-index') return fail('The file is not a Parallax index export (its "format" is not "parallax-index").');
  if (s.version !== 1) return fail(`This index was written by a version of Parallax this one does not know (version ${String(s.version)}).`);
  if (typeof s.label !== 'string' || typeof s.createdAt !== 'string') return fail('The index has no "label" or "createdAt".');
  if (!Array.isArray(s.articles)) return fail('The index has no "articles" list.');
  if (s.articles.length > SNAPSHOT_LIMITS.articles) return fail(`The index holds ${s.articles.length} articles; the limit is ${SNAPSHOT_LIMITS.articles}.`);
  const seen = new Set<string>();
  for (const [i, article] of s.articles.entries()) {
    const problem = articleProblem(article);
    if (problem) return fail(`Article ${i + 1} ${problem}.`);
    const url = (article as IndexedArticle).url;
    if (seen.has(url)) return fail(`Article ${i + 1} repeats the URL ${url}.`);
    seen.add(url);
  }
  const articles = (s.articles as IndexedArticle[]).map(articleFields);
  const diet = s.diet === undefined ? undefined : parseDietEntries(s.diet);
  if (diet === null) return fail('The reading diet in the file is not valid.');
  return {
    ok: true,
    snapshot: { format: 'parallax-index', version: 1, label: s.label.slice(0, 200), createdAt: s.createdAt, articles, ...(diet ? { diet } : {}) },
  };
}

/** The fields of an article that passed `articleProblem`, and nothing else the file carried. */
export function articleFields({ url, outletId, title, description, published, storyId, added, author }: IndexedArticle): IndexedArticle {
  return { url, outletId, title, description, published, storyId, ...(added === undefined ? {} : { added }), ...(author ? { author } : {}) };
}

export function makeSnapshot(label: string, articles: IndexedArticle[], now: Date = new Date()): IndexSnapshot {
  return { format: 'parallax-index', version: 1, label, createdAt: now.toISOString(), articles };
}
