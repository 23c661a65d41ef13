/**
 * The page's headline, read once per page and shared: its text (for the title) and the visible
 * element that shows it (under which the classifier and the date reader look for a printed date).
 */
import { headingElements, headingText, titleText } from './dom-metadata';
import { jsonString, resolve } from './json-ld';
import { articleValue, firstValue, sourceValue, type PageMetadata } from './page-metadata';
import { cleanText } from './clean-value';
import { pickTitle } from './title';

/** The headline of a page. */
export interface Headline {
  title: string;
  /** A site name only the title gave (`Story | Site`). */
  site?: string;
  /** The heading that shows the headline, when another source confirms one. */
  element?: Element;
}

/** Names the site gives itself; used to clean titles and as the site name. */
export function siteNames(src: PageMetadata): (string | undefined)[] {
  const publisher = resolve(articleValue(src, 'publisher'), src.jsonLd);
  return [
    cleanText(src.meta.get('og:site_name')),
    cleanText(jsonString(publisher)),
    cleanText(src.jsonLd.siteName),
    cleanText(src.meta.get('application-name')),
    src.meta.get('twitter:site')?.replace(/^@/, ''),
  ];
}

/** Title metas of analytics and library standards, one source among them. */
const NAMED_TITLES = ['parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'title'];

const read = new WeakMap<PageMetadata, Headline | null>();

/** The headline of the page (see `pickTitle` for the rules); undefined when the page has none. */
export function readHeadline(src: PageMetadata): Headline | undefined {
  if (read.has(src)) return read.get(src) ?? undefined;
  const { meta, doc } = src;
  const elements = headingElements(doc);
  const picked = pickTitle(
    {
      jsonLd: sourceValue(src, '@headline'),
      microdata: sourceValue(src, '~headline'),
      metas: [meta.get('og:title'), meta.get('twitter:title'), firstValue(src, NAMED_TITLES, (t) => t)],
      headings: elements.map(headingText),
      documentTitle: titleText(doc),
    },
    siteNames(src),
    src.url.hostname,
  );
  const headline = picked && { title: picked.title, site: picked.site, element: elements[picked.heading] };
  read.set(src, headline ?? null);
  return headline;
}
