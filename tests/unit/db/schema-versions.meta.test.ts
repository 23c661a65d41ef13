/**
 * Meta-test of the database's versions: every Dexie version after the first comes with a
 * migration test, `tests/unit/db/migration-v<N-1>-to-v<N>.test.ts`, which declares version N-1
 * as it was released, fills it with rows, upgrades it with `createDb` and checks the rows.
 * Adding `db.version(N)` without that file fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../utils/db';

const HERE = new URL('./', import.meta.url);
/** The migration test expected for version `n`. */
const migrationTestOf = (n: number) => `migration-v${n - 1}-to-v${n}.test.ts`;

/** Dexie keeps every declared version (not part of its typed API). */
function declaredVersions(): number[] {
  const db = createDb({ name: 'versions', indexedDB: new IDBFactory(), IDBKeyRange }) as unknown as { _versions: { _cfg: { version: number } }[] };
  return db._versions.map((v) => v._cfg.version).sort((a, b) => a - b);
}

/** What is wrong with the migration tests of `versions`, given the files and their text. */
function problems(versions: number[], files: Map<string, string>): string[] {
  const found: string[] = [];
  if (versions[0] !== 1) found.push('the first version is not 1');
  for (const v of versions.filter((n) => n > 1)) {
    const name = migrationTestOf(v);
    const source = files.get(name);
    if (source === undefined) found.push(`${name} is missing`);
    // It declares the previous version itself, writes rows into it, then opens it with createDb.
    else if (!source.includes(`version(${v - 1})`) || !/bulkAdd|bulkPut|\.add\(|\.put\(/.test(source) || !source.includes('createDb')) {
      found.push(`${name} does not populate version ${v - 1} and upgrade it with createDb`);
    }
  }
  const expected = new Set(versions.map(migrationTestOf));
  for (const name of files.keys()) if (!expected.has(name)) found.push(`${name} tests a version that is not declared`);
  return found;
}

describe('Dexie schema versions', () => {
  it('every version after the first has its migration test in tests/unit/db/', () => {
    const names = readdirSync(HERE).filter((f) => /^migration-v\d+-to-v\d+\.test\.ts$/.test(f));
    const files = new Map(names.map((f) => [f, readFileSync(new URL(f, HERE), 'utf8')]));
    expect(problems(declaredVersions(), files)).toEqual([]);
  });

  it('the check fails for a version added without a migration test, or with one that upgrades nothing', () => {
    expect(problems([1, 2], new Map())).toEqual(['migration-v1-to-v2.test.ts is missing']);
    expect(problems([1, 2], new Map([['migration-v1-to-v2.test.ts', "it('todo', () => {})"]]))).toEqual([
      'migration-v1-to-v2.test.ts does not populate version 1 and upgrade it with createDb',
    ]);
    const good = "old.version(1).stores(V1); await old.table('articles').bulkAdd(rows); const db = createDb(deps);";
    expect(problems([1, 2], new Map([['migration-v1-to-v2.test.ts', good]]))).toEqual([]);
    expect(problems([1], new Map([['migration-v2-to-v3.test.ts', good]]))).toEqual(['migration-v2-to-v3.test.ts tests a version that is not declared']);
  });
});
