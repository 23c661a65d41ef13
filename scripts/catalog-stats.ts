/** Prints coverage figures of public/catalog.json as one JSON object. */
import { readFileSync } from 'node:fs';
import type { Catalog } from '../utils/model';
import { catalogStats } from './catalog/stats';

const catalog = JSON.parse(readFileSync(new URL('../public/catalog.json', import.meta.url), 'utf8')) as Catalog;
console.log(JSON.stringify(catalogStats(catalog)));
