/**
 * `npm run -s eval -- [FILE.jsonl ...] [--options '{...}']`: cluster a labelled JSONL file (fields
 * id, title, description, url, outlet, domain, published, story) in file order with the story
 * engine and print one JSON object per file with pairwise and B-cubed scores, held-out match
 * accuracy and the time per article. The `story` field is only used to score. Without a file, it
 * evaluates the two bundled labelled sets in tests/fixtures/clusters/. `--options` overrides the
 * engine's knobs (StoryIndexOptions) for a run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { StoryIndexOptions } from '../utils/stories';
import { evaluateClustering, type LabelledArticle } from './eval/evaluate';

interface Row {
  id: string;
  title: string;
  description?: string | null;
  url: string;
  outlet?: string;
  published?: string | number | null;
  story: string;
}

const BUNDLED = new URL('../tests/fixtures/clusters/', import.meta.url);

const args = process.argv.slice(2);
const optIdx = args.indexOf('--options');
if (args.some((a) => a.startsWith('--') && a !== '--options') || (optIdx >= 0 && !args[optIdx + 1])) {
  console.error('usage: npm run -s eval -- [FILE.jsonl ...] [--options \'{"joinThreshold":0.15}\']');
  process.exit(2);
}
const options = (optIdx >= 0 ? JSON.parse(args[optIdx + 1]) : {}) as Partial<StoryIndexOptions>;
const given = args.filter((a, i) => !a.startsWith('--') && (optIdx < 0 || i !== optIdx + 1));
const files = given.length
  ? given
  : readdirSync(BUNDLED)
      .filter((f) => f.endsWith('.eval.jsonl'))
      .sort()
      .map((f) => new URL(f, BUNDLED).pathname);

for (const file of files) evaluateFile(file);

function evaluateFile(file: string): void {
  const articles: LabelledArticle[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row)
    .map((r) => ({
      id: String(r.id),
      title: r.title ?? '',
      description: r.description,
      url: r.url,
      outlet: r.outlet,
      published: typeof r.published === 'number' ? r.published : r.published ? Date.parse(r.published) : 0,
      story: String(r.story),
    }));

  const result = evaluateClustering(articles, options);
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  console.log(
    JSON.stringify({
      file: relative(process.cwd(), file),
      ...result,
      pairwise: { precision: round(result.pairwise.precision), recall: round(result.pairwise.recall), f1: round(result.pairwise.f1) },
      bcubed: { precision: round(result.bcubed.precision), recall: round(result.bcubed.recall), f1: round(result.bcubed.f1) },
      matchTop1: round(result.matchTop1),
      matchPrecision: round(result.matchPrecision),
      absentMatched: round(result.absentMatched),
      msPerArticle: round(result.msPerArticle),
    }),
  );
}
