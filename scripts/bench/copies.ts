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

const REPEATS = 9;
const round = (ms: number) => Math.round(ms * 10_000) / 10_000;
/**
 * Median wall time and median CPU time (this process's user + system) per article. On a shared,
 * loaded machine the wall time also counts the time spent waiting for a core; the CPU time does not.
 */
const perArticle = (n: number, run: () => void): { wall: number; cpu: number } => {
  run(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    run();
    wall.push((performance.now() - t) / n);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000 / n);
  }
  return { wall: round(median(wall)), cpu: round(median(cpu)) };
};

export async function run(print: Print): Promise<void> {
  for (const file of ['uci_sample.eval.jsonl', 'allsides_roundups.eval.jsonl']) {
    const { articles, stories } = load(file);
    const whole = perArticle(articles.length, () => detectCopies(articles));
    print({
      figure: `copy detection per article, whole file (${file}), CPU time`,
      value: whole.cpu,
      unit: 'ms',
      target: '<= 0.01',
      wall: whole.wall,
      articles: articles.length,
    });
    const name = (id: string) => id;
    const counts = perArticle(articles.length, () => {
      for (const s of stories) honestCoverage(s, { countCarriers: false, name });
    });
    print({
      figure: `honest coverage counts per article, story by story (${file}), CPU time`,
      value: counts.cpu,
      unit: 'ms',
      target: '<= 0.01',
      wall: counts.wall,
      stories: stories.length,
    });
  }
}
