/**
 * The mutable state behind a StoryIndex: stories, the term -> stories postings, the URL map, the
 * corpus statistics, and which stories changed since the last save. Every change goes through
 * `attach` / `detach` so the postings and statistics never drift from the stories.
 */
import type { TermVector } from '../text/terms';
import { compactPostings, post, postLoaded, type Posting } from './postings';
import type { StoryArticleRow, StoryChanges, StoryRow } from './rows';
import { storyIdFor } from './story-id';
import { TermStats } from './term-stats';

/** A story in memory. */
export interface Story {
  id: string;
  title: string;
  first: number;
  last: number;
  /**
   * Centroid: summed raw term weights over the story's articles (a term whose weight fell to 0
   * keeps its key, so its postings entry stays valid). Built on first use from `packed`: a
   * freshly loaded index only pays for the stories it actually scores.
   */
  tf: Map<string, number> | undefined;
  packed: TermVector | undefined;
  /** Dropped from the index; still listed in postings until the next compaction. */
  dead: boolean;
  /** Scratch space of rankStories: the call that last touched the story and its partial score. */
  epoch: number;
  acc: number;
  articles: StoryArticleRow[];
  /** Cached centroid norm, and the corpus size it was computed at (-1: stale). */
  norm: number;
  normAt: number;
}

/** The story's centroid map, unpacking it from its stored row on first use. */
export function tfOf(s: Story): Map<string, number> {
  if (!s.tf) {
    s.tf = new Map();
    const p = s.packed;
    if (p) for (let i = 0; i < p.terms.length; i++) s.tf.set(p.terms[i], p.weights[i]);
    s.packed = undefined;
  }
  return s.tf;
}

export class StoryStore {
  readonly stats = new TermStats();
  /** Term -> stories holding it. Dropped stories stay listed (flagged dead) until compaction. */
  readonly postings = new Map<string, Posting>();
  /** Newest publication time attached so far: the time postings are stamped with. */
  private clock = -Infinity;
  readonly stories = new Map<string, Story>();
  /** Articles indexed. */
  articleCount = 0;
  private urls: Map<string, Story> | undefined = new Map();
  private readonly dirty = new Set<string>();
  private readonly deleted = new Set<string>();
  private readonly moved = new Set<string>();
  private deadInPostings = 0;

  /**
   * URL -> story. After loading rows it is built on first use: matching the open page by its text
   * (the wait a reader feels) never needs it, and hashing every stored URL is a large share of a
   * load.
   */
  get byUrl(): Map<string, Story> {
    if (!this.urls) {
      this.urls = new Map();
      for (const s of this.stories.values()) for (const a of s.articles) this.urls.set(a.url, s);
    }
    return this.urls;
  }

  /** A new empty story for `first` (attach it next); the id derives from its URL unless given. */
  create(first: StoryArticleRow, id = storyIdFor(first.url, this.stories)): Story {
    const story: Story = {
      id,
      title: first.title,
      first: first.published,
      last: first.published,
      tf: new Map(),
      packed: undefined,
      dead: false,
      epoch: 0,
      acc: 0,
      articles: [],
      norm: 0,
      normAt: -1,
    };
    this.stories.set(id, story);
    this.stats.n++;
    this.deleted.delete(id);
    this.dirty.add(id);
    return story;
  }

  /** Add an article to a story. */
  attach(story: Story, article: StoryArticleRow): void {
    if (article.published > this.clock) this.clock = article.published;
    story.articles.push(article);
    this.urls?.set(article.url, story);
    this.articleCount++;
    if (story.articles.length === 1 || article.published < story.first) story.title = article.title;
    if (article.published < story.first) story.first = article.published;
    if (article.published > story.last) story.last = article.published;
    this.addTerms(story, article, 1);
    story.normAt = -1;
    this.dirty.add(story.id);
  }

