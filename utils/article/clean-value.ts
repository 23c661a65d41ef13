/**
 * Text clean-up shared by every metadata source. Values are only ever handled as strings:
 * nothing here (or anywhere in utils/article) assigns markup to a DOM node, so a title such as
 * `<img src=x onerror=alert(1)>` comes back as those characters and is never interpreted.
 */

/** Longest value we keep; metadata longer than this is junk or an attack. */
export const MAX_TEXT = 2000;

/** Named references met in metadata, each name followed by its one character. */
const NAMED = new Map(
  [
    ...'amp&lt<gt>quot"apos\'nbsp hellip…mdash—ndash–rsquo’lsquo‘rdquo”ldquo“laquo«raquo»middot·bull•copy©reg®trade™szligßeuro€pound£'.matchAll(/([a-z]+)(.)/g),
  ].map((m) => [m[1], m[2]]),
);
/** `eacute`, `Ouml`, `ccedil`...: the letter with a combining mark, composed. */
const MARKS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327' };

function fromName(name: string, raw: string): string {
  const accented = (name[0] + (MARKS[name.slice(1)] ?? '?')).normalize();
  return NAMED.get(name.toLowerCase()) ?? (accented.length === 1 ? accented : raw);
}

function fromCodePoint(code: number, raw: string): string {
  // U+0000 becomes the replacement character, as in HTML; a surrogate or beyond Unicode stays as written.
  return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? raw : String.fromCodePoint(code || 0xfffd);
}

/**
 * Decodes character references left in metadata. The DOM already decodes attributes and text,
 * but JSON-LD and some CMSs double-encode (`&amp;#8217;`), so we decode at most twice.
 */
export function decodeEntities(s: string): string {
  let out = s;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|([a-z]{2,8}));/gi, (raw, hex?: string, dec?: string, name?: string) =>
      name ? fromName(name, raw) : fromCodePoint(hex ? parseInt(hex, 16) : Number(dec), raw),
    );
  }
  return out;
}

/** Entities decoded, whitespace (including no-break spaces) folded, ends trimmed, length capped. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).slice(0, MAX_TEXT * 2);
  const text = decodeEntities(s)
    .replace(/[\u0000-\u001f\u007f\u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
  return text || undefined;
}

/** Letters and digits only, lower-cased: for comparing a title segment with a site name. */
export function looseKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
