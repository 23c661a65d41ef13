/**
 * Where an article says it comes from a wire: its byline or author field ("By Reuters Staff",
 * "Associated Press"), the dateline that opens its lead ("NEW YORK (Reuters) -",
 * "Berlin (dpa) -"), or a URL on the wire's own site or in a wire's section ("/reuters/...").
 */
import { BRACKET_ONLY, WIRES, wireOfHost, type Wire } from './wires';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALL_NAMES = WIRES.flatMap((w) => w.names.map((name) => ({ name, wire: w }))).sort((a, b) => b.name.length - a.name.length);
const NAME_OF = new Map(ALL_NAMES.map(({ name, wire }) => [name, wire]));

/** "(Reuters) -", "(AP) —", "(dpa) -", "(UPI) --", "(PTI)" near the start of a lead. */
const DATELINE = new RegExp(`\\((${ALL_NAMES.map((n) => escape(n.name)).join('|')})\\)(?:\\s*(?:[-–—:]+|$))`);
/** The dateline prefix to drop before comparing leads: up to its dash. */
const DATELINE_PREFIX = new RegExp(`^[^()]{0,80}\\((?:${ALL_NAMES.map((n) => escape(n.name)).join('|')})\\)\\s*[-–—:]*\\s*`);
/** Long names are safe anywhere in a byline; short ones only as the whole byline or one of its names. */
const LONG = ALL_NAMES.filter((n) => !BRACKET_ONLY.has(n.name));
const BYLINE_LONG = new RegExp(`(?:^|[^\\p{L}])(${LONG.map((n) => escape(n.name)).join('|')})(?![\\p{L}])`, 'u');

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
  if (!lead) return undefined;
  const m = DATELINE.exec(lead.slice(0, 120));
  return m ? NAME_OF.get(m[1]) : undefined;
}

/** A lead without its wire dateline: "NEW YORK (Reuters) - U.S. ..." -> "U.S. ...". */
export function stripDateline(lead: string): string {
  return lead.replace(DATELINE_PREFIX, '');
}

/** The wire a URL points at: the wire's own site, or a path section named after it. */
export function wireInUrl(url: string | undefined): { wire: Wire; own: boolean } | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const own = wireOfHost(parsed.hostname);
  if (own) return { wire: own, own: true };
  for (const segment of parsed.pathname.toLowerCase().split('/')) {
    const wire = WIRES.find((w) => w.id === segment || w.name.toLowerCase() === segment);
    if (wire && segment.length >= 3) return { wire, own: false };
  }
  return undefined;
}

/** Everything an article says of a wire, strongest first: byline, dateline, then a URL section. */
export function attributedWire(a: { url?: string; description?: string; author?: string }): Wire | undefined {
  const inUrl = wireInUrl(a.url);
  return wireInByline(a.author) ?? wireInDateline(a.description) ?? (inUrl && !inUrl.own ? inUrl.wire : undefined);
}
