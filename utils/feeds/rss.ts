/**
 * RSS 0.9x, 2.0 and 1.0 (RDF) to a RawFeed. The three differ in where items sit (inside the
 * channel, or beside it in RDF) but their items share element names, so one reader serves all.
 */
import { ATOM_NAMESPACE, alternateLink } from './atom';
import type { RawFeed, RawItem } from './types';
import { all, attr, first, firstText, isNode, prefixedChildren, prefixesFor, text, type XmlNode } from './xml-nodes';

/** Elements holding the item's date, best first (Dublin Core for RDF feeds). */
const DATE_ELEMENTS = ['pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'dcterms:modified'];
/** Elements holding a summary, shortest first: the summary is what we keep. */
const SUMMARY_ELEMENTS = ['description', 'dc:description', 'content:encoded', 'media:description', 'itunes:summary'];

function itemLink(item: XmlNode, atomPrefixes: string[]): string | undefined {
  for (const link of all(item.link)) {
    const value = text(link) ?? attr(link, 'href');
    if (value) return value;
  }
  return alternateLink(prefixedChildren(item, atomPrefixes, 'link'));
}

function readItem(item: XmlNode, atomPrefixes: string[]): RawItem {
  const guidNode = first(item.guid);
  const guid = text(guidNode);
  const atomDates = [...prefixedChildren(item, atomPrefixes, 'published'), ...prefixedChildren(item, atomPrefixes, 'updated')];
  return {
    title: firstText(item, ['title', 'dc:title']),
    link: itemLink(item, atomPrefixes),
    // RDF items name themselves with rdf:about, which is their URL.
    guid: guid ?? attr(item, 'rdf:about'),
    // RSS 2.0: a guid is a permalink unless it says isPermaLink="false".
    guidIsPermaLink: attr(guidNode, 'isPermaLink')?.trim().toLowerCase() !== 'false',
    date: firstText(item, DATE_ELEMENTS) ?? atomDates.map(text).find(Boolean),
    description: firstText(item, SUMMARY_ELEMENTS),
    author: firstText(item, ['dc:creator', 'author', 'dcterms:creator']),
  };
}

/**
 * Reads an RSS document. `root` is the <rss> or <rdf:RDF> element; `atomPrefixes` come from
 * the root's namespace declarations (plus the usual "atom").
 */
export function readRss(root: XmlNode, isRdf: boolean): RawFeed {
  const channel = first(root.channel);
  const channelNode: XmlNode = isNode(channel) ? channel : {};
  const atomPrefixes = [...new Set(['atom', ...prefixesFor(root, ATOM_NAMESPACE), ...prefixesFor(channelNode, ATOM_NAMESPACE)])];
  // RDF puts items beside the channel; some RDF feeds put them inside anyway.
  const items = isRdf ? [...all(root.item), ...all(channelNode.item)] : all(channelNode.item);
  return {
    title: text(channelNode.title) ?? text(channelNode['dc:title']),
    link: text(channelNode.link) ?? alternateLink(prefixedChildren(channelNode, atomPrefixes, 'link')),
    items: items.filter(isNode).map((item) => readItem(item, atomPrefixes)),
  };
}
