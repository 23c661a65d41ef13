/**
 * Writes a version of the index to the published folder: the full snapshot, a delta from each
 * kept earlier version, then `latest.json` naming them all with their sizes and SHA-256. File
 * names carry their versions, so a file never changes once written and caches may keep it;
 * `latest.json` is written last, by rename, so a reader never sees it name a missing file.
 * Files of the version before stay one more round for readers who fetched the old manifest.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IndexedArticle } from '../../utils/model';
import { makeSnapshot } from '../../utils/snapshot';
import {
  makeDelta,
  MANIFEST_FORMAT,
  MANIFEST_NAME,
  parseManifest,
  sha256Hex,
  STATIC_INDEX_VERSION,
  type IndexFile,
  type StaticIndexManifest,
} from '../../utils/static-index';
import type { BuilderState } from './state';

/** A written file with its compressed size, as a static host serving gzip would send it. */
export interface WrittenFile extends IndexFile {
  gzipBytes: number;
  kind: 'manifest' | 'snapshot' | 'delta';
  from?: number;
}

const PUBLISHED = /^(snapshot-\d+|delta-\d+-\d+)\.json$/;

async function write(dir: string, path: string, text: string, kind: WrittenFile['kind']): Promise<WrittenFile> {
  const bytes = new TextEncoder().encode(text);
  const tmp = join(dir, `.${path}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, join(dir, path));
  return { path, bytes: bytes.byteLength, sha256: await sha256Hex(bytes), gzipBytes: gzipSync(bytes, { level: 9 }).byteLength, kind };
}

/** What the published index carries of an article: no feed, language or arrival time. */
const published = ({ url, outletId, title, description, published: at, storyId }: IndexedArticle): IndexedArticle => ({
  url,
  outletId,
  title,
  description,
  published: at,
  storyId,
});

/** Writes the state's latest version to `dir`; returns every file written, manifest last. */
export async function publish(dir: string, state: BuilderState, label: string, keepVersions: number): Promise<WrittenFile[]> {
  mkdirSync(dir, { recursive: true });
  const manifestPath = join(dir, MANIFEST_NAME);
  const before = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : undefined;
  const articles = state.articles.map(published);
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  const latest = { series: state.series, sequence: state.sequence, createdAt: state.createdAt, articles: articles.length, stories: state.stories };

  const files: WrittenFile[] = [];
  const snapshot = makeSnapshot(label, articles, new Date(state.createdAt));
  files.push(await write(dir, `snapshot-${state.sequence}.json`, JSON.stringify(snapshot), 'snapshot'));
  const oldest = Math.max(1, state.sequence - keepVersions);
  for (let from = state.sequence - 1; from >= oldest; from--) {
    if (!state.steps.some((s) => s.to === from + 1)) break;
    const delta = makeDelta(state.steps, latest, from, (url) => byUrl.get(url));
    files.push({ ...(await write(dir, `delta-${from}-${state.sequence}.json`, JSON.stringify(delta), 'delta')), from });
  }
  const pick = ({ path, bytes, sha256 }: IndexFile): IndexFile => ({ path, bytes, sha256 });
  const manifest: StaticIndexManifest = {
    format: MANIFEST_FORMAT,
    version: STATIC_INDEX_VERSION,
    ...latest,
    label,
    snapshot: pick(files[0]),
    deltas: files.slice(1).map((f) => ({ from: f.from!, ...pick(f) })),
  };
  files.push(await write(dir, MANIFEST_NAME, `${JSON.stringify(manifest, null, 1)}\n`, 'manifest'));

  const keep = new Set([...files.map((f) => f.path)]);
  if (before?.ok) for (const f of [before.value.snapshot, ...before.value.deltas]) keep.add(f.path);
  for (const name of readdirSync(dir)) if (PUBLISHED.test(name) && !keep.has(name)) rmSync(join(dir, name));
  return files;
}
