/**
 * "Why grouped": for one article of a story, the words and names it shares with the story and
 * with the article that tied it there (the one it shares most with), and whether it is a copy.
 * Computed when the reader asks, from the story's own articles: a few tokenizer passes.
 */
import { tokenize } from '../stories';
import type { CopyInput, CopyMark } from './detect';

export interface WhyGrouped {
  /** Words it shares with the story's other articles, most shared first, as the article writes them. */
  words: string[];
  /** The names (people, places, bodies) among them. */
  names: string[];
  /** The article it shares most with. */
  tiedTo?: { url: string; title: string; outletId: string; shared: number };
  copy?: { kind: CopyMark['kind']; source: string; originalUrl?: string };
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Term -> the way the text writes it (a stem is found as the start of a written word), and whether it reads as a name. */
function termsOf(a: { title: string; description?: string }): Map<string, { word: string; name: boolean }> {
  const text = `${a.title}. ${a.description ?? ''}`;
  const written = new Map<string, string>();
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (!written.has(lower)) written.set(lower, m[0]);
  }
  const out = new Map<string, { word: string; name: boolean }>();
  for (const t of tokenize(text)) {
    const seen = out.get(t.term);
    if (seen) {
      seen.name ||= t.name;
      continue;
    }
    // Stems end where words change ("secretari" for "secretary"): one letter less finds the word.
    const prefix = t.term.length > 4 ? t.term.slice(0, -1) : t.term;
    const word = written.get(t.term) ?? [...written].find(([lower]) => lower.startsWith(t.term) || lower.startsWith(prefix))?.[1] ?? t.term;
    out.set(t.term, { word, name: t.name });
  }
  return out;
}

/** Why `article` is in a story whose other articles are `others`. `sourceName` names a copy's source. */
export function whyGrouped(article: CopyInput, others: readonly CopyInput[], mark: CopyMark | undefined, sourceName: (m: CopyMark) => string): WhyGrouped {
  const mine = termsOf(article);
  const shared = new Map<string, number>();
  let tiedTo: WhyGrouped['tiedTo'];
  for (const o of others) {
    if (o.url === article.url) continue;
    let count = 0;
    for (const [term, theirs] of termsOf(o)) {
      const own = mine.get(term);
      if (!own) continue;
      // A headline's first word is capitalised whatever it is: a name anywhere is a name.
      own.name ||= theirs.name;
      count++;
      shared.set(term, (shared.get(term) ?? 0) + 1);
    }
    if (count > (tiedTo?.shared ?? 0)) tiedTo = { url: o.url, title: o.title, outletId: o.outletId, shared: count };
  }
  const ranked = [...shared].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([term]) => mine.get(term)!);
  return {
    words: ranked
      .filter((w) => !w.name)
      .slice(0, 12)
      .map((w) => w.word),
    names: ranked
      .filter((w) => w.name)
      .slice(0, 8)
      .map((w) => w.word),
    tiedTo,
    copy: mark && { kind: mark.kind, source: sourceName(mark), originalUrl: mark.originalUrl },
  };
}
