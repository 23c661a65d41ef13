import { normalizeUrl } from '../article/normalize-url';
import { detectCopies, pageCopyInput, whyGrouped } from '../copies';
import type { Catalog, IndexedArticle } from '../model';
import type { TabState } from '../tab-state';
import type { WhyView } from '../views';

/** "Why grouped" for one article of the tab's story, or for the tab's page itself. */
export function explainGrouping(url: string, articles: IndexedArticle[], state: TabState, catalog: Catalog): WhyView | null {
  const name = (id: string) => catalog.outlets.find((o) => o.id === id)?.name ?? id;
  const pageUrl = state.article?.canonicalUrl ? normalizeUrl(state.article.canonicalUrl) : undefined;
  let inputs = articles;
  let article = articles.find((a) => a.url === url);
  if (!article && state.article && url === pageUrl) {
    const outletId = catalog.outlets.find((o) => o.domains.includes(state.article!.outletDomain))?.id ?? state.article.outletDomain;
    const page = pageCopyInput(state.article, state.url, outletId, url);
    article = { ...page, description: page.description ?? '', storyId: state.storyId ?? '' };
    inputs = [...articles, article];
  }
  if (!article) return null;
  const { marks } = detectCopies(inputs);
  const why = whyGrouped(article, inputs, marks.get(article.url), (m) => m.wire?.name ?? name(m.sourceOutletId));
  return {
    words: why.words,
    names: why.names,
    ...(why.tiedTo ? { tiedTo: { title: why.tiedTo.title, outletName: name(why.tiedTo.outletId) } } : {}),
    ...(why.copy ? { copy: { kind: why.copy.kind, source: why.copy.source } } : {}),
  };
}
