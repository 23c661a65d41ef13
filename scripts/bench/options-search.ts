/**
 * Options page with the whole catalog: time from one keystroke in the source search to the list
 * drawn again (search, filters, Preact render of the first page of rows), in happy-dom.
 * Each query is typed one character at a time; the figure is the median and p95 per keystroke.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { h, options, render } from 'preact';
import { SourcesSection } from '../../components/options/SourcesSection';
import type { Catalog } from '../../utils/model';
import { median } from '../median';

type Print = (f: { figure: string; value: number; unit: string; target?: string; [extra: string]: unknown }) => void;

const QUERIES = ['guardian', 'le monde', 'reuters', 'deutsche welle', 'times of india', 'xinhua', 'zzz nothing'];

export async function run(print: Print): Promise<void> {
  const catalog = JSON.parse(readFileSync(new URL('../../public/catalog.json', import.meta.url), 'utf8')) as Catalog;
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  const saved = { window: g.window, document: g.document };
  Object.assign(g, { window, document: window.document });
  // Draw synchronously, so a keystroke's time includes the render it causes.
  const debounce = options.debounceRendering;
  options.debounceRendering = (cb) => cb();
  try {
    const root = window.document.createElement('div');
    window.document.body.appendChild(root);
    const props = {
      outlets: catalog.outlets,
      disabled: new Set<string>(),
      overrides: {},
      onToggle: () => {},
      onOverride: () => {},
      feedLists: catalog.feedLists,
    };
    render(h(SourcesSection, props), root as unknown as Element);
    const input = root.querySelector('input[type="search"]') as unknown as HTMLInputElement;
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const query of QUERIES) {
        for (let i = 1; i <= query.length; i++) {
          input.value = query.slice(0, i);
          const start = performance.now();
          input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
          times.push(performance.now() - start);
          if (process.env.BENCH_VERBOSE) console.error(query.slice(0, i), (performance.now() - start).toFixed(1));
        }
        input.value = '';
        input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
      }
    }
    times.sort((a, b) => a - b);
    const round2 = (ms: number) => Math.round(ms * 100) / 100;
    const rows = root.querySelectorAll('li.source').length;
    print({
      figure: `options search keystroke -> list drawn, ${catalog.outlets.length} outlets (median)`,
      value: round2(median(times)),
      unit: 'ms',
      target: '< 50',
      keystrokes: times.length,
    });
    print({
      figure: 'options search keystroke -> list drawn (p95)',
      value: round2(times[Math.floor(times.length * 0.95)]),
      unit: 'ms',
      target: '< 50',
      rowsDrawnAtEnd: rows,
    });
  } finally {
    options.debounceRendering = debounce;
    Object.assign(g, saved);
    await window.happyDOM.close();
  }
}
