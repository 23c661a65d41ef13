/**
 * Article extraction time on the real-page fixtures, HTML parsing excluded (the content script
 * gets its Document from the browser for free), and the size of the light reader the content
 * script bundles (esbuild, minified, as the extension build does).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { median } from '../median';
import { runFixtures } from '../eval-extract';

type Print = (f: { figure: string; value: number; unit: string; target?: string; [extra: string]: unknown }) => void;

export async function run(print: Print): Promise<void> {
  const times = runFixtures(5)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  print({
    figure: 'extract-article median per page (Node, linkedom, parse excluded)',
    value: round(median(times)),
    unit: 'ms',
    target: '<= 5',
    pages: times.length,
  });
  print({ figure: 'extract-article p95 per page', value: round(times[Math.floor(times.length * 0.95)]), unit: 'ms' });

  const entry = fileURLToPath(new URL('../../utils/article/read-article.ts', import.meta.url));
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const bytes = outputFiles[0].contents;
  print({ figure: 'light reader (read-article.ts) minified', value: bytes.length, unit: 'bytes' });
  print({ figure: 'light reader (read-article.ts) gzip -9', value: gzipSync(bytes, { level: 9 }).length, unit: 'bytes', target: '<= 7500' });
}
