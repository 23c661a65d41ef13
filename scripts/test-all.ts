/**
 * `npm test`: typecheck, lint and format check (Biome), unused files, exports and dependencies
 * (knip), then unit + component + integration suites, then the build and the e2e suite in real
 * Chromium, then the Firefox build and its smoke suite in Firefox ESR. Ends with one line summed
 * over every suite: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTestSuites: number;
  success: boolean;
}

const run = (label: string, cmd: string, args: string[]) => {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status === 0;
};

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function suite(label: string, config: string | undefined, out: string) {
  rmSync(out, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (!existsSync(out)) {
    failed += 1;
    console.log(`✖ ${label}: the runner wrote no results`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  passed += r.numPassedTests;
  failed += r.numFailedTests + (!ok && r.numFailedTests === 0 ? 1 : 0);
  skipped += r.numPendingTests;
}

if (!run('typecheck', 'npx', ['tsc', '--noEmit'])) failed += 1;
if (!run('lint and format check', 'npx', ['biome', 'ci', '.'])) failed += 1;
if (!run('unused files, exports and dependencies', 'npx', ['knip'])) failed += 1;
suite('unit, component and integration tests', undefined, 'test-results/unit.json');
if (run('build', 'npx', ['wxt', 'build'])) suite('e2e tests (Chromium + built extension)', 'vitest.e2e.config.ts', 'test-results/e2e.json');
else failed += 1;
// The Firefox test build holds the catalog's hosts from install (automation cannot answer a permission prompt).
if (run('build (Firefox)', 'npm', ['run', '-s', 'build:firefox:test']))
  suite('Firefox smoke tests (Firefox ESR + MV2 build)', 'vitest.firefox.config.ts', 'test-results/firefox.json');
else failed += 1;

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
