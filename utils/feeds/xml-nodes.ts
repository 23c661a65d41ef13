/**
 * Accessors for the objects fast-xml-parser builds, where one element can be a string, an
 * object with "#text" and "@_" attributes, or an array of either, depending on the feed.
 */

/** One parsed XML node: text, attributes and children keyed by (prefixed) tag name. */
export type XmlNode = Record<string, unknown>;

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a list (a repeated element is an array, a single one is not). */
export function all(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first occurrence of a possibly repeated element. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** The text of an element (its "#text" when it also has attributes); undefined when empty. */
export function text(value: unknown): string | undefined {
  const node = first(value);
  let result: unknown = node;
  if (isNode(node)) result = node['#text'];
  if (typeof result === 'number' || typeof result === 'boolean') return String(result);
  if (typeof result !== 'string') return undefined;
  return result.trim() === '' ? undefined : result;
}

/** An attribute of an element (attributes are parsed with the "@_" prefix). */
export function attr(value: unknown, name: string): string | undefined {
  const node = first(value);
  if (!isNode(node)) return undefined;
  const result = node[`@_${name}`];
  return typeof result === 'string' ? result : undefined;
}

/** The first child, among `names`, whose text is not empty. */
export function firstText(node: XmlNode, names: string[]): string | undefined {
  for (const name of names) {
    const value = text(node[name]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Children in the Atom namespace inside an RSS item, whatever prefix the feed bound it to
 * ("atom:", "a10:"...): keys are "prefix:local", so the local name is what we match.
 */
export function prefixedChildren(node: XmlNode, prefixes: string[], local: string): unknown[] {
  return prefixes.flatMap((prefix) => all(node[`${prefix}:${local}`]));
}

/** The namespace prefixes an element binds to `uri` (xmlns:prefix="uri"). */
export function prefixesFor(node: XmlNode, uri: string): string[] {
  const prefixes: string[] = [];
  for (const key of Object.keys(node)) {
    if (key.startsWith('@_xmlns:') && node[key] === uri) prefixes.push(key.slice('@_xmlns:'.length));
  }
  return prefixes;
}
