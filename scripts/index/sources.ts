/**
 * What `npm run index -- build --sources S` reads: the catalog (optionally filtered by country or
 * language), an OPML file, or a text file of feed URLs, one a line, where a line may also name
 * the outlet id (`https://example.org/rss example-outlet`). Node-only: it reads files.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Catalog, Outlet } from '../../utils/model';
import { createOutletLookup } from '../../utils/sources/catalog';

/** One feed to read, with the outlet its articles belong to. */
export interface FeedSource {
  url: string;
  outletId: string;
  /** The outlet's language, which guides the story engine's stop words and stems. */
  lang?: string;
}

export interface SourceFilter {
  countries?: string[];
  languages?: string[];
}

const BUNDLED_CATALOG = new URL('../../public/catalog.json', import.meta.url);

const isFeedUrl = (s: string) => /^https?:\/\/\S+$/i.test(s);

/** Outlet ids from the catalog when it knows the feed or its domain, else from the host name. */
function outletFinder(catalog: Catalog) {
  const byFeed = new Map(catalog.outlets.flatMap((o) => o.feeds.map((f) => [f, o] as const)));
  const lookup = createOutletLookup(catalog.outlets);
  return (url: string, id?: string): FeedSource => {
    const outlet: Outlet | undefined = (id ? catalog.outlets.find((o) => o.id === id) : undefined) ?? byFeed.get(url) ?? lookup.byUrl(url);
    const host = new URL(url).hostname.replace(/^www\./, '');
    const outletId = id ?? outlet?.id ?? host.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    return { url, outletId, ...(outlet?.language ? { lang: outlet.language } : {}) };
  };
}

/** The catalog's feeds, of the chosen countries and languages (all when none chosen). */
export function catalogSources(catalog: Catalog, filter: SourceFilter = {}): FeedSource[] {
  const countries = filter.countries?.map((c) => c.toUpperCase());
  const languages = filter.languages?.map((l) => l.toLowerCase());
  return catalog.outlets
    .filter((o) => (!countries?.length || countries.includes(o.country)) && (!languages?.length || languages.includes(o.language)))
    .flatMap((o) => o.feeds.map((url) => ({ url, outletId: o.id, lang: o.language })));
}

/** Every `xmlUrl` of an OPML outline, in document order. */
export function opmlSources(text: string, catalog: Catalog): FeedSource[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true }).parse(text) as Record<string, unknown>;
  const urls: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const r = node as Record<string, unknown>;
    if (typeof r['@_xmlUrl'] === 'string' && isFeedUrl(r['@_xmlUrl'].trim())) urls.push(r['@_xmlUrl'].trim());
    walk(r.outline);
  };
  const opml = doc.opml as Record<string, unknown> | undefined;
  if (!opml) throw new Error('The file is not OPML (it has no <opml> element).');
  walk((opml.body as Record<string, unknown> | undefined)?.outline);
  const find = outletFinder(catalog);
  return urls.map((url) => find(url));
}

/** Feed URLs one a line; `#` starts a comment; another word on the line is the outlet id. */
export function textSources(text: string, catalog: Catalog): FeedSource[] {
  const find = outletFinder(catalog);
  return text.split(/\r?\n/).flatMap((raw, i) => {
    const words = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const url = words.find(isFeedUrl);
    const id = words.find((w) => w !== url);
    if (!url || words.length > 2) throw new Error(`Line ${i + 1} should be a feed URL, optionally with an outlet id: "${raw.trim()}"`);
    if (id !== undefined && !/^[a-z0-9][a-z0-9-]{0,99}$/.test(id))
      throw new Error(`Line ${i + 1}: "${id}" is not an outlet id (lower-case letters, digits and dashes).`);
    return [find(url, id)];
  });
}

/** `catalog`, a catalog JSON file, an OPML file or a text file: decided by the name and content. */
export function readSources(spec: string, filter: SourceFilter = {}, catalogFile: URL | string = BUNDLED_CATALOG): FeedSource[] {
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as Catalog;
  if (spec === 'catalog') return catalogSources(catalog, filter);
  const text = readFileSync(spec, 'utf8');
  const head = text.trimStart().slice(0, 200);
  if (head.startsWith('{')) return catalogSources(JSON.parse(text) as Catalog, filter);
  const sources = /<opml[\s>]/i.test(head) || spec.toLowerCase().endsWith('.opml') ? opmlSources(text, catalog) : textSources(text, catalog);
  if (sources.length === 0) throw new Error(`${spec} names no feed.`);
  return sources;
}
