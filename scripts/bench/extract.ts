/**
 * Article extraction time on the real-page fixtures, HTML parsing excluded (the content script
 * gets its Document from the browser for free).
 */
import { median, runFixtures } from '../eval-extract';

type Print = (f: { figure: string; value: number; unit: string; target?: string; [extra: string]: unknown }) => void;

export async function run(print: Print): Promise<void> {
  const times = runFixtures(5).map((r) => r.ms).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  print({ figure: 'extract-article median per page (Node, linkedom, parse excluded)', value: round(median(times)), unit: 'ms', target: '<= 5', pages: times.length });
  print({ figure: 'extract-article p95 per page', value: round(times[Math.floor(times.length * 0.95)]), unit: 'ms' });
}
