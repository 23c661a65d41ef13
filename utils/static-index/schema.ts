/**
 * The published form of a static index: a small `latest.json` (the manifest) naming one full
 * snapshot and deltas from recent versions to the latest, each with its size and SHA-256. Shared
 * by the builder (scripts/index/) and the extension (utils/worker/); pure, so both test it alike.
 * Parsing checks everything before anything is used, and says in words what is wrong.
 */
import { formatCount, t } from '../i18n/translate';
import type { IndexedArticle } from '../model';
import { articleFields, articleProblem, SNAPSHOT_LIMITS } from '../snapshot';

export const MANIFEST_FORMAT = 'parallax-static-index';
export const DELTA_FORMAT = 'parallax-index-delta';
/** Version of both formats; a reader refuses a version it does not know. */
export const STATIC_INDEX_VERSION = 1;
/** The manifest's name in the published folder. */
export const MANIFEST_NAME = 'latest.json';

/** One published file: where it is (relative to the manifest), its size and digest. */
export interface IndexFile {
  path: string;
  bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

/** `latest.json`. */
export interface StaticIndexManifest {
  format: typeof MANIFEST_FORMAT;
  version: typeof STATIC_INDEX_VERSION;
  /** One history of versions: deltas apply only within the series they were built in. */
  series: string;
  /** This version's number; each build that changed something adds one. */
  sequence: number;
  /** ISO time this version was built. */
  createdAt: string;
  label: string;
  articles: number;
  stories: number;
  snapshot: IndexFile;
  /** Deltas from earlier versions (`from`) to this one. */
  deltas: (IndexFile & { from: number })[];
}

/** What changed from version `from` to version `to`. */
export interface IndexDelta {
  format: typeof DELTA_FORMAT;
  version: typeof STATIC_INDEX_VERSION;
  series: string;
  from: number;
  to: number;
  createdAt: string;
  /** Totals once applied: a reader whose counts differ after applying it was not at `from`. */
  articles: number;
  stories: number;
  /** New articles, whole. */
  added: IndexedArticle[];
  /** URLs of articles gone. */
  removed: string[];
  /** Articles kept whose story changed (merges and splits): [url, new story id]. */
  moved: [string, string][];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= SNAPSHOT_LIMITS.id;
/** A plain relative path: the manifest can only point next to itself, never to another host. */
const SAFE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

function readJson(text: string, what: 'manifest' | 'delta'): Parsed<Record<string, unknown>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : 'JSON.parse';
    return fail(what === 'manifest' ? t('staticIndex_manifestNotJson', why) : t('staticIndex_deltaNotJson', why));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail(what === 'manifest' ? t('staticIndex_manifestNotObject') : t('staticIndex_deltaNotObject'));
  return { ok: true, value: data as Record<string, unknown> };
}

/** The field of a file entry that is missing or invalid (`path` must be plain and relative), or '' when it is not an object. */
function fileProblem(f: unknown): string | undefined {
  if (typeof f !== 'object' || f === null) return '';
  const r = f as Record<string, unknown>;
  if (typeof r.path !== 'string' || !SAFE_PATH.test(r.path) || r.path.includes('..')) return 'path';
  if (!isCount(r.bytes) || r.bytes === 0) return 'bytes';
  if (typeof r.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.sha256)) return 'sha256';
  return undefined;
}

const pickFile = ({ path, bytes, sha256 }: IndexFile): IndexFile => ({ path, bytes, sha256 });

