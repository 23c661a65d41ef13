/**
 * Ownership as the reader sees it: one outlet's kind, owner and source, and the mix of kinds among
 * the outlets covering a story ("3 of 14 outlets are state-funded").
 */
import type { DataSource, Outlet, OwnershipKind } from '../model';
import { OWNERSHIP_LABELS } from '../i18n/labels';
import type { RatingProvenance } from '../views';

/** An outlet's ownership, ready to show with where it comes from. */
export interface OwnershipView {
  kind: OwnershipKind;
  label: string;
  owner?: string;
  source?: RatingProvenance;
}

export function ownershipView(outlet: Outlet, sources: readonly DataSource[]): OwnershipView | undefined {
  const { ownership } = outlet;
  if (!ownership) return undefined;
  const source = sources.find((s) => s.id === ownership.source);
  return {
    kind: ownership.kind,
    label: OWNERSHIP_LABELS[ownership.kind],
    ...(ownership.owner ? { owner: ownership.owner } : {}),
    ...(source ? { source: { name: source.name, url: source.url, licence: source.licence, date: source.date } } : {}),
  };
}

/** How the outlets covering a story are owned: counts per kind, and how many the data covers. */
export interface OwnershipMix {
  outlets: number;
  stateFunded: number;
  public: number;
  /** Outlets whose ownership the catalog knows. */
  known: number;
}

export function ownershipMix(outletIds: readonly string[], outlets: ReadonlyMap<string, Outlet>): OwnershipMix {
  const kinds = outletIds.map((id) => outlets.get(id)?.ownership?.kind);
  return {
    outlets: outletIds.length,
    stateFunded: kinds.filter((k) => k === 'state-funded').length,
    public: kinds.filter((k) => k === 'public').length,
    known: kinds.filter((k) => k !== undefined && k !== 'unknown').length,
  };
}
