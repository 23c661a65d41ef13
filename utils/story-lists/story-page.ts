/**
 * What the full story page shows beyond the popup's coverage: each covering outlet's country,
 * language and ownership, and the coverage counted by those. Pure; the worker builds the
 * `CoverageView` the popup uses and this adds to it.
 */
import type { Catalog, FactualityOrUnrated, Outlet } from '../model';
import { OWNERSHIP_LABELS } from '../i18n/labels';
import { outletsById } from '../sources/catalog';
import { largestRemainder, type RatingOverride } from '../coverage';
import type { CoverageView, KeyedShare } from '../views';

interface StoryOutletFacts {
  country: string;
  language: string;
  factuality: FactualityOrUnrated;
  /** Who owns it, when the catalog says. */
  ownership?: string;
}

export interface StoryPageView {
  coverage: CoverageView;
  /** Facts of each covering outlet, by outlet id. */
  outlets: Record<string, StoryOutletFacts>;
  /** Distinct covering outlets per country and per language, most first. */
  byCountry: { key: string; count: number }[];
  byLanguage: { key: string; count: number }[];
  /** Covering outlets per kind of owner; absent when the catalog has no ownership for any of them. */
  ownership?: { shares: KeyedShare<string>[]; unknown: number };
}

/** The kind of owner the catalog records for an outlet, in words; none when it does not know. */
function ownershipOf(outlet: Outlet | undefined): string | undefined {
  const kind = outlet?.ownership?.kind;
  return kind && kind !== 'unknown' ? OWNERSHIP_LABELS[kind] : undefined;
}

function tally(values: string[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** `overrides`: the reader's own ratings, which win over the catalog's (as in the coverage). */
export function storyPageView(coverage: CoverageView, catalog: Catalog, overrides: Readonly<Record<string, RatingOverride>> = {}): StoryPageView {
  const byId = outletsById(catalog);
  const ids = [...new Set(coverage.articles.map((a) => a.outletId))];
  const outlets: Record<string, StoryOutletFacts> = {};
  for (const id of ids) {
    const o = byId.get(id);
    const owner = ownershipOf(o);
    outlets[id] = {
      country: o?.country ?? '',
      language: o?.language ?? '',
      factuality: overrides[id]?.factuality ?? o?.factuality?.value ?? 'unrated',
      ...(owner ? { ownership: owner } : {}),
    };
  }
  const owners = ids.map((id) => outlets[id].ownership).filter((x): x is string => !!x);
  const ownerTally = tally(owners);
  const percents = largestRemainder(ownerTally.map((t) => t.count));
  return {
    coverage,
    outlets,
    byCountry: tally(ids.map((id) => outlets[id].country || 'unknown')),
    byLanguage: tally(ids.map((id) => outlets[id].language || 'unknown')),
    ...(owners.length ? { ownership: { shares: ownerTally.map((t, i) => ({ ...t, percent: percents[i] })), unknown: ids.length - owners.length } } : {}),
  };
}
