/**
 * Atom 1.0 (and the Atom 0.3 names still seen in old feeds) to a RawFeed. Also home of the
 * link-choosing rule, which RSS feeds need for their atom:link elements.
 */
import type { RawFeed, RawItem } from './types';
import { all, attr, firstText, isNode, text, type XmlNode } from './xml-nodes';

/** Atom's namespace URI, for finding the prefix an RSS feed bound it to. */
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** Link relations that point at the story itself (absent rel means alternate). */
function isAlternate(link: unknown): boolean {
  const rel = (attr(link, 'rel') ?? 'alternate').trim().toLowerCase();
  return rel === 'alternate' || rel === 'http://www.iana.org/assignments/relation/alternate';
}

/**
 * The story's link among Atom link elements: the first alternate link to an HTML page, else
 * the first alternate link of any type. Self, enclosure, replies and edit links never qualify.
 */
export function alternateLink(links: unknown[]): string | undefined {
  let fallback: string | undefined;
  for (const link of links) {
    const href = attr(link, 'href')?.trim();
    if (!href || !isAlternate(link)) continue;
    const type = attr(link, 'type')?.toLowerCase();
    if (!type || type.includes('html')) return href;
    fallback ??= href;
  }
  return fallback;
}

function readEntry(entry: XmlNode, p: string): RawItem {
  return {
    title: text(entry[`${p}title`]),
    link: alternateLink(all(entry[`${p}link`])),
    guid: text(entry[`${p}id`]),
    // An Atom id is often the permalink; it is only used when it is an absolute http(s) URL.
    guidIsPermaLink: true,
    date: firstText(entry, [`${p}published`, `${p}updated`, `${p}issued`, `${p}modified`, `${p}created`]),
    description: firstText(entry, [`${p}summary`, `${p}content`]),
    base: attr(entry, 'xml:base'),
    author: all(entry[`${p}author`])
      .filter(isNode)
      .map((a) => text(a[`${p}name`]))
      .find(Boolean),
  };
}

/**
 * Reads an Atom <feed> element. `prefix` is "" for the usual default namespace, or "atom:"
 * when the whole feed is written with a prefix.
 */
export function readAtom(feed: XmlNode, prefix: string): RawFeed {
  return {
    title: text(feed[`${prefix}title`]),
    link: alternateLink(all(feed[`${prefix}link`])),
    base: attr(feed, 'xml:base'),
    items: all(feed[`${prefix}entry`])
      .filter(isNode)
      .map((entry) => readEntry(entry, prefix)),
  };
}
