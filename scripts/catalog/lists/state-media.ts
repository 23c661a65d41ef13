/**
 * Ownership from the State Media Matrix (ASD-at-GMF/state-media-profiles, seeded by the State
 * Media Monitor): one row per state-affiliated media asset with its company, site and model code.
 * Used only for outlets Kagi's media data does not cover. Matched by domain like the media data;
 * a domain whose rows disagree (another company or model) matches nobody.
 */
import type { Ownership, OwnershipKind } from '../../../utils/model';
import { parseCsv } from '../csv';
import { hostOf, registrableOf } from './hosts';

export interface StateMediaRow {
  company: string;
  url: string;
  typology: string;
}

/**
 * The matrix's models on the six-kind scale, by whether the state directly controls funding:
 * SC (state-controlled), ISFM (independent state-funded and state-managed) and ISF (independent
 * state-funded) do -> state-funded; ISM (independent state-managed) and IP (independent public)
 * do not -> public. Captured models (CaPu, CaPr) and uncertain codes (`ISFM?`) -> unknown: the
 * source names the owner, but their funding and ownership do not fit one kind on the scale.
 */
const KINDS: Record<string, OwnershipKind> = {
  SC: 'state-funded',
  ISFM: 'state-funded',
  ISF: 'state-funded',
  ISM: 'public',
  IP: 'public',
};

export function parseStateMedia(text: string): StateMediaRow[] {
  return parseCsv(text).map((r) => ({ company: r['Media company'].trim(), url: r.URL.trim(), typology: r.Typology.trim() }));
}

/** Rows by every host and registrable domain of their URL; a key whose rows disagree maps to undefined. */
export function indexStateMedia(rows: StateMediaRow[]): Map<string, StateMediaRow | undefined> {
  const index = new Map<string, StateMediaRow | undefined>();
  const claim = (key: string | undefined, row: StateMediaRow) => {
    if (!key) return;
    if (!index.has(key)) index.set(key, row);
    const held = index.get(key);
    if (held && (held.company !== row.company || held.typology !== row.typology)) index.set(key, undefined);
  };
  for (const row of rows) {
    const host = hostOf(/^https?:\/\//i.test(row.url) ? row.url : `https://${row.url}`);
    if (!host) continue;
    claim(host, row);
    claim(registrableOf(host), row);
  }
  return index;
}

/** The row of an outlet: an exact host first, then its registrable domain; none when ambiguous. */
export function stateMediaRowFor(index: Map<string, StateMediaRow | undefined>, domains: readonly string[]): StateMediaRow | undefined {
  for (const d of domains) if (index.has(d)) return index.get(d);
  for (const d of domains) {
    const root = registrableOf(d);
    if (root && index.has(root)) return index.get(root);
  }
  return undefined;
}

export function stateMediaOwnership(row: StateMediaRow, source: string): Ownership {
  const owner = row.company.replace(/\*+$/, '').trim();
  return { kind: KINDS[row.typology] ?? 'unknown', ...(owner ? { owner } : {}), source };
}

/** Outlets with the matrix's ownership where they have none yet (Kagi's media data goes first). */
export function withStateMediaOwnership<T extends { domains: string[]; ownership?: Ownership }>(outlets: T[], rows: StateMediaRow[], source: string): T[] {
  const index = indexStateMedia(rows);
  return outlets.map((outlet) => {
    if (outlet.ownership) return outlet;
    const row = stateMediaRowFor(index, outlet.domains);
    return row ? { ...outlet, ownership: stateMediaOwnership(row, source) } : outlet;
  });
}
