/**
 * Wire copies among a set of articles (one story's, or a whole file's). Articles whose headline
 * or lead is the same text are one family; a family, or an article alone that names a wire in
 * its byline or dateline, is traced to its source: the wire whose own article is in the family,
 * else the wire the members name, else the family's earliest outlet. Every other outlet in it
 * carried that report: a `copy` when it kept the source's headline, `based` when it kept the
 * lead under a headline of its own.
 */
import { attributedWire, wireInUrl } from './attribution';
import { headlineKey, leadKey } from './fingerprint';
import { wireById, type Wire } from './wires';

/** What detection reads of an article (an IndexedArticle fits). */
export interface CopyInput {
  url: string;
  outletId: string;
  title: string;
  description?: string;
  /** Byline or feed author, when known. */
  author?: string;
  /** Epoch ms. */
  published: number;
}

type CopyKind = 'original' | 'copy' | 'based';

/** How one article relates to a report others carried. */
export interface CopyMark {
  kind: CopyKind;
  /** Id of the family it belongs to: the source article's URL. */
  group: string;
  /** The wire whose report it is; undefined when the source is an ordinary outlet. */
  wire?: Wire;
  /** The outlet whose report it is (the wire's outlet id, or the earliest outlet). */
  sourceOutletId: string;
  /** The source's own article, when it is among the articles. */
  originalUrl?: string;
}

export interface CopyGroup {
  id: string;
  wire?: Wire;
  sourceOutletId: string;
  originalUrl?: string;
  copies: string[];
  based: string[];
}

export interface DetectOptions {
  /** The wire an outlet is, if any. Default: the wire whose id is the outlet id, or whose site hosts the URL. */
  wireOf?: (article: CopyInput) => Wire | undefined;
}

function defaultWireOf(a: CopyInput): Wire | undefined {
  const inUrl = wireById(a.outletId) ? undefined : wireInUrl(a.url);
  return wireById(a.outletId) ?? (inUrl?.own ? inUrl.wire : undefined);
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/** Copy marks by URL (articles that are no one's copy and no one's source get none), and the groups. */
export function detectCopies(articles: readonly CopyInput[], options: DetectOptions = {}): { marks: Map<string, CopyMark>; groups: CopyGroup[] } {
  const wireOf = options.wireOf ?? defaultWireOf;
  const n = articles.length;
  const own = articles.map(wireOf);
  const named = articles.map((a, i) => (own[i] ? undefined : attributedWire(a)));
  const hk = articles.map((a) => headlineKey(a.title));
  const parent = new Int32Array(n).map((_, i) => i);
  const firstOf = new Map<string, number>();
  const join = (key: string | undefined, i: number) => {
    if (!key) return;
    const j = firstOf.get(key);
    if (j === undefined) firstOf.set(key, i);
    else parent[find(parent, i)] = find(parent, j);
  };
  for (let i = 0; i < n; i++) {
    const lead = leadKey(articles[i].description);
    // A headline of 5+ words never equals a lead of 10+, so one map holds both kinds of key.
    join(hk[i], i);
    join(lead, i);
  }
  // Only families of two or more, or an article alone that names a wire, can hold a copy.
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[find(parent, i)]++;
  const families = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    if (size[root] < 2 && !named[i]) continue;
    const list = families.get(root);
    if (list) list.push(i);
    else families.set(root, [i]);
  }

  const marks = new Map<string, CopyMark>();
  const groups = new Map<string, CopyGroup>();
  const byTime = (x: number, y: number) => articles[x].published - articles[y].published || (articles[x].url < articles[y].url ? -1 : 1);

  for (const members of families.values()) {
    members.sort(byTime);
    const outlets = new Set(members.map((i) => articles[i].outletId));
    const namedWire = mostCommon(members.map((i) => named[i]));
    if (outlets.size < 2 && !namedWire) continue;
    const wire = members.map((i) => own[i]).find(Boolean) ?? namedWire;
    // The source's own article, when the family holds it. A wire named by a byline whose own
    // article shares no text with the carrier: another report of that wire, its original unknown.
    const source = wire ? members.find((i) => own[i] === wire) : members[0];
    const sourceOutletId = source !== undefined ? articles[source].outletId : wire!.id;
    const reference = source !== undefined ? hk[source] : mostCommon(members.map((i) => hk[i]));
    const id = source !== undefined ? articles[source].url : articles[members[0]].url;
    const group: CopyGroup = groups.get(id) ?? {
      id: source !== undefined ? articles[source].url : articles[members[0]].url,
      wire,
      sourceOutletId,
      originalUrl: source !== undefined ? articles[source].url : undefined,
      copies: [],
      based: [],
    };
    for (const i of members) {
      const a = articles[i];
      if (a.outletId === sourceOutletId || (wire && own[i] === wire)) continue;
      // Same headline as the source (or, without it, as most of the family): verbatim. Same lead under another headline: a rewrite.
      const kind: CopyKind = hk[i] === reference || (members.length === 1 && source === undefined) ? 'copy' : 'based';
      (kind === 'copy' ? group.copies : group.based).push(a.url);
      marks.set(a.url, { kind, group: group.id, wire, sourceOutletId, originalUrl: group.originalUrl });
    }
    if (group.copies.length + group.based.length === 0) continue;
    if (source !== undefined) marks.set(articles[source].url, { kind: 'original', group: group.id, wire, sourceOutletId, originalUrl: group.originalUrl });
    groups.set(id, group);
  }
  return { marks, groups: [...groups.values()] };
}

function mostCommon<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const v of values) {
    if (v === undefined) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (best === undefined || c > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}
