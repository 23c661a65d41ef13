/**
 * Builds public/catalog.json (and scripts/catalog/excluded.tsv, what was left out and why) from the
 * curated outlets, the copied feed lists, media data and ratings. `npm run catalog:build`;
 * `--check` only reports whether both files are current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatCatalog } from './catalog-json';
import { exclusionCounts, formatExclusions, runCatalogBuild } from './pipeline';

const target = fileURLToPath(new URL('../../public/catalog.json', import.meta.url));
const report = fileURLToPath(new URL('./excluded.tsv', import.meta.url));
const { catalog, problems, excluded } = runCatalogBuild();

if (problems.length > 0) {
  console.error(`catalog: ${problems.length} problem(s), nothing written:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const text = formatCatalog(catalog);
const exclusions = formatExclusions(excluded);
const withBias = catalog.outlets.filter((o) => o.bias).length;
const withFactuality = catalog.outlets.filter((o) => o.factuality).length;
const withOwnership = catalog.outlets.filter((o) => o.ownership).length;
const summary = `${catalog.outlets.length} outlets, ${withBias} with an AllSides bias, ${withFactuality} with a Wikipedia status, ${withOwnership} with ownership`;

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8') === text && readFileSync(report, 'utf8') === exclusions;
  console.log(current ? `catalog is current: ${summary}` : 'public/catalog.json is out of date; run npm run catalog:build');
  process.exit(current ? 0 : 1);
}
writeFileSync(target, text);
writeFileSync(report, exclusions);
console.log(`wrote public/catalog.json: ${summary}`);
console.log(`left out (see scripts/catalog/excluded.tsv): ${JSON.stringify(exclusionCounts(excluded))}`);
