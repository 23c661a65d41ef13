/**
 * What the builder keeps between runs (in DIR/.state/ unless `--state` says elsewhere): the
 * articles of the latest version, each feed's health (validators for conditional GETs, backoff),
 * and the steps behind the last versions, from which every delta is made.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedHealthMap } from '../../utils/feeds/refresh-feeds';
import type { IndexedArticle } from '../../utils/model';
import type { Step } from '../../utils/static-index';

/** An article as the builder holds it: the feed it came from, its language, when it arrived. */
export interface BuilderArticle extends IndexedArticle {
  feed: string;
  lang?: string;
  added: number;
}

export interface BuilderState {
  format: 'parallax-index-builder-state';
  version: 1;
  series: string;
  /** The latest version built (0: none yet). */
  sequence: number;
  createdAt: string;
  stories: number;
  health: FeedHealthMap;
  /** Sorted by URL. */
  articles: BuilderArticle[];
  /** The steps to the last versions, oldest first. */
  steps: Step[];
}

const FILE = 'state.json';

function emptyState(): BuilderState {
  return { format: 'parallax-index-builder-state', version: 1, series: '', sequence: 0, createdAt: '', stories: 0, health: {}, articles: [], steps: [] };
}

export function loadState(dir: string): BuilderState {
  const path = join(dir, FILE);
  if (!existsSync(path)) return emptyState();
  const state = JSON.parse(readFileSync(path, 'utf8')) as BuilderState;
  if (state.format !== 'parallax-index-builder-state' || state.version !== 1) throw new Error(`${path} is not a state file this builder knows.`);
  return state;
}

/** Written to a temporary file and renamed: a run that dies leaves the previous state whole. */
export function saveState(dir: string, state: BuilderState): void {
  mkdirSync(dir, { recursive: true });
  const sortedHealth = Object.fromEntries(Object.entries(state.health).sort(([a], [b]) => (a < b ? -1 : 1)));
  const tmp = join(dir, `${FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify({ ...state, health: sortedHealth }));
  renameSync(tmp, join(dir, FILE));
}
