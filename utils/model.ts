/**
 * The domain vocabulary every part of Parallax shares: ratings, outlets, articles and stories.
 * Pure types and constants only, so Node tests, scripts and the extension import it alike.
 */

/** AllSides' five-point bias scale, in display order (left to right). */
export const BIASES = ['left', 'lean-left', 'center', 'lean-right', 'right'] as const;
export type Bias = (typeof BIASES)[number];
/** An outlet with no rating we may ship is `unrated`, never guessed. */
export type BiasOrUnrated = Bias | 'unrated';

/** Wikipedia's perennial-sources reliability statuses, best first. */
export const FACTUALITIES = ['reliable', 'no-consensus', 'unreliable', 'blacklisted'] as const;
export type Factuality = (typeof FACTUALITIES)[number];
export type FactualityOrUnrated = Factuality | 'unrated';

/** Where a rating comes from: shown beside every rating we display. */
export interface RatingSource {
  id: string;
  name: string;
  url: string;
  licence: string;
  licenceUrl: string;
  attribution: string;
}

/** One rating of one outlet, with its provenance. `source` is a RatingSource id, or `user`. */
export interface Rating<T extends string> {
  value: T;
  source: string;
  /** ISO date the rating was published or collected. */
  date: string;
  /** Page with the rating, when the source has one per outlet. */
  url?: string;
}

/** An outlet of the catalog (or a user-added custom source). */
export interface Outlet {
  /** Stable, unique, kebab-case: `ap`, `reuters`, `the-guardian`. */
  id: string;
  name: string;
  homepage: string;
  /** Registrable domains it publishes under (no `www.`), e.g. `["cnn.com"]`. */
  domains: string[];
  /** RSS/Atom/JSON Feed URLs the outlet publishes. */
  feeds: string[];
  /**
   * Evidence for each feed, in the order of `feeds`: ids of the public feed lists that carry it
   * (`Catalog.feedLists`), or the URL of the outlet's own page that publishes it. Catalog only.
   */
  feedSources?: string[][];
  /** Language of each feed that publishes in another language than the outlet, by feed URL. */
  feedLanguages?: Record<string, string>;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** BCP 47 primary language subtag, e.g. `en`. */
  language: string;
  bias?: Rating<Bias>;
  factuality?: Rating<Factuality>;
  /** Who owns or funds the outlet, with its source. */
  ownership?: Ownership;
  /** True for sources the reader added. */
  custom?: boolean;
}

/** Kinds of ownership, on a scale a reader understands at a glance. */
export const OWNERSHIP_KINDS = ['state-funded', 'public', 'private', 'non-profit', 'independent', 'unknown'] as const;
export type OwnershipKind = (typeof OWNERSHIP_KINDS)[number];

/** Who owns or funds an outlet. `source` is an id of `Catalog.ownershipSources`. */
export interface Ownership {
  kind: OwnershipKind;
  /** Owner in a few words, as the source states it. */
  owner?: string;
  source: string;
}

/** A public data set the catalog is built from: a feed list or an ownership source. */
export interface DataSource extends RatingSource {
  /** Commit of the repository the copy was taken from. */
  commit: string;
  /** ISO date of that commit (or of the list's own check). */
  date: string;
}

/** The bundled catalog file (public/catalog.json). */
export interface Catalog {
  version: number;
  generated: string;
  ratingSources: RatingSource[];
  /** Public feed lists that `Outlet.feedSources` refer to. */
  feedLists?: DataSource[];
  /** Sources that `Ownership.source` refers to. */
  ownershipSources?: DataSource[];
  outlets: Outlet[];
}

/** Metadata of the article open in a tab, as the content script reads it. */
export interface ArticleMeta {
  title: string;
  canonicalUrl: string;
  siteName?: string;
  /** Registrable domain of the canonical URL (public-suffix aware), e.g. `theguardian.com`. */
  outletDomain: string;
  publishedTime?: string;
  modifiedTime?: string;
  description?: string;
  byline?: string;
  lang?: string;
  section?: string;
  image?: string;
}

/** One article held in the local index. */
export interface IndexedArticle {
  /** Normalised URL; the primary key. */
  url: string;
  outletId: string;
  title: string;
  description: string;
  /** Epoch milliseconds. */
  published: number;
  storyId: string;
  /** The feed item's author or byline, when it gave one: it can name the wire the article carries. */
  author?: string;
  /** Epoch ms it entered this index. Retention drops an article once both times are old, so an
   * imported snapshot of older news is kept for the retention period after the import. */
  added?: number;
}
