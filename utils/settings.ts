import { storage } from 'wxt/utils/storage';
import type { Outlet } from './model';
import type { RatingOverride } from './stories/coverage';

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

/** Outlet id -> the reader's rating. */
export const ratingOverrides = storage.defineItem<Record<string, RatingOverride>>('local:ratingOverrides', {
  fallback: {},
  version: 1,
});

/** How the index is refreshed and kept. */
export interface IndexSettings {
  refreshMinutes: number;
  retentionDays: number;
  /** A side with fewer than this share of rated outlets is a blindspot. */
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
