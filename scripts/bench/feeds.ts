/**
 * Feed parsing throughput: every fixture feed (as bytes, so decoding counts too) parsed over
 * and over for about 1.5 s. Prints items per second and megabytes per second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFeed } from '../../utils/feeds/parse';

interface Figure {
  figure: string;
  value: number;
  unit: string;
  target?: string;
}

const FIXTURES = new URL('../../tests/fixtures/feeds/', import.meta.url);
const DURATION_MS = 1500;

function loadFeeds(): Uint8Array[] {
  const feedFile = /\.(rss|atom|rdf|xml)$|^json-feed.*\.json$/;
  const top = readdirSync(FIXTURES).filter((name) => feedFile.test(name));
  const own = readdirSync(new URL('own/', FIXTURES))
    .filter((name) => feedFile.test(name))
    .map((name) => `own/${name}`);
  return [...top, ...own].map((name) => readFileSync(new URL(name, FIXTURES)));
}

export async function run(print: (figure: Figure) => void): Promise<void> {
  const feeds = loadFeeds();
  const now = Date.now();
  // Warm-up: let the JIT settle before timing.
  for (let i = 0; i < 5; i++) for (const feed of feeds) parseFeed(feed, { now });

  let items = 0;
  let bytes = 0;
  let passes = 0;
  const start = performance.now();
  while (performance.now() - start < DURATION_MS) {
    for (const feed of feeds) {
      items += parseFeed(feed, { now }).items.length;
      bytes += feed.byteLength;
    }
    passes += 1;
  }
  const seconds = (performance.now() - start) / 1000;

  print({
    figure: 'feed parse throughput',
    value: Math.round(items / seconds),
    unit: 'items/s',
    target: '> 5,000 items/s (100 feeds of 50 items in under 1 s)',
  });
  print({ figure: 'feed parse throughput (bytes)', value: +(bytes / seconds / 1024 / 1024).toFixed(1), unit: 'MB/s' });
  print({ figure: 'feed parse time per fixture set', value: +((seconds * 1000) / passes).toFixed(2), unit: `ms per ${feeds.length} feeds` });
}
