/**
 * Reads the copied public feed lists from scripts/catalog/data/lists (never from outside the
 * repository) into ListEntry rows, the 2026-03-25 validity scan, Kagi's media data and the
 * State Media Matrix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { DATA_DIR } from '../inputs';
import { type ListEntry, type MediaRecord, feedKey, kiteEntries, plenaryEntries, yavuzEntries } from './entries';
import { type StateMediaRow, parseStateMedia } from './state-media';

const LISTS_DIR = `${DATA_DIR}lists/`;

const json = <T>(file: string) => JSON.parse(readFileSync(`${LISTS_DIR}${file}`, 'utf8')) as T;

export function readListEntries(): ListEntry[] {
  const plenaryDir = `${LISTS_DIR}plenary/`;
  const plenary = readdirSync(plenaryDir)
    .filter((f) => f.endsWith('.opml'))
    .sort()
    .flatMap((f) => plenaryEntries(f, readFileSync(`${plenaryDir}${f}`, 'utf8')));
  return [...kiteEntries(json('kite_feeds.json')), ...yavuzEntries(json('yavuz_feed_database.json')), ...plenary];
}

/** Feed keys (see feedKey) the yavuz scan of 2026-03-25 found `invalid`. */
export function readInvalidFeeds(): Set<string> {
  const rows = readFileSync(`${LISTS_DIR}yavuz_feed_validity_2026-03-25.tsv`, 'utf8').split('\n').slice(1);
  const invalid = new Set<string>();
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[4]?.trim() === 'invalid' && cells[3]) invalid.add(feedKey(cells[3]));
  }
  return invalid;
}

export function readMediaData(): MediaRecord[] {
  return json<MediaRecord[]>('kite_media_data.json');
}

export function readStateMedia(): StateMediaRow[] {
  return parseStateMedia(readFileSync(`${LISTS_DIR}state_media_matrix.csv`, 'utf8'));
}
