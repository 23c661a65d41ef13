import { storage } from 'wxt/utils/storage';
import { BIASES, FACTUALITIES, type Bias, type Factuality, type Outlet } from './model';
import type { StoryCorrection } from './copies';
import type { RatingOverride } from './coverage';

export type { RatingOverride };

/**
 * The reader's settings, each a versioned WXT storage item. Sources are stored as the ones turned
 * OFF, so an outlet we ship later is on by default.
 */

/** Outlet ids the reader turned off. Applied when coverage is computed: no re-clustering. */
export const disabledSources = storage.defineItem<string[]>('local:disabledSources', {
  fallback: [],
  version: 1,
});

const isBias = (v: unknown): v is Bias => (BIASES as readonly unknown[]).includes(v);
const isFactuality = (v: unknown): v is Factuality => (FACTUALITIES as readonly unknown[]).includes(v);

/**
 * Version 1 -> 2: version 1 stored outlet id -> the reader's bias (bias only); a plain bias
 * becomes `{ bias }`. Entries already in the new shape are kept
 * (two extension pages may both run the migration), anything unreadable is dropped rather than
 * letting one bad entry lose every override.
 */
export function migrateRatingOverridesToV2(old: unknown): Record<string, RatingOverride> {
  const next: Record<string, RatingOverride> = {};
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return next;
  for (const [id, value] of Object.entries(old)) {
    if (isBias(value)) next[id] = { bias: value };
    else if (typeof value === 'object' && value !== null) {
      const { bias, factuality } = value as Record<string, unknown>;
      const kept: RatingOverride = { ...(isBias(bias) ? { bias } : {}), ...(isFactuality(factuality) ? { factuality } : {}) };
      if (kept.bias || kept.factuality) next[id] = kept;
    }
  }
  return next;
}

/** Outlet id -> the reader's own bias and/or factuality, which win over the catalog's. */
export const ratingOverrides = storage.defineItem<Record<string, RatingOverride>>('local:ratingOverrides', {
  fallback: {},
  version: 2,
  migrations: { 2: migrateRatingOverridesToV2 },
});

/** How the index is refreshed and kept. */
export interface IndexSettings {
  refreshMinutes: number;
  retentionDays: number;
  /** A side with fewer than this share of rated outlets is a blindspot (a fraction, 0.2 = 20%). */
  blindspotThreshold: number;
  /** A static snapshot URL the reader trusts; off (empty) by default. */
  indexUrl: string;
}

export const DEFAULT_INDEX_SETTINGS: IndexSettings = {
  refreshMinutes: 30,
  retentionDays: 7,
  blindspotThreshold: 0.2,
  indexUrl: '',
};

/** Accepted ranges of the numeric index settings (inclusive). */
export const INDEX_SETTINGS_LIMITS = {
  refreshMinutes: { min: 5, max: 1440 },
  retentionDays: { min: 1, max: 90 },
  blindspotThreshold: { min: 0.05, max: 0.5 },
} as const;

export const indexSettings = storage.defineItem<IndexSettings>('local:indexSettings', {
  fallback: DEFAULT_INDEX_SETTINGS,
  version: 1,
});

/**
 * Sources the reader added: a feed URL, a name and the reader's own bias rating. Stored whole
 * (they are few) and merged with the catalog wherever outlets are read.
 */
export const customSources = storage.defineItem<Outlet[]>('local:customSources', {
  fallback: [],
  version: 1,
});

/**
 * The catalog outlets to switch off so that only the chosen countries' sources stay on. The
 * reader's own sources are left as they are: they chose those one by one.
 */
export function disabledOutsideCountries(outlets: readonly Outlet[], countries: ReadonlySet<string>): string[] {
  return outlets
    .filter((o) => !o.custom && !countries.has(o.country))
    .map((o) => o.id)
    .sort();
}

/**
 * Whether outlets that only carried another's report (a wire copy) count in the bias and
 * factuality mix and the blindspot. Off by default: the honest count.
 */
export const countCarriers = storage.defineItem<boolean>('local:countCarriers', { fallback: false, version: 1 });

/** The reader's "Not this story" corrections (utils/copies/corrections.ts): kept here, never sent. */
export const storyCorrections = storage.defineItem<StoryCorrection[]>('local:storyCorrections', { fallback: [], version: 1 });

/** Every setting at once: what a settings file carries. */
export interface SettingsValues {
  disabledSources: string[];
  ratingOverrides: Record<string, RatingOverride>;
  indexSettings: IndexSettings;
  customSources: Outlet[];
  countCarriers: boolean;
  storyCorrections: StoryCorrection[];
}

export async function readSettings(): Promise<SettingsValues> {
  const [disabled, overrides, index, custom, carriers, corrections] = await Promise.all([
    disabledSources.getValue(),
    ratingOverrides.getValue(),
    indexSettings.getValue(),
    customSources.getValue(),
    countCarriers.getValue(),
    storyCorrections.getValue(),
  ]);
  return {
    disabledSources: disabled,
    ratingOverrides: overrides,
    indexSettings: { ...DEFAULT_INDEX_SETTINGS, ...index },
    customSources: custom,
    countCarriers: carriers,
    storyCorrections: corrections,
  };
}

/** Replaces every setting. Callers validate first (see settings-file.ts), so nothing half-applies on bad input. */
export async function writeSettings(values: SettingsValues): Promise<void> {
  // Each item's own setValue keeps its version mark, so no migration re-runs on written values.
  await Promise.all([
    customSources.setValue(values.customSources),
    disabledSources.setValue(values.disabledSources),
    ratingOverrides.setValue(values.ratingOverrides),
    indexSettings.setValue(values.indexSettings),
    countCarriers.setValue(values.countCarriers),
    storyCorrections.setValue(values.storyCorrections),
  ]);
}
