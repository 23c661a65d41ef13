import Fuse from 'fuse.js';
import type { Bias, Outlet } from '../model';

/** Filters of the options page's source list; undefined means "any". */
export interface SourceFilters {
  query?: string;
  bias?: Bias | 'unrated';
  country?: string;
  language?: string;
}

/**
 * Typo-tolerant search over the outlets' names and domains (fuse.js), then the exact filters.
 * Without a query the list keeps its alphabetical order.
 */
export function createSourceSearch(outlets: readonly Outlet[]) {
  const sorted = [...outlets].sort((a, b) => a.name.localeCompare(b.name));
  const fuse = new Fuse(sorted, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'domains', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  return function search(filters: SourceFilters): Outlet[] {
    const query = filters.query?.trim();
    const found = query ? fuse.search(query).map((r) => r.item) : sorted;
    return found.filter(
      (o) =>
        (!filters.bias || (o.bias?.value ?? 'unrated') === filters.bias) &&
        (!filters.country || o.country === filters.country) &&
        (!filters.language || o.language === filters.language),
    );
  };
}
