import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { BIASES, type BiasOrUnrated } from '../utils/model';
import { BIAS_LABELS } from '../utils/i18n/labels';
import type { ArticleView } from '../utils/views';
import { ArticleItem, type ArticleActions } from './ArticleItem';
import { BIAS_TAGS } from './BiasBar';

const GROUPS: BiasOrUnrated[] = [...BIASES, 'unrated'];

/** Past this many articles the groups start folded, so a 100-outlet story stays one screen long. */
const FOLD_OVER = 30;

/** Every covering outlet's headline, grouped by bias, oldest first, with a bias filter (and the
 * story page's own filters, `moreFilters`). */
export function ArticleList({
  articles,
  actions,
  foldOver = FOLD_OVER,
  moreFilters,
}: {
  articles: ArticleView[];
  actions?: ArticleActions;
  foldOver?: number;
  moreFilters?: ComponentChildren;
}) {
  const [filter, setFilter] = useState<BiasOrUnrated | 'all'>('all');
  const present = GROUPS.filter((g) => articles.some((a) => a.bias === g));
  const groups = filter === 'all' ? present : present.filter((g) => g === filter);
  return (
    <section class="articles" aria-label="Articles">
      <h2>Articles</h2>
      <div class="filters" role="group" aria-label="Filter articles by bias">
        {(['all', ...present] as const).map((g) => (
          <button key={g} type="button" aria-pressed={filter === g} onClick={() => setFilter(g)}>
            {g === 'all' ? 'All' : BIAS_LABELS[g]}
          </button>
        ))}
      </div>
      {moreFilters}
      {groups.map((g) => {
        const items = articles.filter((a) => a.bias === g).sort((a, b) => a.published - b.published);
        const folded = filter === 'all' && articles.length > foldOver && !items.some((a) => a.current);
        return (
          <details key={`${g}-${filter}`} class="article-group" open={!folded}>
            <summary>
              <h3>
                <span class={`swatch bias-${g}`} aria-hidden="true">
                  {BIAS_TAGS[g]}
                </span>{' '}
                {BIAS_LABELS[g]} <span class="fine">({items.length})</span>
              </h3>
            </summary>
            <ul>
              {items.map((a) => (
                <ArticleItem key={a.url} article={a} actions={actions} />
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
