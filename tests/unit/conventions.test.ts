/**
 * The house rules a linter cannot check (biome.json checks the others): each Dexie version has a
 * migration test, entrypoints only wire, and one file name means one thing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

function filesUnder(dir: string, keep: (path: string) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') out.push(...filesUnder(path, keep));
    } else if (keep(path)) out.push(path);
  }
  return out;
}

describe('the database', () => {
  const versions = [...read('utils/db.ts').matchAll(/\.version\((\d+)\)/g)].map((m) => Number(m[1]));

  test('versions start at 1 and only grow, one at a time', () => {
    expect(versions[0]).toBe(1);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });

  test('every version after the first has a migration test (a test named "Dexie version N")', () => {
    const tests = filesUnder('tests', (p) => /\.test\.tsx?$/.test(p))
      .map(read)
      .join('\n');
    const missing = versions.filter((v) => v > 1 && !new RegExp(`Dexie version ${v}\\b`, 'i').test(tests));
    expect(missing, 'versions without a test that opens the previous version, writes rows, upgrades and checks them').toEqual([]);
  });
});

describe('entrypoints only wire', () => {
  const PAGE_FILES = new Set(['index.html', 'main.tsx', 'App.tsx', 'style.css']);
  const pages = readdirSync(join(ROOT, 'entrypoints')).filter((n) => statSync(join(ROOT, 'entrypoints', n)).isDirectory());
  const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((n) => /\.tsx?$/.test(n));

  test.each(pages)('entrypoints/%s/ holds only index.html, main.tsx, App.tsx and style.css', (page) => {
    expect(readdirSync(join(ROOT, 'entrypoints', page)).filter((n) => !PAGE_FILES.has(n))).toEqual([]);
  });

  test.each(scripts)('entrypoints/%s: imports, constants and one define*() call, nothing else at the top level', (file) => {
    const source = ts.createSourceFile(file, read(`entrypoints/${file}`), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const stray: string[] = [];
    let defines = 0;
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
      if (ts.isExportAssignment(statement) && ts.isCallExpression(statement.expression) && /^define[A-Z]\w*$/.test(statement.expression.expression.getText())) {
        defines++;
        continue;
      }
      const constant =
        ts.isVariableStatement(statement) &&
        statement.declarationList.flags & ts.NodeFlags.Const &&
        statement.declarationList.declarations.every(
          (d) => d.initializer && (ts.isLiteralExpression(d.initializer) || /^storage\.defineItem\b/.test(d.initializer.getText())),
        );
      if (!constant) stray.push(statement.getText().split('\n')[0]);
    }
    expect(stray, 'logic belongs in utils/; the entrypoint builds and registers it').toEqual([]);
    expect(defines).toBe(1);
  });

  test.each(filesUnder('entrypoints', (p) => /\.tsx?$/.test(p)))('%s is short (at most 100 lines)', (path) => {
    expect(read(path).split('\n').length).toBeLessThanOrEqual(100);
  });

  test.each(filesUnder('entrypoints', (p) => /\.tsx?$/.test(p)))('%s imports no other entrypoint', (path) => {
    const own = path.split('/').slice(0, 2).join('/');
    const imports = [...read(path).matchAll(/from '(\.[^']+)'/g)].map((m) => relative(ROOT, join(ROOT, path, '..', m[1])));
    expect(imports.filter((p) => p.startsWith('entrypoints/') && !p.startsWith(`${own}/`))).toEqual([]);
  });
});

describe('one meaning per name', () => {
  // index.ts is a folder's entry module; main.tsx and App.tsx are WXT's page layout; a bench is
  // named after what it measures (scripts/bench/extract.ts measures extraction).
  const exempt = (path: string) => /(^|\/)index\.ts$|\/(main|App)\.tsx$|^scripts\/bench\//.test(path);

  test('no two source files share a name', () => {
    const byName = new Map<string, string[]>();
    for (const dir of ['utils', 'components', 'entrypoints', 'scripts']) {
      for (const path of filesUnder(dir, (p) => /\.tsx?$/.test(p) && !exempt(p))) byName.set(basename(path), [...(byName.get(basename(path)) ?? []), path]);
    }
    expect([...byName.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });
});
