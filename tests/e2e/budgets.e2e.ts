import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureBundles } from '../../scripts/bundle-sizes';
import { EXTENSION_DIR } from '../../scripts/demo/session';

describe('bundle budgets of the built extension (gzip)', () => {
  const rows = existsSync(EXTENSION_DIR) ? measureBundles(EXTENSION_DIR) : [];
  for (const r of rows) {
    console.log(JSON.stringify({ figure: `${r.part} gzip`, value: r.gzip, unit: 'B', budget: r.budget, raw: r.bytes, files: r.files.length }));
  }

  it.each(['content', 'popup', 'background'])('%s stays within its budget', (part) => {
    const r = rows.find((x) => x.part === part);
    expect(r, `no build in ${EXTENSION_DIR}`).toBeDefined();
    expect(r!.gzip, `${part}: ${r!.gzip} B gzip (${r!.files.join(', ')}) over its budget of ${r!.budget} B`).toBeLessThanOrEqual(r!.budget);
  });
});
