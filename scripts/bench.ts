/**
 * `npm run -s bench`: every benchmark module in scripts/bench/ prints one JSON line per figure.
 * Figures, not pass/fail: targets are stated beside each figure and read by a person.
 */
import './english';
import { readdirSync } from 'node:fs';

export interface Figure {
  figure: string;
  value: number;
  unit: string;
  target?: string;
  [extra: string]: unknown;
}

const dir = new URL('./bench/', import.meta.url);
const only = process.argv[2];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const mod = (await import(new URL(file, dir).href)) as { run: (print: (f: Figure) => void) => Promise<void> };
  await mod.run((f) => console.log(JSON.stringify(f)));
}
