/**
 * XML text to a RawFeed: one fast-xml-parser configuration for every XML format, the root
 * element picking the reader. Parsing is lenient (real feeds have stray "&" and unclosed
 * tags); strict validation runs only to explain a document we could not read at all.
 */
import { XMLParser, XMLValidator, type ProcessEntitiesOptions } from 'fast-xml-parser';
import { readAtom } from './atom';
import { FeedError } from './feed-error';
import { readRss } from './rss';
import type { RawFeed } from './types';
import { isNode, type XmlNode } from './xml-nodes';

/**
 * Text fields are kept as raw markup (stop nodes): they are HTML in practice, escaped or in
 * CDATA or inline (Atom xhtml), and the text cleaner reads all three the same way. Its entity
 * table is HTML's, so entities a DOCTYPE declares stay unexpanded there (feeds do not use them;
 * attacks do).
 */
const RAW_TEXT_ELEMENTS = ['title', 'description', 'summary', 'content', 'content:encoded', 'dc:description'];

/**
 * Entity-expansion attacks: entities declared in the document itself are few, small, never
 * nested (the parser ignores definitions that reference other entities), and their total
 * expansion is capped; exceeding a limit throws, and the feed is refused. The limits apply to
 * declared entities only ("external" in the parser's terms), not to &amp; and friends, which a
 * long feed uses thousands of times. `appliesTo` is read by the parser but missing from its types.
 */
const ENTITY_LIMITS = {
  enabled: true,
  maxEntitySize: 1_000,
  maxEntityCount: 50,
  maxTotalExpansions: 1_000,
  maxExpandedLength: 100_000,
  appliesTo: 'external',
} as ProcessEntitiesOptions;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Numeric references (&#8217;) and the HTML names feeds use without declaring them.
  htmlEntities: true,
  processEntities: ENTITY_LIMITS,
  stopNodes: RAW_TEXT_ELEMENTS.map((name) => `*.${name}`),
});

function parseXml(xml: string): XmlNode {
  try {
    return parser.parse(xml) as XmlNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/entit|expan/i.test(message)) {
      throw new FeedError('feedError_entities', [], { cause: error });
    }
    throw brokenXml(xml, error);
  }
}

/** Where strict validation fails, in plain words ("line 3"). */
function brokenXml(xml: string, cause?: unknown): FeedError {
  const result = XMLValidator.validate(xml);
  return result === true ? new FeedError('feedError_brokenXml', [], { cause }) : new FeedError('feedError_brokenXmlLine', [result.err.line], { cause });
}

function rootElement(doc: XmlNode): [string, unknown] | undefined {
  return Object.entries(doc).find(([key]) => !key.startsWith('#') && !key.startsWith('?') && !key.startsWith('@_'));
}

/** Reads an RSS, RDF or Atom document; throws a FeedError for anything else. */
export function readXmlFeed(xml: string): RawFeed {
  const doc = parseXml(xml);
  const root = rootElement(doc);
  if (!root) throw brokenXml(xml);
  const [name, value] = root;
  const colon = name.indexOf(':');
  const local = name.slice(colon + 1).toLowerCase();
  const node: XmlNode = isNode(value) ? value : {};
  switch (local) {
    case 'rss':
      return readRss(node, false);
    case 'rdf':
      return readRss(node, true);
    case 'feed':
      return readAtom(node, colon === -1 ? '' : name.slice(0, colon + 1));
    case 'channel':
      // Some RSS 0.9x generators omit the <rss> wrapper.
      return readRss({ channel: node }, false);
    case 'html':
      throw new FeedError('feedError_html');
    case 'opml':
      throw new FeedError('feedError_opml');
    default:
      throw new FeedError('feedError_otherXml', [name.slice(0, 40)]);
  }
}
