/**
 * Titles come without the site's name: `"Story - ABC News"`, `"The Guardian | Story"` and
 * `"Story :: Site"` all give `"Story"`. A segment is only dropped when it names the site (its
 * `og:site_name`, JSON-LD publisher or host), so a headline with a dash in it keeps its dash.
 */
import { cleanText, looseKey } from './clean-value';

/** Separators a CMS puts between headline and site name; they need spaces around them. */
const SEPARATOR = /\s+(?:[|\-–—·•»~/:]|::|\|\|)\s+|\s*[|｜_]\s*|\s*[：]\s*/;
/** A trailing `[Site]`, `【Site】` or `（Site）`. */
const BRACKETED = /\s*[[【(（]([^\]】)）]{1,60})[\]】)）]$/;

/** What the title says besides the headline. */
interface CleanTitle {
  title: string;
  /** The dropped segment, when it named the site: a site name the page gives nowhere else. */
  site?: string;
}

/** True when `segment` names the site: equal to, or part of, its name or host. */
function namesSite(segment: string, siteKeys: string[]): boolean {
  const key = looseKey(segment);
  if (key.length < 2) return false;
  // Containment only for segments long enough not to match by accident (`US` in `usatoday`).
  return siteKeys.some((site) => site === key || (key.length >= 4 && site.length >= 4 && (site.includes(key) || key.includes(site))));
}

/** Host labels worth comparing with: `www.nytimes.com` -> `nytimes`. */
function hostKeys(host: string): string[] {
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  return labels.length > 1 ? [labels[labels.length - 2], labels.slice(0, -1).join('')] : labels;
}

/**
 * Cleans `raw` and drops a leading or trailing segment that names the site.
 * `siteNames` are the names the page gives itself; `host` the page's host.
 */
function cleanTitle(raw: string | undefined, siteNames: (string | undefined)[], host: string): CleanTitle | undefined {
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
  for (const at of [parts.length - 1, 0]) {
    const title = (at ? parts.slice(0, -2) : parts.slice(2)).join('').trim();
    if (title && namesSite(parts[at], keys)) {
      return { title: at ? dropSection(title, keys, parts[at - 1]) : title, site: parts[at].trim() };
    }
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
function similarity(a: string, b: string): number {
  const x = looseKey(a);
  const y = looseKey(b);
  if (x === y) return 1;
  const grams = new Map<string, number>();
  for (let i = 2; i <= x.length; i++) grams.set(x.slice(i - 2, i), (grams.get(x.slice(i - 2, i)) ?? 0) + 1);
  let shared = 0;
  for (let i = 2; i <= y.length; i++) {
    const gram = y.slice(i - 2, i);
    const n = grams.get(gram);
    if (n) {
      grams.set(gram, n - 1);
      shared++;
    }
  }
  return (2 * shared) / Math.max(1, x.length + y.length - 2);
}

/** Where a title can come from, by kind. */
export interface TitleSources {
  /** JSON-LD `headline`: the publisher's own structured claim. */
  jsonLd?: string;
  /** The microdata `headline`: a structured claim too, but teaser lists carry it as well. */
  microdata?: string;
  /** OpenGraph, Twitter, then Parse.ly, Sailthru or Dublin Core titles, most trusted first. */
  metas: (string | undefined)[];
  /** Texts of the elements that may be the visible headline, most likely first. */
  headings: string[];
  /** The document `<title>`. */
  documentTitle?: string;
}

/** The chosen title, and which heading is the visible headline. */
export interface PickedTitle extends CleanTitle {
  /** Index in `headings` of the first heading another source confirms, or -1. */
  heading: number;
}

/** How alike two titles must be for one to confirm the other. */
const CONFIRMS = 0.6;

/**
 * Picks the headline; each rule, in order:
 * 1. JSON-LD `headline`: the publisher states there which text is the headline.
 * 2. The microdata `headline`, when a metadata title confirms it: as structured, but a lone
 *    teaser's microdata must not win, so it needs a second source.
 * 3. The first heading a metadata title confirms: logos, section names and "most read" boxes are
 *    headings too, and never match the metadata.
 * 4. The metadata titles in order of trust, then the document title, then the first heading.
 */
export function pickTitle(s: TitleSources, siteNames: (string | undefined)[], host: string): PickedTitle | undefined {
  const clean = (raw: string | undefined) => cleanTitle(raw, siteNames, host);
  const ld = clean(s.jsonLd);
  const micro = clean(s.microdata);
  const metas = [...s.metas.map(clean), micro, clean(s.documentTitle)].filter((m): m is CleanTitle => !!m);
  const confirmed = (c: CleanTitle | undefined, by: (CleanTitle | undefined)[]) =>
    !!c && by.some((r) => r && r !== c && similarity(c.title, r.title) >= CONFIRMS);
  const headings = s.headings.map(clean);
  const heading = headings.findIndex((h) => confirmed(h, [ld, ...metas]));
  const best = ld ?? (confirmed(micro, metas) ? micro : undefined) ?? headings[heading] ?? metas[0] ?? headings.find((h) => h);
  const site = [ld, ...metas].find((c) => c?.site)?.site;
  return best && { title: best.title, site, heading };
}
