/**
 * One build's clustering, with the extension's own story engine: the previous version's articles
 * are loaded with their stories (as the extension loads a snapshot), articles of dropped feeds
 * and past retention leave, and the new items are added in source order, so the same inputs
 * always give the same stories.
 */
import type { NewArticle } from '../../utils/worker/index-store';
import { StoryIndex } from '../../utils/stories';
import type { BuilderArticle } from './state';

const DAY = 86_400_000;

/** New items of one feed, in feed order. */
export interface FeedBatch {
  feed: string;
  outletId: string;
  lang?: string;
  items: NewArticle[];
}

export interface ClusterInput {
  previous: BuilderArticle[];
  batches: FeedBatch[];
  /** Feeds still among the sources: articles of any other feed leave the index. */
  feeds: ReadonlySet<string>;
  now: number;
  retentionDays: number;
}

/** The next version's articles (sorted by URL, each with its story) and its story count. */
export function clusterBuild({ previous, batches, feeds, now, retentionDays }: ClusterInput): { articles: BuilderArticle[]; stories: number } {
  const engine = StoryIndex.fromArticles(previous);
  const cutoff = now - retentionDays * DAY;
  const leaving = previous.filter((a) => !feeds.has(a.feed) || (a.published < cutoff && a.added < cutoff));
  engine.remove(leaving.map((a) => a.url));
  const gone = new Set(leaving.map((a) => a.url));
  const kept = new Map(previous.filter((a) => !gone.has(a.url)).map((a) => [a.url, a]));
  for (const { feed, outletId, lang, items } of batches) {
    for (const item of items) {
      if (kept.has(item.url)) continue;
      const storyId = engine.add({ ...item, lang });
      kept.set(item.url, {
        url: item.url,
        outletId,
        title: item.title,
        description: item.description,
        published: item.published,
        storyId,
        feed,
        ...(lang ? { lang } : {}),
        added: now,
      });
    }
  }
  // Merges and splits move earlier articles too: every article takes its story as it ends up.
  const articles = [...kept.values()].map((a) => ({ ...a, storyId: engine.storyOf(a.url) ?? a.storyId }));
  articles.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { articles, stories: engine.size.stories };
}
