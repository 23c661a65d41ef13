/**
 * What the full story page shows beyond the popup's coverage: each covering outlet's country,
 * language and ownership, and the coverage counted by those. Pure; the worker builds the
 * `CoverageView` the popup uses and this adds to it.
 */
import type { Catalog, FactualityOrUnrated, Outlet } from '../model';
import type { RatingOverride } from '../coverage';
import { largestRemainder } from '../coverage';
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

/** Words for the catalog's kinds of ownership; a kind not listed here is shown as written. */
const OWNERSHIP_WORDS: Record<string, string> = {
  'state-funded': 'State-funded',
  public: 'Public media',
  private: 'Private',
  'non-profit': 'Non-profit',
  independent: 'Independent',
};

/**
 * The kind of owner the catalog records for an outlet (`ownership.kind`), in words, if any. Read
 * defensively, so a catalog without the field (or a kind `unknown`) simply has no ownership mix.
 */
function ownershipOf(outlet: Outlet | undefined): string | undefined {
  const raw = (outlet as { ownership?: unknown } | undefined)?.ownership;
  const kind = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string' || kind.trim() === '' || kind === 'unknown') return undefined;
  return OWNERSHIP_WORDS[kind] ?? kind;
}

function tally(values: string[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** `overrides`: the reader's own ratings, which win over the catalog's (as in the coverage). */
export function storyPageView(coverage: CoverageView, catalog: Catalog, overrides: Readonly<Record<string, RatingOverride>> = {}): StoryPageView {
  const byId = new Map(catalog.outlets.map((o) => [o.id, o]));
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
