/**
 * Incremental story clustering over an inverted index. Each new article joins the story whose
 * TF-IDF centroid it is most similar to (cosine, decayed with the time since the story began),
 * or starts a story; the threshold depends on the story's size. Two stories the same article fits
 * and that look alike are merged; a member that pairs with the new article but not with the rest
 * of its story leaves with it; an article left alone gets a second look later. Candidates
 * come from the postings of the article's terms within a time window, so adding or matching
 * never scans every story. State lives in plain rows (store/rows.ts) a worker can persist.
 */
import { DEFAULT_STORY_OPTIONS, joinThresholdFor, matchThresholdFor, type StoryIndexOptions } from './options';
import { SecondLook } from './second-look';
import { centroidCosine, rankStories, type Scored } from './similarity/centroid';
import { bestLink, splitCandidate, weigh } from './similarity/single-link';
import type { StoryArticleRow, StoryChanges, StoryRow } from './store/rows';
import { StoryStore, type Story } from './store/story-store';
import { articleTerms, type TermVector } from './text/terms';

/** How many centroid-ranked stories a page match looks at closely, and how many of their latest articles. */
const MATCH_CANDIDATES = 5;
const MATCH_LINK_SCAN = 64;

/** An article to index. `published` is epoch ms. */
export interface IndexedArticleInput {
  /** Normalised URL: the article's key. */
  url: string;
  title: string;
  description?: string;
  published: number;
  /** BCP 47 primary language subtag of the outlet, when known (else guessed per text). */
  lang?: string;
}

/** The page open in a tab, to match against the index. */
export interface PageQuery {
  url?: string;
  title: string;
  description?: string;
  /** Epoch ms; without it every story is a candidate and time is ignored. */
  published?: number;
  lang?: string;
}

