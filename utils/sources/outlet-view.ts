import type { DataSource, Outlet, Rating, RatingSource } from '../model';
import { t } from '../i18n/translate';
import { ownershipView } from './ownership';
import type { RatingOverride } from '../settings';
import type { OutletView, RatingProvenance } from '../views';

/** The reader's settings that shape coverage and every view of an outlet (read by utils/worker/outlet-catalog.ts). */
export interface ReaderPrefs {
  disabled: ReadonlySet<string>;
  overrides: Readonly<Record<string, RatingOverride>>;
  blindspotThreshold: number;
}

function provenance(rating: Rating<string> | undefined, sources: readonly RatingSource[]): RatingProvenance | undefined {
  if (!rating) return undefined;
  // A source the reader added carries the reader's own rating.
  if (rating.source === 'user') return { name: t('popup_yourOwnRating'), url: '', licence: '', date: rating.date };
  const source = sources.find((s) => s.id === rating.source);
  if (!source) return undefined;
  return { name: source.name, url: rating.url ?? source.url, licence: source.licence, date: rating.date };
}

/** An outlet as shown: the reader's override wins, and the original stays visible beside it. */
export function outletView(
  outlet: Outlet,
  prefs: Pick<ReaderPrefs, 'disabled' | 'overrides'>,
  sources: readonly RatingSource[],
  ownershipSources: readonly DataSource[] = [],
): OutletView {
  const override = prefs.overrides[outlet.id] ?? {};
  const bias = outlet.bias?.value ?? 'unrated';
  const factuality = outlet.factuality?.value ?? 'unrated';
  const ownership = ownershipView(outlet, ownershipSources);
  return {
    id: outlet.id,
    name: outlet.name,
    homepage: outlet.homepage,
    bias: override.bias ?? bias,
    biasSource: provenance(outlet.bias, sources),
    factuality: override.factuality ?? factuality,
    factualitySource: provenance(outlet.factuality, sources),
    ...(override.bias && override.bias !== bias ? { originalBias: bias } : {}),
    ...(override.factuality && override.factuality !== factuality ? { originalFactuality: factuality } : {}),
    disabled: prefs.disabled.has(outlet.id),
    ...(ownership ? { ownership } : {}),
  };
}
