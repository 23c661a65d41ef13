/**
 * `npm run -s parse-feed -- FILE [--url FEED_URL] [--content-type TYPE]`: parses one feed file
 * and prints one JSON object, `{"title", "items": [{"title", "url", "published", "description"}]}`,
 * or `{"error": "what is wrong"}` with exit code 1.
 */
import './english';
import { readFileSync } from 'node:fs';
import { isFeedError } from '../utils/feeds/feed-error';
import { parseFeed } from '../utils/feeds/parse';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

function fail(message: string): never {
  console.log(JSON.stringify({ error: message }));
  process.exit(1);
}

const args = process.argv.slice(2);
const file = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) fail('Usage: parse-feed FILE [--url FEED_URL] [--content-type TYPE]');

let body: Uint8Array;
try {
  body = readFileSync(file);
} catch {
  fail(`Cannot read the file ${file}`);
}

try {
  const feed = parseFeed(body, { url: option(args, '--url'), contentType: option(args, '--content-type') });
  const items = feed.items.map(({ title, url, published, description }) => ({ title, url, published, description }));
  console.log(JSON.stringify({ title: feed.title, items }, null, 2));
} catch (error) {
  if (isFeedError(error)) fail(error.message);
  throw error;
}
