/**
 * The extra cost of wire-copy detection per article: `detectCopies` over the labelled sets, as the
 * copies CLI runs it (the whole file at once) and as coverage runs it (one story at a time, with
 * the honest counts). Median of repeated runs after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { detectCopies, type CopyInput, honestCoverage } from '../../utils/copies';
import { median } from '../median';

type Print = (f: { figure: string; value: number; unit: string; target?: string; [extra: string]: unknown }) => void;

interface Row {
  title: string;
  description?: string | null;
  url: string;
  outlet?: string;
  domain?: string;
  published?: string;
  story: string;
}

function load(file: string): { articles: CopyInput[]; stories: CopyInput[][] } {
  const rows = readFileSync(new URL(`../../tests/fixtures/clusters/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
  const byStory = new Map<string, CopyInput[]>();
  const articles = rows.map((r) => {
    const a = {
      url: r.url,
      outletId: r.outlet ?? r.domain ?? '',
      title: r.title,
      description: r.description ?? undefined,
      published: r.published ? Date.parse(r.published) : 0,
    };
    byStory.set(r.story, [...(byStory.get(r.story) ?? []), a]);
    return a;
  });
  return { articles, stories: [...byStory.values()] };
}

const REPEATS = 7;
const perArticle = (n: number, run: () => void): number => {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now();
    run();
    times.push((performance.now() - t) / n);
  }
  return Math.round(median(times) * 10_000) / 10_000;
};

export async function run(print: Print): Promise<void> {
  for (const file of ['uci_sample.eval.jsonl', 'allsides_roundups.eval.jsonl']) {
    const { articles, stories } = load(file);
    print({
      figure: `copy detection per article, whole file (${file})`,
      value: perArticle(articles.length, () => detectCopies(articles)),
      unit: 'ms',
      target: '<= 0.01',
      articles: articles.length,
    });
    const name = (id: string) => id;
    print({
      figure: `honest coverage counts per article, story by story (${file})`,
      value: perArticle(articles.length, () => stories.forEach((s) => honestCoverage(s, { countCarriers: false, name }))),
      unit: 'ms',
      target: '<= 0.01',
      stories: stories.length,
    });
  }
}
