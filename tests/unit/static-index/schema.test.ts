import { describe, expect, it } from 'vitest';
import { composeSteps, diffStates, makeDelta, parseDelta, parseManifest, planUpdate, sha256Hex, type StaticIndexManifest } from '../../../utils/static-index';

const HASH = 'a'.repeat(64);
const MANIFEST: StaticIndexManifest = {
  format: 'parallax-static-index',
  version: 1,
  series: 'abc',
  sequence: 5,
  createdAt: '2026-11-28T12:00:00.000Z',
  label: 'Test index',
  articles: 3,
  stories: 2,
  snapshot: { path: 'snapshot-5.json', bytes: 900, sha256: HASH },
  deltas: [
    { from: 4, path: 'delta-4-5.json', bytes: 90, sha256: HASH },
    { from: 3, path: 'delta-3-5.json', bytes: 120, sha256: HASH },
  ],
};
const text = (patch: Record<string, unknown>) => JSON.stringify({ ...MANIFEST, ...patch });
const A = (url: string, storyId: string) => ({ url, outletId: 'x', title: `T ${url}`, description: '', published: 1, storyId });

describe('latest.json', () => {
  it('reads a good manifest', () => {
    expect(parseManifest(JSON.stringify(MANIFEST))).toEqual({ ok: true, value: MANIFEST });
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another format', text({ format: 'parallax-index' }), /not a Parallax static index manifest/],
    ['a later version', text({ version: 2 }), /format version this Parallax does not know \(2\)/],
    ['a file on another host', text({ snapshot: { ...MANIFEST.snapshot, path: 'https://evil.example/x.json' } }), /snapshot has no plain relative "path"/],
    ['a path out of its folder', text({ deltas: [{ ...MANIFEST.deltas[0], path: '../x.json' }] }), /delta 1 has no plain relative "path"/],
    ['a bad digest', text({ snapshot: { ...MANIFEST.snapshot, sha256: 'XYZ' } }), /"sha256"/],
    ['a delta from the future', text({ deltas: [{ ...MANIFEST.deltas[0], from: 5 }] }), /delta 1 has no valid "from"/],
    ['no counts', text({ articles: -1 }), /counts/],
  ])('refuses %s, saying why', (_name, input, why) => {
    const parsed = parseManifest(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(why);
  });
});

describe('deltas', () => {
  const v1 = new Map([
    ['https://x.example/a', 's1'],
    ['https://x.example/b', 's1'],
    ['https://x.example/c', 's2'],
  ]);
  const v2 = new Map([
    ['https://x.example/a', 's1'],
    ['https://x.example/b', 's3'],
    ['https://x.example/d', 's3'],
  ]);
  const v3 = new Map([
    ['https://x.example/a', 's1'],
    ['https://x.example/b', 's3'],
    ['https://x.example/c', 's2'],
    ['https://x.example/e', 's4'],
  ]);
  const steps = [
    { to: 2, changes: diffStates(v1, v2) },
    { to: 3, changes: diffStates(v2, v3) },
  ];

  it('diffs two versions into added, removed and moved articles', () => {
    expect(diffStates(v1, v2)).toEqual([
      ['https://x.example/b', 's1', 's3'],
      ['https://x.example/c', 's2', null],
      ['https://x.example/d', null, 's3'],
    ]);
  });

  it('composes steps: an article gone and back unchanged is no change, one added then removed is none', () => {
    expect(composeSteps(steps)).toEqual([
      ['https://x.example/b', 's1', 's3'],
      ['https://x.example/e', null, 's4'],
    ]);
  });

  it('makes the delta from any kept version, and refuses one whose steps were dropped', () => {
    const latest = { series: 'abc', sequence: 3, createdAt: 'now', articles: 4, stories: 3 };
    const articles = new Map([...v3].map(([u, s]) => [u, A(u, s)]));
    const delta = makeDelta(steps, latest, 1, (u) => articles.get(u));
    expect(delta).toMatchObject({ from: 1, to: 3, added: [A('https://x.example/e', 's4')], removed: [], moved: [['https://x.example/b', 's3']] });
    expect(makeDelta(steps, latest, 2, (u) => articles.get(u))).toMatchObject({
      added: [A('https://x.example/c', 's2'), A('https://x.example/e', 's4')],
      removed: ['https://x.example/d'],
      moved: [],
    });
    expect(() => makeDelta(steps.slice(1), latest, 1, (u) => articles.get(u))).toThrow(/not all kept/);
    const parsed = parseDelta(JSON.stringify(delta), { series: 'abc', from: 1, to: 3 });
    expect(parsed).toEqual({ ok: true, value: delta });
    expect(parseDelta(JSON.stringify(delta), { series: 'abc', from: 2, to: 3 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not the one the manifest names/),
    });
    expect(parseDelta(JSON.stringify({ ...delta, added: [{ ...A('javascript:alert(1)', 's') }] }), { series: 'abc', from: 1, to: 3 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Added article 1 has no http/),
    });
  });
});

describe('what a reader downloads', () => {
  it.each([
    ['nothing held', undefined, 'snapshot'],
    ['another series', { series: 'old', sequence: 4 }, 'snapshot'],
    ['the latest', { series: 'abc', sequence: 5 }, 'current'],
    ['one version behind', { series: 'abc', sequence: 4 }, 'delta-4-5.json'],
    ['two versions behind', { series: 'abc', sequence: 3 }, 'delta-3-5.json'],
    ['too far behind', { series: 'abc', sequence: 1 }, 'snapshot'],
  ])('%s', (_name, local, expected) => {
    const plan = planUpdate(local, MANIFEST);
    expect(plan.kind === 'delta' ? plan.file.path : plan.kind).toBe(expected);
  });

  it('digests with SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
