/**
 * Builds public/catalog.json from the curated outlets and the copied ratings data.
 * Run with `npx tsx scripts/catalog/build.ts`; `--check` only reports whether the file is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatCatalog } from './catalog-json';
import { readAllSidesRows, readRspRows } from './inputs';
import { buildCatalog } from './join';
import { CATALOG_REVISION, OUTLETS } from './outlets';

const target = fileURLToPath(new URL('../../public/catalog.json', import.meta.url));
const { catalog, problems } = buildCatalog(OUTLETS, readAllSidesRows(), readRspRows(), CATALOG_REVISION);

if (problems.length > 0) {
  console.error(`catalog: ${problems.length} problem(s), nothing written:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const text = formatCatalog(catalog);
const withBias = catalog.outlets.filter((o) => o.bias).length;
const withFactuality = catalog.outlets.filter((o) => o.factuality).length;
const summary = `${catalog.outlets.length} outlets, ${withBias} with an AllSides bias, ${withFactuality} with a Wikipedia status`;

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8') === text;
  console.log(current ? `catalog is current: ${summary}` : 'public/catalog.json is out of date; run scripts/catalog/build.ts');
  process.exit(current ? 0 : 1);
}
writeFileSync(target, text);
console.log(`wrote public/catalog.json: ${summary}`);
