/**
 * `npm run -s copies -- FILE.jsonl`: finds wire copies among the articles of an eval-format JSONL
 * file (fields url, title, description, outlet, domain, published; `author` when known) and prints
 * one JSON line: each group of copies with its wire (or source outlet), the original when the file
 * holds it, and the carriers. With `--labels LABELS.jsonl` (rows of `url` and `copy_of`: the wire or
 * outlet whose report the article carries, or null for its own reporting; see
 * tests/fixtures/copies/README.md) it also prints precision and recall on the labelled articles.
 */
import { readFileSync } from 'node:fs';
import { detectCopies, type CopyInput, type CopyMark, scoreCopies } from '../utils/copies';

interface Row {
  id?: string;
  title: string;
  description?: string | null;
  author?: string | null;
  url: string;
  outlet?: string;
  domain?: string;
  published?: string | number | null;
  copy_of?: string | null;
}

const args = process.argv.slice(2);
const labelsAt = args.indexOf('--labels');
const labelsFile = labelsAt >= 0 ? args[labelsAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (labelsAt < 0 || i !== labelsAt + 1));
if (!file || (labelsAt >= 0 && !labelsFile)) {
  console.error('usage: npm run -s copies -- FILE.jsonl [--labels LABELS.jsonl]');
  process.exit(2);
}
const readRows = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
const rows = readRows(file);
const articles: CopyInput[] = rows.map((r) => ({
  url: r.url,
  outletId: r.outlet ?? r.domain ?? new URL(r.url).hostname,
  title: r.title ?? '',
  description: r.description ?? undefined,
  author: r.author ?? undefined,
  published: typeof r.published === 'number' ? r.published : r.published ? Date.parse(r.published) : 0,
}));

const started = performance.now();
const { marks, groups } = detectCopies(articles);
const ms = performance.now() - started;
const sourceName = (m: CopyMark) => m.wire?.name ?? m.sourceOutletId;
const outletOf = new Map(articles.map((a) => [a.url, a.outletId]));
const round = (x: number) => Math.round(x * 10000) / 10000;
const labelled = (labelsFile ? readRows(labelsFile) : rows).filter((r) => r.copy_of !== undefined);
const score = labelled.length ? scoreCopies(new Map(labelled.map((r) => [r.url, r.copy_of ?? null])), marks, sourceName) : undefined;
console.log(
  JSON.stringify({
    articles: articles.length,
    groups: groups.length,
    carriers: groups.reduce((n, g) => n + g.copies.length + g.based.length, 0),
    msPerArticle: round(ms / Math.max(1, articles.length)),
    ...(score ? { score: Object.fromEntries(Object.entries(score).map(([k, v]) => [k, round(v)])) } : {}),
    copies: groups.map((g) => ({
      wire: g.wire?.name ?? null,
      source: g.wire?.name ?? g.sourceOutletId,
      original: g.originalUrl ? { url: g.originalUrl, outlet: outletOf.get(g.originalUrl) } : null,
      carriers: [
        ...g.copies.map((url) => ({ url, outlet: outletOf.get(url), kind: 'copy' })),
        ...g.based.map((url) => ({ url, outlet: outletOf.get(url), kind: 'based' })),
      ],
    })),
  }),
);
