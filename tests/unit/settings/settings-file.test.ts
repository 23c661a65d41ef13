import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_SETTINGS, type SettingsValues } from '../../../utils/settings';
import { indexSettingsProblem, parseSettingsFile, toSettingsFile } from '../../../utils/settings-file';

const custom = {
  id: 'custom-harbour-gazette',
  name: 'Harbour Gazette',
  homepage: 'https://harbourgazette.co.uk/',
  domains: ['harbourgazette.co.uk'],
  feeds: ['https://news.harbourgazette.co.uk/rss.xml'],
  country: 'GB',
  language: 'en',
  custom: true,
  bias: { value: 'center', source: 'user', date: '2024-05-01' },
} as const;
const VALUES: SettingsValues = {
  disabledSources: ['fox-news', 'reuters'],
  ratingOverrides: { ap: { bias: 'center' }, reuters: { factuality: 'no-consensus' } },
  indexSettings: { refreshMinutes: 60, retentionDays: 14, blindspotThreshold: 0.25, indexUrl: 'https://index.example.org/parallax.json' },
  customSources: [{ ...custom, domains: [...custom.domains], feeds: [...custom.feeds], bias: { ...custom.bias } }],
  countCarriers: true,
  storyCorrections: [
    {
      url: 'https://www.wionews.com/world/blinken',
      title: "Blinken meets China's VP Han",
      storyId: 'demo:blinken',
      anchors: ['https://apnews.com/article/x'],
      at: 1_700_000_000_000,
    },
  ],
};
const file = (patch: Record<string, unknown>) => JSON.stringify({ ...toSettingsFile(VALUES, new Date('2024-05-01T10:00:00Z')), ...patch });

describe('settings file', () => {
  it('round-trips every setting', () => {
    const text = JSON.stringify(toSettingsFile(VALUES, new Date('2024-05-01T10:00:00Z')));
    expect(JSON.parse(text)).toMatchObject({ format: 'parallax-settings', version: 1, exportedAt: '2024-05-01T10:00:00.000Z' });
    expect(parseSettingsFile(text)).toEqual({ ok: true, values: VALUES });
  });

  it('reads a file written before copies and corrections existed with their defaults', () => {
    const parsed = parseSettingsFile(file({ countCarriers: undefined, storyCorrections: undefined }));
    expect(parsed.ok && [parsed.values.countCarriers, parsed.values.storyCorrections]).toEqual([false, []]);
  });

  it('keeps only the known fields of a correction', () => {
    const parsed = parseSettingsFile(file({ storyCorrections: [{ ...VALUES.storyCorrections[0], sentTo: 'x' }] }));
    expect(parsed.ok && parsed.values.storyCorrections).toEqual(VALUES.storyCorrections);
  });

  it('keeps only the known fields', () => {
    const parsed = parseSettingsFile(
      file({ indexSettings: { ...VALUES.indexSettings, extra: 1 }, customSources: [{ ...VALUES.customSources[0], tracking: 'x' }] }),
    );
    expect(parsed.ok && parsed.values.indexSettings).toEqual(VALUES.indexSettings);
    expect(parsed.ok && parsed.values.customSources[0]).toEqual(VALUES.customSources[0]);
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another file', JSON.stringify({ format: 'parallax-index', version: 1 }), /not a Parallax settings file/],
    ['a newer version', file({ version: 2 }), /version 2; this Parallax reads version 1/],
    ['disabled ids that are not ids', file({ disabledSources: ['ok', 42] }), /"disabledSources"/],
    ['an unknown bias', file({ ratingOverrides: { ap: { bias: 'far-left' } } }), /unknown bias "far-left"/],
    ['an empty override', file({ ratingOverrides: { ap: {} } }), /of "ap" is empty/],
    ['a count setting that is not a yes or no', file({ countCarriers: 'yes' }), /"countCarriers" must be true or false/],
    [
      'a correction without a URL',
      file({ storyCorrections: [{ ...VALUES.storyCorrections[0], url: 'javascript:alert(1)' }] }),
      /"storyCorrections" correction 1 has no http\(s\) "url"/,
    ],
    ['corrections that are not a list', file({ storyCorrections: {} }), /"storyCorrections" must be a list/],
    [
      'a refresh every second',
      file({ indexSettings: { ...VALUES.indexSettings, refreshMinutes: 0.016 } }),
      /^Index settings: "refreshMinutes" \(minutes between refreshes\) must be a number from 5 to 1440\.$/,
    ],
    ['a javascript: index URL', file({ indexSettings: { ...VALUES.indexSettings, indexUrl: 'javascript:alert(1)' } }), /"indexUrl"/],
    ['a custom source without feeds', file({ customSources: [{ ...VALUES.customSources[0], feeds: [] }] }), /Custom source 1 has no valid "feeds"/],
    ['two custom sources with one id', file({ customSources: [VALUES.customSources[0], VALUES.customSources[0]] }), /share the id/],
  ])('refuses %s with a reason', (_what, text, error) => {
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it.each([
    [DEFAULT_INDEX_SETTINGS, undefined],
    [{ ...DEFAULT_INDEX_SETTINGS, retentionDays: 91 }, /retentionDays/],
    [{ ...DEFAULT_INDEX_SETTINGS, blindspotThreshold: 20 }, /blindspotThreshold/],
    [{ ...DEFAULT_INDEX_SETTINGS, indexUrl: undefined }, /indexUrl/],
  ])('indexSettingsProblem(%j)', (settings, problem) => {
    const found = indexSettingsProblem(settings);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
});