/** Parses and checks `latest.json`. */
export function parseManifest(text: string): Parsed<StaticIndexManifest> {
  const read = readJson(text, 'manifest');
  if (!read.ok) return read;
  const m = read.value;
  if (m.format !== MANIFEST_FORMAT) return fail(t('staticIndex_manifestFormat', MANIFEST_FORMAT));
  if (m.version !== STATIC_INDEX_VERSION) return fail(t('staticIndex_manifestVersion', String(m.version)));
  if (!isId(m.series) || !isCount(m.sequence)) return fail(t('staticIndex_manifestSeries'));
  if (typeof m.createdAt !== 'string' || !Number.isFinite(Date.parse(m.createdAt))) return fail(t('staticIndex_manifestCreatedAt'));
  if (typeof m.label !== 'string' || !isCount(m.articles) || !isCount(m.stories)) return fail(t('staticIndex_manifestCounts'));
  const problem = fileProblem(m.snapshot);
  if (problem !== undefined) return fail(problem === 'path' ? t('staticIndex_manifestSnapshotPath') : t('staticIndex_manifestSnapshot', problem || '{}'));
  if (!Array.isArray(m.deltas)) return fail(t('staticIndex_manifestDeltas'));
  for (const [i, d] of m.deltas.entries()) {
    const p = fileProblem(d) ?? (isCount((d as { from?: unknown }).from) && (d as { from: number }).from < (m.sequence as number) ? undefined : 'from');
    if (p !== undefined) return fail(p === 'path' ? t('staticIndex_manifestDeltaPath', i + 1) : t('staticIndex_manifestDelta', i + 1, p || '{}'));
  }
  const deltas = (m.deltas as (IndexFile & { from: number })[]).map((d) => ({ from: d.from, ...pickFile(d) }));
  const value: StaticIndexManifest = {
    format: MANIFEST_FORMAT,
    version: STATIC_INDEX_VERSION,
    series: m.series,
    sequence: m.sequence,
    createdAt: m.createdAt,
    label: m.label.slice(0, 200),
    articles: m.articles,
    stories: m.stories,
    snapshot: pickFile(m.snapshot as IndexFile),
    deltas,
  };
  return { ok: true, value };
}

/** Parses and checks a delta file; `expect` is what the manifest said it would be. */
export function parseDelta(text: string, expect: { series: string; from: number; to: number }): Parsed<IndexDelta> {
  const read = readJson(text, 'delta');
  if (!read.ok) return read;
  const d = read.value;
  if (d.format !== DELTA_FORMAT) return fail(t('staticIndex_deltaFormat', DELTA_FORMAT));
  if (d.version !== STATIC_INDEX_VERSION) return fail(t('staticIndex_deltaVersion', String(d.version)));
  if (d.series !== expect.series || d.from !== expect.from || d.to !== expect.to) return fail(t('staticIndex_deltaNotNamed', String(d.from), String(d.to)));
  if (typeof d.createdAt !== 'string' || !isCount(d.articles) || !isCount(d.stories)) return fail(t('staticIndex_deltaCounts'));
  if (!Array.isArray(d.added) || !Array.isArray(d.removed) || !Array.isArray(d.moved)) return fail(t('staticIndex_deltaLists'));
  if (d.added.length > SNAPSHOT_LIMITS.articles) return fail(t('staticIndex_deltaTooMany', formatCount(d.added.length), formatCount(SNAPSHOT_LIMITS.articles)));
  for (const [i, a] of d.added.entries()) {
    const problem = articleProblem(a);
    if (problem)
      return fail(
        !problem.field
          ? t('staticIndex_addedNotObject', i + 1)
          : problem.field === 'url'
            ? t('staticIndex_addedUrl', i + 1)
            : t('staticIndex_addedField', i + 1, problem.field),
      );
  }
  if (!d.removed.every((u) => typeof u === 'string')) return fail(t('staticIndex_deltaRemoved'));
  if (!d.moved.every((m) => Array.isArray(m) && m.length === 2 && typeof m[0] === 'string' && isId(m[1]))) return fail(t('staticIndex_deltaMoved'));
  const added = (d.added as IndexedArticle[]).map(articleFields);
  const value: IndexDelta = {
    format: DELTA_FORMAT,
    version: STATIC_INDEX_VERSION,
    series: expect.series,
    from: expect.from,
    to: expect.to,
    createdAt: d.createdAt,
    articles: d.articles,
    stories: d.stories,
    added,
    removed: d.removed as string[],
    moved: d.moved as [string, string][],
  };
  return { ok: true, value };
}
