import type { Outlet } from '../model';
import { grantChecker, originsAtMost, originsFor } from './origins';

/**
 * What the reader's grants leave out, for the popup and options page to say and offer: how many
 * of the sources they keep on lack access to their feeds or sites, and the patterns to ask for.
 */
export interface AccessStatus {
  /** The reader chose their sources on the first-run page (or had Parallax before it asked). */
  chosen: boolean;
  /** Sources kept on. */
  sources: number;
  /** Of those, the ones missing access to a feed host or their site. */
  missing: number;
  /** The patterns to ask for so that nothing is missing. */
  origins: string[];
}

export function accessStatus(enabled: readonly Outlet[], granted: readonly string[], chosen: boolean): AccessStatus {
  const check = grantChecker(granted);
  const origins = new Set<string>();
  let missing = 0;
  for (const outlet of enabled) {
    // Most sources have all they need: found so without working out exactly what that is.
    if (originsAtMost(outlet).every(check.covers)) continue;
    const lacking = originsFor([outlet]).filter((p) => !check.covers(p));
    if (lacking.length) missing += 1;
    for (const p of lacking) origins.add(p);
  }
  return { chosen, sources: enabled.length, missing, origins: [...origins].sort() };
}
