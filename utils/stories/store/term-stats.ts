/**
 * The corpus statistics that turn term weights into TF-IDF, learnt online from the index itself,
 * so a term that shows up in every story ("police", "trump") fades as the index grows. Only the
 * story store changes them.
 */

/**
 * Story frequencies: how many stories use each term. IDF over stories rather than articles
 * measures what a term says about *which event* an article covers: a name in 300 articles of one
 * story is specific to that story, while article-level IDF would call it common and weaken
 * exactly the terms that hold a big story together.
 */
const LOG_CACHE = new Float64Array(1 << 16).map((_, k) => Math.log(k));
const log = (k: number): number => (k < LOG_CACHE.length ? LOG_CACHE[k] : Math.log(k));

export class TermStats {
  /** Number of stories. */
  n = 0;
  readonly df = new Map<string, number>();

  /** A story started (1) or stopped (-1) using `term`. */
  count(term: string, sign: 1 | -1): void {
    const next = (this.df.get(term) ?? 0) + sign;
    if (next > 0) this.df.set(term, next);
    else this.df.delete(term);
  }

  /** Smoothed inverse story frequency; an unseen term gets the highest weight. */
  idf(term: string): number {
    // Logs of small integers come from a table: IDF is computed for every term of every score.
    return log(this.n + 1) - log((this.df.get(term) ?? 0) + 1) + 1;
  }
}
