/**
 * The content script's time budget on hostile pages: the light reader (read-article.ts) must
 * read any page of tests/fixtures/hostile-pages within 50 ms in Chromium, where it runs in the
 * content script's isolated world while the page's own scripts (title and history storms, DOM
 * churn, redefined built-ins) keep running. Prints the worst page (median of 5 reads each), and
 * the same figure under linkedom and happy-dom in Node for reference (both far slower than a
 * browser's DOM on giant pages). Chromium is skipped, with a note, when none is installed.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { readPage } from '../../utils/article/read-article';
import { median } from '../median';
import { findChrome } from '../demo/chromium';
import { HOSTILE_PAGES, hostileUrl, type HostilePage } from '../../tests/fixtures/hostile-pages/corpus';
import { quietWindow, readHostile, type DomKind } from '../../tests/fixtures/hostile-pages/harness';

type Print = (f: { figure: string; value: number; unit: string; target?: string; [extra: string]: unknown }) => void;
const REPEATS = 5;
const round = (ms: number) => Math.round(ms * 100) / 100;

function worst(times: Map<string, number>): { page: string; ms: number; slowest: string } {
  const stalled = [...times].filter(([, ms]) => !Number.isFinite(ms)).map(([name]) => name);
  if (stalled.length) console.error(`hostile-pages bench: no answer within 20 s from ${stalled.join(', ')}`);
  const sorted = [...times].sort((a, b) => b[1] - a[1]);
  return {
    page: sorted[0][0],
    ms: round(sorted[0][1]),
    slowest: sorted
      .slice(0, 3)
      .map(([name, ms]) => `${name} ${round(ms)} ms`)
      .join(', '),
  };
}

function inNode(kind: DomKind, tamper: boolean): Map<string, number> {
  const happy = quietWindow();
  const times = new Map<string, number>();
  for (const page of HOSTILE_PAGES.filter((p) => !tamper || p.script)) {
    const url = hostileUrl(page);
    const runs = Array.from({ length: 3 }, () => readHostile(page, url, kind, (doc) => readPage(doc, url), { tamper, happy }).ms);
    times.set(page.name, median(runs));
  }
  void happy.happyDOM.close();
  return times;
}

/** Each page at its URL, the reader evaluated in an isolated world as a content script is. */
async function inChromium(executablePath: string): Promise<Map<string, number>> {
  const entry = fileURLToPath(new URL('../../utils/article/read-article.ts', import.meta.url));
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: '__parallaxReader',
    write: false,
    logLevel: 'silent',
  });
  const reader = bundle.outputFiles[0].text;
  const browser = await chromium.launch({ executablePath, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const times = new Map<string, number>();
  try {
    const context = await browser.newContext();
    const byUrl = new Map(HOSTILE_PAGES.map((p) => [hostileUrl(p), p]));
    await context.route('https://apnews.com/**', (route) => {
      const page = byUrl.get(route.request().url());
      if (!page) return route.fulfill({ status: 404, body: '' });
      const script = page.script ? `<script>${page.script}</script>` : '';
      return route.fulfill({
        contentType: page.name === 'svg-document' ? 'image/svg+xml' : 'text/html',
        body: page.name === 'svg-document' ? page.html : script + page.html,
      });
    });
    for (const page of HOSTILE_PAGES) {
      // A page that stalls Chromium itself would stall the bench: it gets 20 s.
      const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(Number.POSITIVE_INFINITY), 20_000).unref());
      times.set(page.name, await Promise.race([timeInChromium(await context.newPage(), page, reader), timeout]));
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return times;
}

async function timeInChromium(tab: import('playwright-core').Page, page: HostilePage, reader: string): Promise<number> {
  await tab.goto(hostileUrl(page), { waitUntil: 'load' });
  await tab.waitForTimeout(50);
  const cdp = await tab.context().newCDPSession(tab);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'parallax-bench' })) as {
    executionContextId: number;
  };
  await cdp.send('Runtime.evaluate', { expression: reader, contextId: executionContextId });
  const runs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const expression = `(() => { const t = performance.now(); __parallaxReader.readPage(document, location.href); return performance.now() - t; })()`;
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as {
      result: { value: number };
      exceptionDetails?: unknown;
    };
    if (exceptionDetails) throw new Error(`The reader threw on ${page.name}: ${JSON.stringify(exceptionDetails)}`);
    runs.push(result.value);
  }
  await cdp.detach();
  await tab.close();
  return median(runs);
}

export async function run(print: Print): Promise<void> {
  const executablePath = findChrome();
  if (executablePath) {
    const w = worst(await inChromium(executablePath));
    print({
      figure: 'hostile pages: light reader worst case (Chromium, isolated world, median of 5)',
      value: w.ms,
      unit: 'ms',
      page: w.page,
      slowest: w.slowest,
      pages: HOSTILE_PAGES.length,
      target: '<= 50 ms per read',
    });
  } else {
    console.error('hostile-pages bench: no Chromium found, the browser figure is skipped.');
  }
  for (const kind of ['linkedom', 'happy-dom'] as const) {
    const plain = worst(inNode(kind, false));
    print({
      figure: `hostile pages: light reader worst case (Node, ${kind}, median of 3)`,
      value: plain.ms,
      unit: 'ms',
      page: plain.page,
      slowest: plain.slowest,
      pages: HOSTILE_PAGES.length,
    });
    const tampered = worst(inNode(kind, true));
    print({ figure: `hostile pages: worst case with the page's built-ins redefined (Node, ${kind})`, value: tampered.ms, unit: 'ms', page: tampered.page });
  }
}
