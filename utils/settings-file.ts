/**
 * The settings file: every setting and custom source in one versioned JSON file, to move them to
 * another browser or keep a copy. Parsing checks the whole file before anything is written, so a
 * bad file is refused with a reason and changes nothing.
 */
import { cleanCorrections, correctionsProblem, type StoryCorrection } from './copies';
import { type MessageKey, t } from './i18n/translate';
import { BIASES, FACTUALITIES } from './model';
import { safeHref } from './safe-url';
import { INDEX_SETTINGS_LIMITS, type IndexSettings, type RatingOverride, type SettingsValues } from './settings';
import { cleanCustomOutlet, customOutletProblem } from './sources/custom-source';

const SETTINGS_FILE_FORMAT = 'parallax-settings';
const SETTINGS_FILE_VERSION = 1;
/** Far more than any reader needs; a larger file is not ours. */
const SETTINGS_FILE_LIMITS = { bytes: 2 * 1024 * 1024, ids: 10_000, customSources: 500, id: 200 } as const;

/** Version 1 of the file. */
export interface SettingsFile extends SettingsValues {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  /** ISO time of the export. */
  exportedAt: string;
}

export type SettingsFileResult = { ok: true; values: SettingsValues } | { ok: false; error: string };

export function toSettingsFile(values: SettingsValues, now: Date): SettingsFile {
  return { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, exportedAt: now.toISOString(), ...values };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(v) && v.length <= SETTINGS_FILE_LIMITS.id;

const INDEX_SETTINGS_WORDS: Record<keyof typeof INDEX_SETTINGS_LIMITS, MessageKey> = {
  refreshMinutes: 'settingsFile_refreshMinutes',
  retentionDays: 'settingsFile_retentionDays',
  blindspotThreshold: 'settingsFile_blindspotThreshold',
};

/** What is wrong with index settings, in words (numbers as stored: the threshold is a fraction). */
export function indexSettingsProblem(value: unknown): string | undefined {
  if (!isObject(value)) return t('settingsFile_indexNotObject');
  for (const [key, { min, max }] of Object.entries(INDEX_SETTINGS_LIMITS)) {
    const n = value[key];
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max)
      return t(INDEX_SETTINGS_WORDS[key as keyof typeof INDEX_SETTINGS_LIMITS], String(min), String(max));
  }
  if (typeof value.indexUrl !== 'string' || (value.indexUrl !== '' && !safeHref(value.indexUrl))) return t('settingsFile_indexUrl');
  return undefined;
}

function overridesProblem(value: unknown): string | undefined {
  if (!isObject(value)) return t('settingsFile_overridesNotObject');
  for (const [id, o] of Object.entries(value)) {
    if (!isId(id)) return t('settingsFile_overrideBadId', String(id).slice(0, 40));
    if (!isObject(o) || Object.keys(o).some((k) => k !== 'bias' && k !== 'factuality')) return t('settingsFile_overrideShape', id);
    if (o.bias === undefined && o.factuality === undefined) return t('settingsFile_overrideEmpty', id);
    if (o.bias !== undefined && !(BIASES as readonly unknown[]).includes(o.bias)) return t('settingsFile_overrideBias', id, String(o.bias));
    if (o.factuality !== undefined && !(FACTUALITIES as readonly unknown[]).includes(o.factuality))
      return t('settingsFile_overrideFactuality', id, String(o.factuality));
  }
  return undefined;
}

function valuesProblem(data: Record<string, unknown>): string | undefined {
  const disabled = data.disabledSources;
  if (!Array.isArray(disabled) || disabled.length > SETTINGS_FILE_LIMITS.ids || !disabled.every(isId)) return t('settingsFile_disabled');
  const overrides = overridesProblem(data.ratingOverrides);
  if (overrides) return overrides;
  const index = indexSettingsProblem(data.indexSettings);
  if (index) return index;
  const custom = data.customSources;
  if (!Array.isArray(custom) || custom.length > SETTINGS_FILE_LIMITS.customSources) return t('settingsFile_customList');
  const ids = new Set<string>();
  for (const [i, outlet] of custom.entries()) {
    const problem = customOutletProblem(outlet, i + 1);
    if (problem) return problem;
    const id = (outlet as { id: string }).id;
    if (ids.has(id)) return t('settingsFile_customSameId', id);
    ids.add(id);
  }
  if (data.countCarriers !== undefined && typeof data.countCarriers !== 'boolean') return t('settingsFile_countCarriers');
  const corrections = data.storyCorrections === undefined ? undefined : correctionsProblem(data.storyCorrections);
  if (corrections) return t('settingsFile_corrections', corrections);
  return undefined;
}

/** Parses and validates a settings file; the error says what is wrong. */
export function parseSettingsFile(text: string): SettingsFileResult {
  if (text.length > SETTINGS_FILE_LIMITS.bytes) return { ok: false, error: t('settingsFile_tooLarge') };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: t('settingsFile_notJson', error instanceof Error ? error.message : 'JSON.parse') };
  }
  if (!isObject(data) || data.format !== SETTINGS_FILE_FORMAT) return { ok: false, error: t('settingsFile_notSettings') };
  if (data.version !== SETTINGS_FILE_VERSION) return { ok: false, error: t('settingsFile_version', String(data.version), SETTINGS_FILE_VERSION) };
  const problem = valuesProblem(data);
  if (problem) return { ok: false, error: problem };
  const index = data.indexSettings as IndexSettings;
  return {
    ok: true,
    values: {
      disabledSources: [...new Set(data.disabledSources as string[])].sort(),
      ratingOverrides: data.ratingOverrides as Record<string, RatingOverride>,
      // Only the known fields: a file never smuggles extra keys into storage.
      indexSettings: {
        refreshMinutes: index.refreshMinutes,
        retentionDays: index.retentionDays,
        blindspotThreshold: index.blindspotThreshold,
        indexUrl: index.indexUrl,
      },
      customSources: (data.customSources as SettingsValues['customSources']).map(cleanCustomOutlet),
      // Files written before these settings existed carry neither: the defaults.
      countCarriers: data.countCarriers === true,
      storyCorrections: cleanCorrections((data.storyCorrections as StoryCorrection[] | undefined) ?? []),
    },
  };
}
