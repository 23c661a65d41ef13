/**
 * Deltas between versions of a static index. The builder keeps, for each recent version, the
 * step that led to it (every article whose story changed, with its story before and after);
 * composing the steps from version k to the latest gives the delta a reader at k downloads.
 * Pure and ordered: the same steps give the same delta, byte for byte.
 */
import type { IndexedArticle } from '../model';
import { DELTA_FORMAT, STATIC_INDEX_VERSION, type IndexDelta, type IndexFile, type StaticIndexManifest } from './schema';

/** One article's change in one step: [url, story before (null: absent), story after (null: gone)]. */
export type Change = [url: string, before: string | null, after: string | null];

/** The changes that led to version `to`, sorted by URL. */
export interface Step {
  to: number;
  changes: Change[];
}

const byUrl = <T extends [string, ...unknown[]]>(a: T, b: T) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** What changed between two states (URL -> story id). */
export function diffStates(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Change[] {
  const changes: Change[] = [];
  for (const [url, story] of before) {
    const now = after.get(url);
    if (now !== story) changes.push([url, story, now ?? null]);
  }
  for (const [url, story] of after) if (!before.has(url)) changes.push([url, null, story]);
  return changes.sort(byUrl);
}

/** Several consecutive steps as one: each URL's first "before" and last "after". */
export function composeSteps(steps: readonly Step[]): Change[] {
  const net = new Map<string, Change>();
  for (const step of steps) {
    for (const [url, before, after] of step.changes) {
      const seen = net.get(url);
      net.set(url, [url, seen ? seen[1] : before, after]);
    }
  }
  return [...net.values()].filter(([, before, after]) => before !== after).sort(byUrl);
}

/**
 * The delta from version `from` to the latest. `steps` must hold every step after `from`;
 * `articles` finds an added article's record in the latest version.
 */
export function makeDelta(
  steps: readonly Step[],
  latest: { series: string; sequence: number; createdAt: string; articles: number; stories: number },
  from: number,
  articleOf: (url: string) => IndexedArticle | undefined,
): IndexDelta {
  const wanted = steps.filter((s) => s.to > from && s.to <= latest.sequence);
  if (wanted.length !== latest.sequence - from) throw new Error(`The steps from version ${from} to ${latest.sequence} are not all kept.`);
  const added: IndexedArticle[] = [];
  const removed: string[] = [];
  const moved: [string, string][] = [];
  for (const [url, before, after] of composeSteps(wanted)) {
    if (after === null) removed.push(url);
    else if (before !== null) moved.push([url, after]);
    else {
      const article = articleOf(url);
      if (!article) throw new Error(`The latest version has no article ${url}.`);
      added.push(article);
    }
  }
  const { series, sequence, createdAt, articles, stories } = latest;
  return { format: DELTA_FORMAT, version: STATIC_INDEX_VERSION, series, from, to: sequence, createdAt, articles, stories, added, removed, moved };
}

/** Where a reader's copy of the index stands. */
export interface LocalVersion {
  series: string;
  sequence: number;
}

/** What a reader should download: nothing, one delta, or the whole snapshot. */
export type UpdatePlan = { kind: 'current' } | { kind: 'delta'; file: IndexFile & { from: number } } | { kind: 'snapshot'; file: IndexFile };

/**
 * A reader at a version the manifest has a delta from takes the delta; one with nothing, from
 * another series, or too far behind takes the snapshot.
 */
export function planUpdate(local: LocalVersion | undefined, manifest: StaticIndexManifest): UpdatePlan {
  if (local && local.series === manifest.series) {
    if (local.sequence === manifest.sequence) return { kind: 'current' };
    const delta = manifest.deltas.find((d) => d.from === local.sequence);
    if (delta) return { kind: 'delta', file: delta };
  }
  return { kind: 'snapshot', file: manifest.snapshot };
}
