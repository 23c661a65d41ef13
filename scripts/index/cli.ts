/**
 * `npm run index -- build --sources S --out DIR [options]`: builds or updates a static story
 * index in DIR, ready for any static host. See README "Publish a static index".
 */
import '../english';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildIndex, type BuildReport } from './builder';
import { progressBar } from './progress';
import { readSources } from './feed-inputs';

export const USAGE = `Usage: npm run index -- build --sources S --out DIR [options]

  --sources S         "catalog", a catalog JSON file, an OPML file, or a text file of feed URLs
                      (one a line; a line may add the outlet id after the URL)
  --out DIR           where the published files go (latest.json, snapshot, deltas)
  --state DIR         where state is kept between runs (default DIR/.state; do not publish it)
  --country CC,...    with the catalog: only outlets of these countries
  --language xx,...   with the catalog: only outlets in these languages
  --label TEXT        the index's name, shown to readers
  --keep N            versions a reader may be behind and still get a delta (default 24)
  --retention DAYS    drop articles older than this (default 7)
  --concurrency N     feeds fetched at once (default 8)
  --timeout SECONDS   per feed (default 20)
  --force             also fetch feeds still backing off after failures
  --progress          show a progress bar on a terminal
  --now ISO-TIME      build as if at this time (reproducible builds)`;

const list = (v: string | undefined) =>
  v
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const count = (name: string, v: string | undefined, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not "${v}".`);
  return n;
};

/** Runs the command; `deps` lets tests inject fetch and the clock. Returns the exit code. */
export async function main(argv: string[], deps: { fetch?: typeof fetch; now?: () => number; log?: (line: string) => void } = {}): Promise<number> {
  const log = deps.log ?? ((line: string) => console.log(line));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...Object.fromEntries(
        ['sources', 'out', 'state', 'country', 'language', 'label', 'keep', 'retention', 'concurrency', 'timeout', 'now'].map((k) => [
          k,
          { type: 'string' as const },
        ]),
      ),
      ...Object.fromEntries(['force', 'progress', 'help'].map((k) => [k, { type: 'boolean' as const }])),
    },
  }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  const str = (k: string) => values[k] as string | undefined;
  if (values.help || positionals[0] !== 'build' || !str('sources') || !str('out')) {
    log(USAGE);
    return values.help ? 0 : 2;
  }
  const fixed = str('now') === undefined ? undefined : Date.parse(str('now')!);
  if (fixed !== undefined && !Number.isFinite(fixed)) throw new Error(`--now must be an ISO time, not "${str('now')}".`);
  const sources = readSources(str('sources')!, { countries: list(str('country')), languages: list(str('language')) });
  const bar = values.progress ? progressBar() : undefined;
  const started = performance.now();
  const report: BuildReport = await buildIndex({
    sources,
    outDir: str('out')!,
    stateDir: str('state'),
    label: str('label'),
    now: deps.now ?? (fixed === undefined ? undefined : () => fixed),
    fetch: deps.fetch,
    keepVersions: count('keep', str('keep'), 24),
    retentionDays: count('retention', str('retention'), 7),
    concurrency: count('concurrency', str('concurrency'), 8),
    timeoutMs: count('timeout', str('timeout'), 20) * 1000,
    force: values.force === true,
    onProgress: bar && ((done, total) => bar.update(done, total)),
  });
  bar?.end();
  const o = report.outcomes;
  const t = report.timings;
  log(`${sources.length} feeds: ${o.saved} read, ${o['not-modified']} unchanged, ${o.failed} failed, ${o.skipped} backing off`);
  log(`${Math.round(performance.now() - started)} ms: fetch and parse ${t.fetch} ms, cluster ${t.cluster} ms, write ${t.write} ms`);
  for (const f of report.failures.slice(0, 20)) log(`  failed: ${f.url}: ${f.error}`);
  if (report.failures.length > 20) log(`  … and ${report.failures.length - 20} more`);
  log(
    report.changed
      ? `version ${report.sequence}: ${report.articles} articles in ${report.stories} stories (+${report.added} −${report.removed}, ${report.moved} moved)`
      : `nothing changed: still version ${report.sequence}`,
  );
  for (const f of report.files) log(`  ${f.path}: ${f.bytes} bytes, ${f.gzipBytes} gzipped`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
