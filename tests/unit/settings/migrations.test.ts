import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { migrateRatingOverridesToV2 } from '../../../utils/settings';

/**
 * Storage items migrate when their module is first imported, as in the extension: each test
 * writes what an older version stored, then imports the settings afresh.
 */
async function loadSettings() {
  vi.resetModules();
  return import('../../../utils/settings');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ratingOverrides version 1 -> 2', () => {
  it('turns each stored bias into a { bias } override and marks the item version 2', async () => {
    await fakeBrowser.storage.local.set({ ratingOverrides: { cnn: 'left', 'fox-news': 'right', ap: 'center' } });
    const { ratingOverrides } = await loadSettings();
    const migrated = { cnn: { bias: 'left' }, 'fox-news': { bias: 'right' }, ap: { bias: 'center' } };
    expect(await ratingOverrides.getValue()).toEqual(migrated);
    expect(await ratingOverrides.getMeta()).toEqual({ v: 2 });
    expect((await fakeBrowser.storage.local.get('ratingOverrides')).ratingOverrides).toEqual(migrated);
  });

  it('leaves a version 2 value alone', async () => {
    const v2 = { cnn: { bias: 'left', factuality: 'reliable' }, ap: { factuality: 'no-consensus' } };
    await fakeBrowser.storage.local.set({ ratingOverrides: v2, ratingOverrides$: { v: 2 } });
    const { ratingOverrides } = await loadSettings();
    expect(await ratingOverrides.getValue()).toEqual(v2);
  });

  it('starts empty on a new install, and the first write is marked version 2', async () => {
    const { ratingOverrides } = await loadSettings();
    expect(await ratingOverrides.getValue()).toEqual({});
    await ratingOverrides.setValue({ ap: { bias: 'center' } });
    expect(await ratingOverrides.getMeta()).toEqual({ v: 2 });
    // A later start must not migrate it again.
    const again = await loadSettings();
    expect(await again.ratingOverrides.getValue()).toEqual({ ap: { bias: 'center' } });
  });

  it.each([
    ['plain biases', { a: 'left', b: 'lean-right' }, { a: { bias: 'left' }, b: { bias: 'lean-right' } }],
    ['objects already migrated', { a: { bias: 'right' }, b: { factuality: 'reliable' } }, { a: { bias: 'right' }, b: { factuality: 'reliable' } }],
    ['unknown values dropped', { a: 'far-left', b: 7, c: null, d: { bias: 'x' }, e: 'center' }, { e: { bias: 'center' } }],
    ['not an object', ['left'], {}],
    ['nothing', null, {}],
  ])('migrateRatingOverridesToV2: %s', (_what, old, expected) => {
    expect(migrateRatingOverridesToV2(old)).toEqual(expected);
  });
});

describe('the other settings', () => {
  it('default to every source on, no custom sources and the default index settings', async () => {
    const { readSettings, DEFAULT_INDEX_SETTINGS } = await loadSettings();
    expect(await readSettings()).toEqual({
      disabledSources: [],
      ratingOverrides: {},
      indexSettings: DEFAULT_INDEX_SETTINGS,
      customSources: [],
      countCarriers: false,
      storyCorrections: [],
    });
  });

  it('store the sources turned off, so an outlet shipped later is on', async () => {
    const { disabledSources } = await loadSettings();
    await disabledSources.setValue(['fox-news']);
    const disabled = new Set(await disabledSources.getValue());
    expect(['fox-news', 'a-new-outlet'].map((id) => !disabled.has(id))).toEqual([false, true]);
  });

  it('writeSettings replaces every item and readSettings reads them back', async () => {
    const { readSettings, writeSettings } = await loadSettings();
    const values = {
      disabledSources: ['ap'],
      ratingOverrides: { reuters: { bias: 'lean-right' as const } },
      indexSettings: { refreshMinutes: 120, retentionDays: 3, blindspotThreshold: 0.3, indexUrl: '' },
      customSources: [],
      countCarriers: true,
      storyCorrections: [{ url: 'https://a.example/x', title: 'A headline', storyId: 's1', anchors: ['https://b.example/y'], at: 1 }],
    };
    await writeSettings(values);
    expect(await readSettings()).toEqual(values);
  });
});
