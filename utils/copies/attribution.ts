/**
 * Where an article says it comes from a wire: its byline or author field ("By Reuters Staff",
 * "Associated Press"), the dateline that opens its lead ("NEW YORK (Reuters) -",
 * "Berlin (dpa) -"), or a URL on the wire's own site or in a wire's section ("/reuters/...").
 */
import { BRACKET_ONLY, WIRES, wireOfHost, type Wire } from './wires';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALL_NAMES = WIRES.flatMap((w) => w.names.map((name) => ({ name, wire: w }))).sort((a, b) => b.name.length - a.name.length);
const NAME_OF = new Map(ALL_NAMES.map(({ name, wire }) => [name, wire]));

const NAMES = ALL_NAMES.map((n) => escapeRe(n.name)).join('|');
/** "(Reuters) -", "(AP) —", "(dpa) -", "(UPI) --", "(EFE).-", "(PTI)": a wire in brackets near the start of a lead. */
const DATELINE = new RegExp(`\\((${NAMES})\\)`);
/** The dateline prefix to drop before comparing leads: up to its dash. */
const DATELINE_PREFIX = new RegExp(`^[^()]{0,80}\\((?:${NAMES})\\)\\.?\\s*[-–—:]*\\s*`);
const URL_PARTS = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?([^?#]*)/i;
const SECTIONS = new Map(WIRES.flatMap((w) => [w.id, ...w.names].map((n) => [n.toLowerCase().replace(/\s+/g, '-'), w] as const)));
/** Long names are safe anywhere in a byline; short ones only as the whole byline or one of its names. */
const LONG = ALL_NAMES.filter((n) => !BRACKET_ONLY.has(n.name));
const BYLINE_LONG = new RegExp(`(?:^|[^\\p{L}])(${LONG.map((n) => escapeRe(n.name)).join('|')})(?![\\p{L}])`, 'u');

/** The wire a byline or author field names, if any. */
export function wireInByline(byline: string | undefined): Wire | undefined {
  if (!byline) return undefined;
  const text = byline.replace(/^\s*by\s+/i, '').trim();
  const long = BYLINE_LONG.exec(text);
  if (long) return NAME_OF.get(long[1]);
  for (const part of text.split(/\s*(?:[,;/|&]|\band\b|\s[-–—]\s)\s*/)) {
    const wire = NAME_OF.get(part.trim());
    if (wire) return wire;
  }
  return undefined;
}

/** The wire a lead's dateline names, read in its first 120 characters. */
export function wireInDateline(lead: string | undefined): Wire | undefined {
  // Most leads have no bracket near the start: skip the pattern of every wire's name for them.
  const open = lead?.indexOf('(') ?? -1;
  if (!lead || open < 0 || open > 100) return undefined;
  const m = DATELINE.exec(lead.slice(0, 120));
  return m ? NAME_OF.get(m[1]) : undefined;
}

/** A lead without its wire dateline: "NEW YORK (Reuters) - U.S. ..." -> "U.S. ...". */
export function stripDateline(lead: string): string {
  const open = lead.indexOf('(');
  return open < 0 || open > 80 ? lead : lead.replace(DATELINE_PREFIX, '');
}

/** The wire a URL points at: the wire's own site, or a path section named after it. */
export function wireInUrl(url: string | undefined): { wire: Wire; own: boolean } | undefined {
  // A pattern, not `new URL`: this runs for every article, and a URL parse costs more than the rest.
  const m = url ? URL_PARTS.exec(url) : null;
  if (!m) return undefined;
  const own = wireOfHost(m[1]);
  if (own) return { wire: own, own: true };
  // A whole path section named after a wire ("/ap/business/...", "/news/afp/...", "/thomson-reuters/"): where sites file wire copy.
  for (const segment of m[2].toLowerCase().split('/')) {
    const wire = SECTIONS.get(segment);
    if (wire) return { wire, own: false };
  }
  return undefined;
}

/** Everything an article says of a wire, strongest first: byline, dateline, then a URL section. */
export function attributedWire(a: { url?: string; description?: string; author?: string }): Wire | undefined {
  const inUrl = wireInUrl(a.url);
  return wireInByline(a.author) ?? wireInDateline(a.description) ?? (inUrl && !inUrl.own ? inUrl.wire : undefined);
}