export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly store = new StoryStore();
  private readonly secondLook: SecondLook;

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options, terms: { ...DEFAULT_STORY_OPTIONS.terms, ...options.terms } };
    this.secondLook = new SecondLook(this.options.secondLookMs);
  }

  /** Number of stories and of articles indexed. */
  get size(): { stories: number; articles: number } {
    return { stories: this.store.stories.size, articles: this.store.articleCount };
  }

  /** Index one article and return its story id. Adding a URL already indexed changes nothing. */
  add(article: IndexedArticleInput): string {
    const known = this.store.byUrl.get(article.url);
    if (known) return known.id;
    const vec = this.vectorize(article);
    const row: StoryArticleRow = { url: article.url, title: article.title, published: article.published, terms: vec.terms, weights: vec.weights };
    this.secondLook.saw(article.published);
    const ranked = rankStories(this.scoring(), vec, article.published);
    const { mergeThreshold, mergeCandidates, mergeMinSize } = this.options;
    const fits = (r: Scored): boolean => r.score >= joinThresholdFor(r.story.articles.length, this.options);
    // Merging is for stories of one event that started apart: the article must fit the other
    // story as well as it would need to to join a pair, however large that story has grown.
    const alsoFits = joinThresholdFor(2, this.options);
    const best = ranked[0];
    let story: Story;
    let leftBehind: Story | undefined;
    if (best && fits(best)) {
      story = best.story;
      const leaver = splitCandidate(this.store.stats, this.options, vec, article.published, story);
      if (leaver) {
        leftBehind = story;
        this.store.detach(story, leaver);
        story = this.store.create(leaver);
        this.store.attach(story, leaver);
      }
    } else {
      story = this.store.create(row);
      this.secondLook.push(row);
    }
    this.store.attach(story, row);
    for (const other of ranked.slice(0, mergeCandidates)) {
      if (other.story === story || other.story === leftBehind || other.story.dead || other.score < alsoFits) continue;
      if (Math.max(story.articles.length, other.story.articles.length) < mergeMinSize) continue;
      if (centroidCosine(this.store.stats, story, other.story) >= mergeThreshold) story = this.store.merge(story, other.story);
    }
    for (const waiting of this.secondLook.due()) this.reattach(waiting);
    return this.store.byUrl.get(article.url)?.id ?? story.id;
  }

  /** Move an article that is still alone in its story to the best story it now fits. */
  private reattach(row: StoryArticleRow): void {
    const own = this.store.byUrl.get(row.url);
    if (own?.articles.length !== 1 || own.articles[0] !== row) return;
    for (const r of rankStories(this.scoring(), row, row.published)) {
      if (r.story === own) continue;
      if (r.score >= joinThresholdFor(r.story.articles.length, this.options)) {
        this.store.detach(own, row);
        this.store.attach(r.story, row);
      }
      return;
    }
  }

  /**
   * The story of the page: its URL's story if indexed, else the best-scoring story at or above
   * its match threshold (by its size), else null (better no story than a wrong one).
   */
  match(page: PageQuery): { storyId: string; score: number } | null {
    const known = page.url === undefined ? undefined : this.store.byUrl.get(page.url);
    if (known) return { storyId: known.id, score: 1 };
    const vec = this.vectorize(page);
    const { stats } = this.store;
    const q = weigh(stats, vec);
    let best: { storyId: string; score: number } | null = null;
    // Rank by centroid, then judge the few best on centroid and best member together: a page
    // must read like the story as a whole and like at least one of its articles.
    for (const r of rankStories(this.scoring(), vec, page.published).slice(0, MATCH_CANDIDATES)) {
      const score = (r.score + bestLink(stats, q, r.story, page.published, this.options, MATCH_LINK_SCAN)) / 2;
      if (score >= matchThresholdFor(r.story.articles.length, this.options) && score > (best?.score ?? -1)) best = { storyId: r.story.id, score };
    }
    return best;
  }

  /** The story id of an indexed URL. */
  storyOf(url: string): string | undefined {
    return this.store.byUrl.get(url)?.id;
  }

  /** Forget articles by URL; stories left empty are dropped. Returns how many were removed. */
  remove(urls: Iterable<string>): number {
    let removed = 0;
    for (const url of urls) {
      const story = this.store.byUrl.get(url);
      const article = story?.articles.find((a) => a.url === url);
      if (!story || !article) continue;
      this.store.detach(story, article);
      removed++;
    }
    return removed;
  }

  /** Rows changed or deleted since the last call (or since loading), for incremental saves. */
  takeChanges(): StoryChanges {
    return this.store.takeChanges();
  }

  /** Every story as a row: a full snapshot. */
  toRows(): StoryRow[] {
    return this.store.rows();
  }

  /** Resume from stored rows (options must match the ones the rows were built with). */
  static fromRows(rows: Iterable<StoryRow>, options: Partial<StoryIndexOptions> = {}): StoryIndex {
    const index = new StoryIndex(options);
    index.store.loadAll(rows);
    return index;
  }

  /** Rebuild from articles whose story was assigned elsewhere (e.g. a bundled snapshot). */
  static fromArticles(articles: Iterable<IndexedArticleInput & { storyId: string }>, options: Partial<StoryIndexOptions> = {}): StoryIndex {
    const index = new StoryIndex(options);
    const { store } = index;
    for (const a of articles) {
      if (store.byUrl.has(a.url)) continue;
      const vec = index.vectorize(a);
      const row: StoryArticleRow = { url: a.url, title: a.title, published: a.published, terms: vec.terms, weights: vec.weights };
      store.attach(store.stories.get(a.storyId) ?? store.create(row, a.storyId), row);
    }
    store.markClean();
    return index;
  }

  private vectorize(a: { url?: string; title: string; description?: string; lang?: string }): TermVector {
    return articleTerms(a.title, a.description, this.options.terms, a.lang, a.url);
  }

  private scoring() {
    return { stats: this.store.stats, postings: this.store.postings, options: this.options };
  }
}
