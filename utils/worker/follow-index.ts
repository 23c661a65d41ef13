/**
 * Following a static index the reader trusts: fetch its `latest.json` with a conditional GET,
 * then only what is needed (one delta, or the full snapshot when the local copy is empty, from
 * another series or too far behind), check each file's size and SHA-256, and apply it in one
 * transaction. A broken, truncated or tampered file changes nothing; the error, in words, is kept
 * for the options page. Every request is a plain GET of a published file: nothing in it depends
 * on what the reader reads. A URL serving a plain snapshot export is imported as before.
 */
import { isFeedError } from '../feeds/feed-error';
import type { FetchFeedOptions, FetchResult } from '../feeds/fetch-feed';
import { formatCount, t } from '../i18n/translate';
import { parseSnapshot } from '../snapshot';
import { parseDelta, parseManifest, planUpdate, sha256Hex, type IndexFile, type StaticIndexManifest } from '../static-index';
import { DeltaMismatch } from './index-delta';
import type { IndexMeta, IndexStore } from './index-store';

/** Which version of a static index the local copy holds. */
export interface IndexFollow {
  /** The manifest URL (latest.json) the reader set. */
  url: string;
  series: string;
  sequence: number;
  /** Validators of the manifest, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** When the manifest was last fetched, whatever it said. */
  checkedAt: number;
}

export interface FollowDeps {
  store: IndexStore;
  fetchFeed(url: string, opts: FetchFeedOptions): Promise<FetchResult>;
  now(): number;
}

/** What a check of the index came to. */
export type FollowOutcome = 'current' | 'delta' | 'snapshot' | 'export';

const SNAPSHOT_MAX_BYTES = 50 * 1024 * 1024;
const TIMEOUT_MS = 60_000;
const words = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Downloads one file the manifest names and checks it is exactly that file. */
async function download(manifestUrl: string, file: IndexFile, deps: FollowDeps): Promise<string> {
  const url = new URL(file.path, manifestUrl).href;
  if (file.bytes > SNAPSHOT_MAX_BYTES) throw new Error(t('follow_fileTooLarge', file.path, formatCount(file.bytes), formatCount(SNAPSHOT_MAX_BYTES)));
  let result: FetchResult;
  try {
    result = await deps.fetchFeed(url, { maxBytes: file.bytes, timeoutMs: TIMEOUT_MS });
  } catch (error) {
    if (isFeedError(error) && error.code === 'feedError_tooLarge') throw new Error(t('follow_fileLarger', file.path, formatCount(file.bytes)));
    throw new Error(t('follow_fileDownload', file.path, words(error)));
  }
  if (result.status !== 'ok') throw new Error(t('follow_fileNotSent', file.path));
  if (result.body.byteLength !== file.bytes) throw new Error(t('follow_fileSize', file.path, formatCount(result.body.byteLength), formatCount(file.bytes)));
  if ((await sha256Hex(result.body)) !== file.sha256) throw new Error(t('follow_fileHash', file.path));
  return new TextDecoder().decode(result.body);
}

async function applySnapshot(url: string, manifest: StaticIndexManifest, meta: IndexMeta, deps: FollowDeps) {
  const parsed = parseSnapshot(await download(url, manifest.snapshot, deps));
  if (!parsed.ok) throw new Error(t('follow_fileRefused', manifest.snapshot.path, parsed.error));
  await deps.store.importSnapshot({ ...parsed.snapshot, label: manifest.label, createdAt: manifest.createdAt }, 'url', meta);
}

/**
 * Brings the local index up to the static index at `url`. Throws (after keeping the reason in
 * the index meta) when the index could not be followed; the local index is then unchanged.
 */
export async function followIndex(url: string, deps: FollowDeps): Promise<FollowOutcome> {
  const current = await deps.store.meta();
  const held = current?.origin === 'url' && current.follow?.url === url ? current.follow : undefined;
  try {
    const got = await deps.fetchFeed(url, { maxBytes: SNAPSHOT_MAX_BYTES, timeoutMs: TIMEOUT_MS, etag: held?.etag, lastModified: held?.lastModified });
    if (got.status === 'not-modified') {
      if (!held) throw new Error(t('follow_notModified'));
      await deps.store.setMeta({ follow: { ...held, checkedAt: deps.now() }, followError: undefined });
      return 'current';
    }
    const text = new TextDecoder().decode(got.body);
    if (/^\s*\{\s*"format"\s*:\s*"parallax-index"/.test(text)) {
      const parsed = parseSnapshot(text);
      if (!parsed.ok) throw new Error(parsed.error);
      await deps.store.importSnapshot(parsed.snapshot, 'url', { follow: undefined, followError: undefined });
      return 'export';
    }
    const manifest = parseManifest(text);
    if (!manifest.ok) throw new Error(manifest.error);
    const m = manifest.value;
    const follow: IndexFollow = { url, series: m.series, sequence: m.sequence, etag: got.etag, lastModified: got.lastModified, checkedAt: deps.now() };
    const meta: IndexMeta = { ...current, origin: 'url', label: m.label, createdAt: m.createdAt, follow, followError: undefined };
    const plan = planUpdate(held, m);
    if (plan.kind === 'current') {
      await deps.store.setMeta(meta);
      return 'current';
    }
    if (plan.kind === 'delta') {
      const delta = parseDelta(await download(url, plan.file, deps), { series: m.series, from: plan.file.from, to: m.sequence });
      if (!delta.ok) throw new Error(t('follow_fileRefused', plan.file.path, delta.error));
      try {
        await deps.store.applyDelta(delta.value, meta);
        return 'delta';
      } catch (error) {
        if (!(error instanceof DeltaMismatch)) throw error;
        // The local copy drifted from the version it claims: the whole snapshot puts it right.
      }
    }
    await applySnapshot(url, m, meta, deps);
    return 'snapshot';
  } catch (error) {
    const message = t('follow_refused', url, words(error));
    await deps.store.setMeta({ followError: { at: deps.now(), message } });
    throw new Error(message, { cause: error });
  }
}
