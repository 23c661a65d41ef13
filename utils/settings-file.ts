/**
 * The settings file: every setting and custom source in one versioned JSON file, to move them to
 * another browser or keep a copy. Parsing checks the whole file before anything is written, so a
 * bad file is refused with a reason and changes nothing.
 */
import { cleanCorrections, correctionsProblem, type StoryCorrection } from './copies';
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

const INDEX_SETTINGS_WORDS = {
  refreshMinutes: 'minutes between refreshes',
  retentionDays: 'days articles are kept',
  blindspotThreshold: 'blindspot threshold, a fraction',
} as const;

/** What is wrong with index settings, in words (numbers as stored: the threshold is a fraction). */
export function indexSettingsProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'they must be an object';
  for (const [key, { min, max }] of Object.entries(INDEX_SETTINGS_LIMITS)) {
    const n = value[key];
    const what = `"${key}" (${INDEX_SETTINGS_WORDS[key as keyof typeof INDEX_SETTINGS_LIMITS]})`;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) return `${what} must be a number from ${min} to ${max}`;
  }
  if (typeof value.indexUrl !== 'string' || (value.indexUrl !== '' && !safeHref(value.indexUrl))) return '"indexUrl" must be empty or an http(s) URL';
  return undefined;
}

function overridesProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'is not an object of outlet ids';
  for (const [id, o] of Object.entries(value)) {
    if (!isId(id)) return `has an invalid outlet id "${String(id).slice(0, 40)}"`;
    if (!isObject(o) || Object.keys(o).some((k) => k !== 'bias' && k !== 'factuality')) return `of "${id}" is not { bias, factuality }`;
    if (o.bias === undefined && o.factuality === undefined) return `of "${id}" is empty`;
    if (o.bias !== undefined && !(BIASES as readonly unknown[]).includes(o.bias)) return `of "${id}" has an unknown bias "${String(o.bias)}"`;
    if (o.factuality !== undefined && !(FACTUALITIES as readonly unknown[]).includes(o.factuality))
      return `of "${id}" has an unknown factuality "${String(o.factuality)}"`;
  }
  return undefined;
}

function valuesProblem(data: Record<string, unknown>): string | undefined {
  const disabled = data.disabledSources;
  if (!Array.isArray(disabled) || disabled.length > SETTINGS_FILE_LIMITS.ids || !disabled.every(isId)) return '"disabledSources" must be a list of outlet ids.';
  const overrides = overridesProblem(data.ratingOverrides);
  if (overrides) return `"ratingOverrides" ${overrides}.`;
  const index = indexSettingsProblem(data.indexSettings);
  if (index) return `Index settings: ${index}.`;
  const custom = data.customSources;
  if (!Array.isArray(custom) || custom.length > SETTINGS_FILE_LIMITS.customSources) return '"customSources" must be a list of sources.';
  const ids = new Set<string>();
  for (const [i, outlet] of custom.entries()) {
    const problem = customOutletProblem(outlet);
    if (problem) return `Custom source ${i + 1} ${problem}.`;
    const id = (outlet as { id: string }).id;
    if (ids.has(id)) return `Two custom sources share the id "${id}".`;
    ids.add(id);
  }
  if (data.countCarriers !== undefined && typeof data.countCarriers !== 'boolean') return '"countCarriers" must be true or false.';
  const corrections = data.storyCorrections === undefined ? undefined : correctionsProblem(data.storyCorrections);
  if (corrections) return `"storyCorrections" ${corrections}.`;
  return undefined;
}

/** Parses and validates a settings file; the error says what is wrong. */
export function parseSettingsFile(text: string): SettingsFileResult {
  if (text.length > SETTINGS_FILE_LIMITS.bytes) return { ok: false, error: 'The file is too large to be a Parallax settings file.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` };
  }
  if (!isObject(data) || data.format !== SETTINGS_FILE_FORMAT) return { ok: false, error: 'The file is not a Parallax settings file.' };
  if (data.version !== SETTINGS_FILE_VERSION)
    return { ok: false, error: `The file is version ${String(data.version)}; this Parallax reads version ${SETTINGS_FILE_VERSION}.` };
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
