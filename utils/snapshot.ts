import { parseDietEntries, type DietEntry } from './diet/diet';
import { formatCount, t } from './i18n/translate';
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

/** What is wrong with one article of a snapshot or delta: not an object, or the field that is missing or invalid. */
export type ArticleFault = { field?: 'url' | 'outletId' | 'storyId' | 'title' | 'description' | 'published' | 'added' | 'author' };

/** What is wrong with one article of a snapshot or delta; undefined when nothing. */
export function articleProblem(a: unknown): ArticleFault | undefined {
  if (typeof a !== 'object' || a === null) return {};
  const r = a as Record<string, unknown>;
  if (typeof r.url !== 'string' || !safeHref(r.url)) return { field: 'url' };
  for (const field of ['outletId', 'storyId'] as const) {
    const v = r[field];
    if (typeof v !== 'string' || v.length === 0 || v.length > SNAPSHOT_LIMITS.id) return { field };
  }
  if (typeof r.title !== 'string' || r.title.trim() === '' || r.title.length > SNAPSHOT_LIMITS.title) return { field: 'title' };
  if (typeof r.description !== 'string' || r.description.length > SNAPSHOT_LIMITS.description) return { field: 'description' };
  if (typeof r.published !== 'number' || !Number.isFinite(r.published)) return { field: 'published' };
  if (r.added !== undefined && (typeof r.added !== 'number' || !Number.isFinite(r.added))) return { field: 'added' };
  if (r.author !== undefined && (typeof r.author !== 'string' || r.author.length > SNAPSHOT_LIMITS.title)) return { field: 'author' };
  return undefined;
}

const articleWords = (fault: ArticleFault, n: number) =>
  !fault.field ? t('snapshot_articleNotObject', n) : fault.field === 'url' ? t('snapshot_articleUrl', n) : t('snapshot_articleField', n, fault.field);

/** Parses and validates a snapshot file; the error says what is wrong, in words. */
export function parseSnapshot(text: string): SnapshotResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(t('snapshot_notJson', error instanceof Error ? error.message : 'JSON.parse'));
  }
  if (typeof data !== 'object' || data === null) return fail(t('snapshot_notIndex'));
  const s = data as Record<string, unknown>;
  if (s.format !== 'parallax-index') return fail(t('snapshot_format'));
  if (s.version !== 1) return fail(t('snapshot_version', String(s.version)));
  if (typeof s.label !== 'string' || typeof s.createdAt !== 'string') return fail(t('snapshot_noLabel'));
  if (!Array.isArray(s.articles)) return fail(t('snapshot_noArticles'));
  if (s.articles.length > SNAPSHOT_LIMITS.articles) return fail(t('snapshot_tooMany', formatCount(s.articles.length), formatCount(SNAPSHOT_LIMITS.articles)));
  const seen = new Set<string>();
  for (const [i, article] of s.articles.entries()) {
    const problem = articleProblem(article);
    if (problem) return fail(articleWords(problem, i + 1));
    const url = (article as IndexedArticle).url;
    if (seen.has(url)) return fail(t('snapshot_articleRepeats', i + 1, url));
    seen.add(url);
  }
  const articles = (s.articles as IndexedArticle[]).map(articleFields);
  const diet = s.diet === undefined ? undefined : parseDietEntries(s.diet);
  if (diet === null) return fail(t('snapshot_diet'));
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
