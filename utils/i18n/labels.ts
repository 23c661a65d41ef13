import type { BiasOrUnrated, FactualityOrUnrated, OwnershipKind } from '../model';
import { type MessageKey, t } from './translate';

/** A record whose values are read from the bundle each time, so they follow the UI language. */
function labels<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const [name, key] of Object.entries(keys) as [K, MessageKey][]) Object.defineProperty(out, name, { get: () => t(key), enumerable: true });
  return out;
}

export const BIAS_LABELS = labels<BiasOrUnrated>({
  left: 'bias_left',
  'lean-left': 'bias_leanLeft',
  center: 'bias_center',
  'lean-right': 'bias_leanRight',
  right: 'bias_right',
  unrated: 'bias_unrated',
});

export const FACTUALITY_LABELS = labels<FactualityOrUnrated>({
  reliable: 'factuality_reliable',
  'no-consensus': 'factuality_noConsensus',
  unreliable: 'factuality_unreliable',
  blacklisted: 'factuality_blacklisted',
  unrated: 'factuality_unrated',
});

export const OWNERSHIP_LABELS = labels<OwnershipKind>({
  'state-funded': 'ownership_stateFunded',
  public: 'ownership_public',
  private: 'ownership_private',
  'non-profit': 'ownership_nonProfit',
  independent: 'ownership_independent',
  unknown: 'ownership_unknown',
});
