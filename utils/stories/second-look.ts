/**
 * Articles that started a story of their own wait here for a second look. When one arrived, the
 * stories around it were younger and the terms' weights were still settling; once the index has
 * seen articles some hours newer, an article still alone is scored again and moves to a story it
 * now fits. Kept in memory only: after a reload the pending articles simply get no second look.
 */
import type { StoryArticleRow } from './store/rows';

interface Pending {
  row: StoryArticleRow;
  /** Newest publication time the index had seen when the article was added. */
  seen: number;
}

export class SecondLook {
  private queue: Pending[] = [];
  private head = 0;
  /** Newest publication time seen so far: the index's clock, since feeds arrive late and in bursts. */
  private now = -Infinity;

  constructor(private readonly delayMs: number) {}

  /** Note the publication time of an indexed article (advances the clock). */
  saw(published: number): void {
    if (published > this.now) this.now = published;
  }

  /** Queue an article that started its own story. */
  push(row: StoryArticleRow): void {
    if (this.delayMs > 0) this.queue.push({ row, seen: this.now });
  }

  /** Articles whose wait is over, oldest first. */
  *due(): Generator<StoryArticleRow> {
    while (this.head < this.queue.length && this.queue[this.head].seen <= this.now - this.delayMs) {
      yield this.queue[this.head++].row;
    }
    // Drop the consumed prefix now and then rather than shifting on every call.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
