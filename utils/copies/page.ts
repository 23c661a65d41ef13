/**
 * The page open in a tab as copy detection reads it: its byline, lead and canonical URL. A
 * canonical link that points at a wire's own site from another outlet's page names the wire.
 */
import type { ArticleMeta } from '../model';
import { wireInUrl } from './attribution';
import { detectCopies, type CopyInput, type CopyMark } from './detect';

export function pageCopyInput(meta: ArticleMeta, tabUrl: string, outletId: string, url: string): CopyInput {
  const canonical = wireInUrl(meta.canonicalUrl);
  const tab = wireInUrl(tabUrl);
  const viaCanonical = canonical?.own && tab?.wire !== canonical.wire ? canonical.wire.name : undefined;
  const published = meta.publishedTime ? Date.parse(meta.publishedTime) : NaN;
  return {
    url,
    outletId,
    title: meta.title,
    description: meta.description,
    author: [meta.byline, viaCanonical].filter(Boolean).join(', ') || undefined,
    published: Number.isFinite(published) ? published : Number.MAX_SAFE_INTEGER,
  };
}

/** The page's copy mark among the story's articles (when the page itself is not indexed). */
export function pageCopyMark(page: CopyInput, story: readonly CopyInput[]): CopyMark | undefined {
  return detectCopies([...story.filter((a) => a.url !== page.url), page]).marks.get(page.url);
}
