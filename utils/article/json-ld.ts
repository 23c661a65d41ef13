/**
 * Reads schema.org JSON-LD blocks defensively: several blocks, `@graph`s, arrays and
 * `mainEntity` wrappers are walked; malformed blocks are skipped; oversized ones are not parsed.
 */

/** Blocks larger than this are skipped unparsed: no real page's metadata needs more. */
export const MAX_JSON_LD_CHARS = 256 * 1024;
const MAX_BLOCKS = 24;
const MAX_NODES = 400;
const MAX_DEPTH = 6;

type JsonNode = Record<string, unknown>;

/** What the JSON-LD of a page says, reduced to what the extractor reads. */
export interface JsonLdFacts {
  /** The best article-typed node, if any. */
  article?: JsonNode;
  /** Every `@type` seen (prefixes stripped), in document order. */
  types: string[];
  /** Nodes by `@id`, to resolve references such as `"publisher": {"@id": "#org"}`. */
  byId: Map<string, JsonNode>;
  /** Name of a WebSite or news-media Organization node, for the site name. */
  siteName?: string;
}

/** News kinds of article (`NewsArticle` and its `*NewsArticle` subtypes, live blogs): they beat the generic ones. */
const NEWS_TYPE = /^(?:\w*NewsArticle|LiveBlogPosting)$/;
/** Every type we take as an article. */
export const ARTICLE_TYPE = /^(?:\w*NewsArticle|LiveBlogPosting|Article|BlogPosting|Report|SatiricalArticle|TechArticle|AdvertiserContentArticle)$/;

/** `@type` as a list of bare names: `"http://schema.org/NewsArticle"` -> `NewsArticle`. */
function typesOf(node: JsonNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function parseBlock(text: string): unknown {
  // Some CMSs wrap the JSON in comment or CDATA markers, bare or inside /* */.
  const body = text
    .trim()
    .replace(/^(?:\/\*\s*)?(?:<!--|<!\[CDATA\[)(?:\s*\*\/)?/, '')
    .replace(/(?:\/\*\s*)?(?:-->|\]\]>)(?:\s*\*\/)?$/, '');
  try {
    return JSON.parse(body);
  } catch {
    // CMSs often emit raw newlines inside strings and trailing commas; one cheap repair, then give up.
    try {
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function walk(value: unknown, depth: number, out: JsonNode[]): void {
  if (out.length >= MAX_NODES || depth > MAX_DEPTH || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_NODES)) walk(item, depth + 1, out);
    return;
  }
  const node = value as JsonNode;
  out.push(node);
  walk(node['@graph'], depth + 1, out);
  walk(node.mainEntity, depth + 1, out);
}

function rank(node: JsonNode): number {
  const types = typesOf(node);
  let score = types.some((t) => NEWS_TYPE.test(t)) ? 4 : 2;
  if (typeof node.headline === 'string' || typeof node.name === 'string') score += 1;
  if (node.datePublished) score += 1;
  return score;
}

/** The text of every JSON-LD script of `doc`, within the size and count caps. */
function blocksOf(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type*="ld+json" i]')]
    .slice(0, MAX_BLOCKS)
    .map((script) => script.textContent ?? '')
    .filter((text) => text.length <= MAX_JSON_LD_CHARS);
}

/** Collects the JSON-LD facts of `doc`. Never throws on bad JSON. */
export function readJsonLd(doc: Document): JsonLdFacts {
  const nodes: JsonNode[] = [];
  for (const text of blocksOf(doc)) walk(parseBlock(text), 0, nodes);
  const facts: JsonLdFacts = { types: [], byId: new Map() };
  let best = 0;
  for (const node of nodes) {
    const types = typesOf(node);
    facts.types.push(...types);
    if (typeof node['@id'] === 'string') facts.byId.set(node['@id'], node);
    if (types.some((t) => ARTICLE_TYPE.test(t))) {
      const score = rank(node);
      if (score > best) [facts.article, best] = [node, score];
    }
    if (!facts.siteName && types.some((t) => t === 'WebSite' || t === 'NewsMediaOrganization')) {
      if (typeof node.name === 'string') facts.siteName = node.name;
    }
  }
  return facts;
}

/** Follows an `{"@id": ...}` reference to its node, when the page defines it. */
export function resolve(value: unknown, facts: JsonLdFacts): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as JsonNode)['@id'];
    if (typeof id === 'string' && Object.keys(value).length === 1) return facts.byId.get(id) ?? value;
  }
  return value;
}

/** A plain string out of a JSON-LD value: a string, `{"@value"}`, `{name}`, `{url}` or the first of a list. */
export function jsonString(value: unknown, key: 'name' | 'url' = 'name'): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? jsonString(value[0], key) : undefined;
  if (value && typeof value === 'object') {
    const node = value as JsonNode;
    const inner = node['@value'] ?? node[key] ?? (key === 'url' ? node['@id'] : undefined);
    return typeof inner === 'string' ? inner : undefined;
  }
  return undefined;
}
