/**
 * The tokenizer's cost per article: `articleTerms` (tokenize, stop words, stems, slug words) over
 * the English labelled sets, and over the real Chinese, Japanese and Thai headlines and link texts of
 * tests/fixtures/segmenter, which go through Intl.Segmenter. Median of repeated runs after a
 * warm-up, wall and CPU time; and what building a segmenter costs the first text of a locale.
 */
import { readFileSync } from 'node:fs';
import { articleTerms } from '../../utils/stories';
import { median } from '../median';

type Print = (f: { figure: string; value: number; unit: string; target?: string; [extra: string]: unknown }) => void;

interface Article {
  title: string;
  description?: string;
  url?: string;
}

function clusters(file: string): Article[] {
  return readFileSync(new URL(`../../tests/fixtures/clusters/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { title: string; description?: string | null; url: string })
    .map((r) => ({ title: r.title, description: r.description ?? undefined, url: r.url }));
}

interface SegmenterFixture {
  headlines: { lang: string; title: string }[];
  background: Record<string, string[]>;
  categoryNames: { lang: string; name: string }[];
}
const SEGMENTER = JSON.parse(readFileSync(new URL('../../tests/fixtures/segmenter/headlines.json', import.meta.url), 'utf8')) as SegmenterFixture;

const REPEATS = 15;
const round = (ms: number) => Math.round(ms * 10_000) / 10_000;

/** Median wall and CPU (user + system) time per article of `runs` passes over `articles`. */
function perArticle(articles: readonly Article[], runs = REPEATS): { wall: number; cpu: number } {
  const pass = () => {
    for (const a of articles) articleTerms(a.title, a.description, undefined, undefined, a.url);
  };
  pass(); // warm-up: the JIT, and the word caches a long-lived worker has
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    pass();
    wall.push((performance.now() - t) / articles.length);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000 / articles.length);
  }
  return { wall: round(median(wall)), cpu: round(median(cpu)) };
}

export async function run(print: Print): Promise<void> {
  // First, before anything else here has segmented: the first text of each locale builds its segmenter.
  for (const [lang, text] of [
    ['ja', SEGMENTER.headlines.find((h) => h.lang === 'ja')?.title],
    ['zh', SEGMENTER.headlines.find((h) => h.lang === 'zh')?.title],
    ['th', SEGMENTER.categoryNames.find((c) => c.lang === 'th')?.name],
  ] as const) {
    const t = performance.now();
    articleTerms(text ?? '', undefined, undefined, lang);
    print({ figure: `tokenize: first ${lang} text of the process (builds its segmenter)`, value: round(performance.now() - t), unit: 'ms' });
  }

  const uci = clusters('uci_sample.eval.jsonl').map((a) => ({ title: a.title, url: a.url }));
  const uciTime = perArticle(uci);
  print({
    figure: 'tokenize: English headline and URL slug per article (UCI), CPU time',
    value: uciTime.cpu,
    unit: 'ms',
    wall: uciTime.wall,
    articles: uci.length,
  });

  const allsides = clusters('allsides_roundups.eval.jsonl');
  const allsidesTime = perArticle(allsides);
  print({
    figure: 'tokenize: English headline, lead and URL slug per article (AllSides), CPU time',
    value: allsidesTime.cpu,
    unit: 'ms',
    wall: allsidesTime.wall,
    articles: allsides.length,
  });

  const segmenterTexts = [...SEGMENTER.headlines.map((h) => h.title), ...Object.values(SEGMENTER.background).flat()];
  const isThai = (text: string): boolean => /\p{sc=Thai}/u.test(text);
  const cjk = segmenterTexts.filter((text) => !isThai(text)).map((title) => ({ title }));
  const cjkTime = perArticle(cjk, REPEATS * 4);
  print({
    figure: 'tokenize: Chinese and Japanese headline per article (tests/fixtures/segmenter), CPU time',
    value: cjkTime.cpu,
    unit: 'ms',
    wall: cjkTime.wall,
    articles: cjk.length,
  });

  const thai = SEGMENTER.categoryNames.filter((c) => c.lang === 'th').map((c) => ({ title: c.name }));
  const thaiTime = perArticle(thai, REPEATS * 40);
  print({
    figure: 'tokenize: Thai category name per text (no Thai headline at hand), CPU time',
    value: thaiTime.cpu,
    unit: 'ms',
    wall: thaiTime.wall,
    texts: thai.length,
  });

  const thaiHeadlines = segmenterTexts.filter(isThai).map((title) => ({ title }));
  const thaiHeadlinesTime = perArticle(thaiHeadlines, REPEATS * 4);
  print({
    figure: 'tokenize: Thai headline per article (tests/fixtures/segmenter), CPU time',
    value: thaiHeadlinesTime.cpu,
    unit: 'ms',
    wall: thaiHeadlinesTime.wall,
    articles: thaiHeadlines.length,
  });
}
