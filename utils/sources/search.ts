import type { Bias, Outlet } from '../model';

/** Filters of the options page's source list; undefined means "any". */
export interface SourceFilters {
  query?: string;
  bias?: Bias | 'unrated';
  country?: string;
  language?: string;
}

/** Lower case, accents and punctuation folded: "Le Monde.fr" and "le monde fr" read alike. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Optimal-string-alignment distance, stopping once it exceeds `max` (typo tolerance). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] <= max;
}

/** A query word matches a word of the outlet that starts with it, or one a typo or two away. */
function wordMatches(query: string, word: string): boolean {
  if (word.startsWith(query)) return true;
  // Typos rarely hit the first letter; checking it first keeps a keystroke to one cheap pass.
  if (query.length < 4 || (word[0] !== query[0] && word[0] !== query[1])) return false;
  const max = query.length >= 8 ? 2 : 1;
  return withinEdits(query, word, max) || withinEdits(query, word.slice(0, query.length), max);
}

/**
 * Typo-tolerant search over the outlets' names and domains, then the exact filters. Names that
 * start with the query come first, then names or domains containing it, then matches word by word
 * with a typo or two ("Reutres"); each group keeps alphabetical order. Built for thousands of
 * outlets: one pass of string tests per keystroke.
 */
export function createSourceSearch(outlets: readonly Outlet[]) {
  const sorted = [...outlets].sort((a, b) => a.name.localeCompare(b.name));
  const index = sorted.map((o) => {
    const name = fold(o.name);
    const text = `${name} ${o.domains.map(fold).join(' ')}`;
    return { outlet: o, name, text, words: [...new Set(words(text))] };
  });
  return function search(filters: SourceFilters): Outlet[] {
    const query = fold(filters.query?.trim() ?? '');
    let found: Outlet[] = sorted;
    if (query) {
      const queryWords = words(query);
      const tiers: Outlet[][] = [[], [], []];
      for (const entry of index) {
        if (entry.name.startsWith(query)) tiers[0].push(entry.outlet);
        else if (entry.text.includes(query)) tiers[1].push(entry.outlet);
        else if (queryWords.length > 0 && queryWords.every((q) => entry.words.some((w) => wordMatches(q, w)))) tiers[2].push(entry.outlet);
      }
      found = tiers.flat();
    }
    return found.filter(
      (o) =>
        (!filters.bias || (o.bias?.value ?? 'unrated') === filters.bias) &&
        (!filters.country || o.country === filters.country) &&
        (!filters.language || o.language === filters.language),
    );
  };
}
