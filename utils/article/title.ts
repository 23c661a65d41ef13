/**
 * Titles come without the site's name: `"Story - ABC News"`, `"The Guardian | Story"` and
 * `"Story :: Site"` all give `"Story"`. A segment is only dropped when it names the site (its
 * `og:site_name`, JSON-LD publisher or host), so a headline with a dash in it keeps its dash.
 */
import { cleanText, looseKey } from './text';

/** Separators a CMS puts between headline and site name; they need spaces around them. */
const SEPARATOR = /\s+(?:[|\-–—·•»~/:]|::|\|\|)\s+|\s*[|｜_]\s*|\s*[：]\s*/;
/** A trailing `[Site]`, `【Site】` or `（Site）`. */
const BRACKETED = /\s*[[【(（]([^\]】)）]{1,60})[\]】)）]$/;

/** What the title says besides the headline. */
export interface CleanTitle {
  title: string;
  /** The dropped segment, when it named the site: a site name the page gives nowhere else. */
  site?: string;
}

/** True when `segment` names the site: equal to, or part of, its name or host. */
function namesSite(segment: string, siteKeys: string[]): boolean {
  const key = looseKey(segment);
  if (key.length < 2) return false;
  // Containment only for segments long enough not to match by accident (`US` in `usatoday`).
  return siteKeys.some(
    (site) => site === key || (key.length >= 4 && site.length >= 4 && (site.includes(key) || key.includes(site))),
  );
}

/** Host labels worth comparing with: `www.nytimes.com` -> `nytimes`. */
function hostKeys(host: string): string[] {
  const labels = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  return labels.length > 1 ? [labels[labels.length - 2], labels.slice(0, -1).join('')] : labels;
}

/**
 * Cleans `raw` and drops a leading or trailing segment that names the site.
 * `siteNames` are the names the page gives itself; `host` the page's host.
 */
export function cleanTitle(raw: string | undefined, siteNames: (string | undefined)[], host: string): CleanTitle | undefined {
  const text = cleanText(raw);
  if (!text) return undefined;
  const keys = [...siteNames.filter((s): s is string => !!s).map(looseKey), ...hostKeys(host)];
  const bracket = BRACKETED.exec(text);
  if (bracket && bracket.index > 0 && namesSite(bracket[1], keys)) {
    return { title: text.slice(0, bracket.index), site: bracket[1].trim() };
  }
  const parts = text.split(new RegExp(`(${SEPARATOR.source})`));
  if (parts.length < 3) return { title: text };
  // parts alternates segment, separator, segment...; try the last segment, then the first.
  const last = parts[parts.length - 1];
  if (namesSite(last, keys)) {
    const title = parts.slice(0, -2).join('').trim();
    if (title) return { title: dropSection(title, keys, parts[parts.length - 2]), site: last.trim() };
  }
  const first = parts[0];
  if (namesSite(first, keys)) {
    const title = parts.slice(2).join('').trim();
    if (title) return { title, site: first.trim() };
  }
  return { title: text };
}

/**
 * After a site suffix, a section suffix: `Story | World news | The Guardian`. Only a short
 * segment (two words at most) behind the same separator, after a headline of four words or more,
 * so a headline with a dash in it keeps its dash.
 */
function dropSection(title: string, keys: string[], separator: string): string {
  const parts = title.split(new RegExp(`(${SEPARATOR.source})`));
  if (parts.length < 3) return title;
  const last = parts[parts.length - 1].trim();
  const rest = parts.slice(0, -2).join('').trim();
  const sameSeparator = parts[parts.length - 2].trim() === separator.trim();
  const short = last.split(/\s+/).length <= 2 && rest.split(/\s+/).length >= 4;
  return namesSite(last, keys) || (sameSeparator && short) ? rest : title;
}

/** Character-bigram (Dice) similarity of two strings, letters and digits only: works for CJK too. */
export function similarity(a: string, b: string): number {
  const x = looseKey(a);
  const y = looseKey(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) grams.set(x.slice(i, i + 2), (grams.get(x.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) [shared] = [shared + 1, grams.set(g, n - 1)];
  }
  return (2 * shared) / (x.length + y.length - 2);
}

/** Where a title can come from, by kind. */
export interface TitleSources {
  /** JSON-LD `headline`: the publisher's own structured claim. */
  jsonLd?: string;
  /** OpenGraph, Twitter, Parse.ly, Dublin Core and microdata titles, most trusted first. */
  metas: (string | undefined)[];
  /** Texts of the page's `<h1>`s, the article's first. */
  headings: string[];
  /** The document `<title>`. */
  documentTitle?: string;
}

/** How alike a heading and a metadata title must be for the heading to count as the headline. */
const HEADING_MATCH = 0.6;

/**
 * Picks the headline: JSON-LD first; else the visible `<h1>` when the metadata confirms it
 * (logos, section names and "most read" boxes are `<h1>`s too, and never match the metadata);
 * else the metadata title; else the document title; else the first `<h1>`.
 */
export function pickTitle(s: TitleSources, siteNames: (string | undefined)[], host: string): CleanTitle | undefined {
  const clean = (raw: string | undefined) => cleanTitle(raw, siteNames, host);
  const ld = clean(s.jsonLd);
  const metas = s.metas.map(clean).filter((m): m is CleanTitle => !!m);
  const doc = clean(s.documentTitle);
  const site = [ld, ...metas, doc].find((c) => c?.site)?.site;
  if (ld) return { title: ld.title, site };
  const refs = [...metas, ...(doc ? [doc] : [])].map((r) => r.title);
  const headings = s.headings.map(clean).filter((h): h is CleanTitle => !!h);
  const confirmed = headings.find((h) => refs.some((r) => similarity(h.title, r) >= HEADING_MATCH));
  const best = confirmed ?? metas[0] ?? doc ?? headings[0];
  return best && { title: best.title, site };
}