  /** Take an article out of its story (dropping the story if it empties). */
  detach(story: Story, article: StoryArticleRow): void {
    story.articles.splice(story.articles.indexOf(article), 1);
    this.moved.add(article.url);
    this.urls?.delete(article.url);
    this.articleCount--;
    this.addTerms(story, article, -1);
    story.normAt = -1;
    this.dirty.add(story.id);
    if (story.articles.length === 0) {
      this.drop(story);
      return;
    }
    let earliest = story.articles[0];
    let last = -Infinity;
    for (const a of story.articles) {
      if (a.published < earliest.published) earliest = a;
      last = Math.max(last, a.published);
    }
    story.first = earliest.published;
    story.title = earliest.title;
    story.last = last;
  }

  /** Fold the smaller story into the larger (the older on ties), which keeps its id. */
  merge(a: Story, b: Story): Story {
    const aWins = a.articles.length > b.articles.length || (a.articles.length === b.articles.length && a.first <= b.first);
    const [keep, gone] = aWins ? [a, b] : [b, a];
    for (const art of [...gone.articles]) {
      this.detach(gone, art);
      this.attach(keep, art);
    }
    return keep;
  }

  /** Changed rows since the last call. */
  takeChanges(): StoryChanges {
    const upsert: StoryRow[] = [];
    for (const id of this.dirty) {
      const s = this.stories.get(id);
      if (s) upsert.push(toRow(s));
    }
    const changes = { upsert, delete: [...this.deleted], moved: [...this.moved] };
    this.markClean();
    return changes;
  }

  /** Forget pending changes (after a bulk load, which needs no saving). */
  markClean(): void {
    this.dirty.clear();
    this.deleted.clear();
    this.moved.clear();
  }

  rows(): StoryRow[] {
    return [...this.stories.values()].map(toRow);
  }

  /** Restore stored stories into an empty store: no tokenising, the centroids come with the rows. */
  loadAll(rows: Iterable<StoryRow>): void {
    // Postings are rebuilt in order of each story's first article (see stampsOf).
    const sorted = [...rows].sort((a, b) => a.first - b.first);
    for (const row of sorted) {
      const story: Story = {
        id: row.id,
        title: row.title,
        first: row.first,
        last: row.last,
        tf: undefined,
        packed: { terms: row.terms, weights: row.weights },
        dead: false,
        epoch: 0,
        acc: 0,
        articles: row.articles.slice(),
        norm: 0,
        normAt: -1,
      };
      this.stories.set(row.id, story);
      for (const t of row.terms) postLoaded(this.postings, t, story);
      this.articleCount += row.articles.length;
      if (row.last > this.clock) this.clock = row.last;
    }
    // Freshly loaded postings hold live stories with positive weights only: their lengths are
    // the story frequencies.
    this.stats.n = this.stories.size;
    for (const [t, list] of this.postings) this.stats.df.set(t, list.stories.length);
    this.urls = undefined;
  }

  private drop(story: Story): void {
    this.stats.n--;
    story.dead = true;
    this.stories.delete(story.id);
    this.dirty.delete(story.id);
    this.deleted.add(story.id);
    // Removing a story from every posting list costs a scan per term; flag it and sweep the
    // lists once dead entries outnumber the live stories.
    if (++this.deadInPostings > Math.max(1000, this.stories.size)) {
      compactPostings(this.postings);
      this.deadInPostings = 0;
    }
  }

  private addTerms(story: Story, article: TermVector, sign: 1 | -1): void {
    const tf = tfOf(story);
    for (let i = 0; i < article.terms.length; i++) {
      const t = article.terms[i];
      const prev = tf.get(t);
      if (prev === undefined) post(this.postings, t, story, this.clock);
      const next = (prev ?? 0) + sign * article.weights[i];
      tf.set(t, next > 1e-9 ? next : 0);
      // The story started or stopped using the term: its story frequency changes.
      if ((prev ?? 0) > 0 !== next > 1e-9) this.stats.count(t, next > 1e-9 ? 1 : -1);
    }
  }
}

function toRow(s: Story): StoryRow {
  const tf = tfOf(s);
  const terms = [...tf.keys()].filter((t) => (tf.get(t) as number) > 0);
  return {
    id: s.id,
    title: s.title,
    first: s.first,
    last: s.last,
    terms,
    weights: terms.map((t) => tf.get(t) as number),
    // Article rows are never mutated in place, so sharing them is safe.
    articles: s.articles.slice(),
  };
}
