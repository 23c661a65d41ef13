/**
 * Reads the build inputs from scripts/catalog/data (the copied ratings files), so the build and
 * the tests never depend on anything outside the repository.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv';
import type { AllSidesRow, RspRow } from './join';

export const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
const ALLSIDES_FILE = `${DATA_DIR}allsides_2022-09_lmeynent.csv`;
const RSP_FILE = `${DATA_DIR}wikipedia_perennial_idiap.csv`;

export function readAllSidesRows(file = ALLSIDES_FILE): AllSidesRow[] {
  return parseCsv(readFileSync(file, 'utf8')).map((r) => ({
    domain: r.domain.trim().toLowerCase(),
    name: r.name,
    bias: r.bias,
    type: r.type,
    url: r.url,
    allsides_url: r.allsides_url,
  }));
}

export function readRspRows(file = RSP_FILE): RspRow[] {
  return parseCsv(readFileSync(file, 'utf8')).map((r) => ({ domain: r.domain, factuality: r.factuality }));
}
