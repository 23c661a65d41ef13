import { useState } from 'preact/hooks';
import { formatDate } from '../utils/format';
import { t } from '../utils/i18n/translate';
import { safeHref } from '../utils/safe-url';
import type { ArticleView, WhyView } from '../utils/views';
import { CopyTag, WhyGrouped } from './Copies';

/** What the reader can do with one article of the story. */
export interface ArticleActions {
  /** "Why grouped": asked of the worker when the reader opens it. */
  onWhy?: (url: string) => Promise<WhyView | null>;
  /** "Not this story". */
  onDetach?: (article: ArticleView) => void;
}

export function ArticleItem({ article, actions = {} }: { article: ArticleView; actions?: ArticleActions }) {
  const href = safeHref(article.url);
  // Headlines and outlet names are in their own script and direction, whatever the UI's.
  return (
    <li class={article.current ? 'current' : undefined} aria-current={article.current ? 'page' : undefined}>
      <span class="article-outlet" dir="auto">
        {article.outletName}
      </span>{' '}
      <CopyTag copy={article.copy} />
      {href ? (
        <a href={href} target="_blank" rel="noreferrer" dir="auto">
          {article.title}
        </a>
      ) : (
        <span dir="auto">{article.title}</span>
      )}
      <span class="fine">
        {article.current && <strong>{t('popup_youAreReading')} · </strong>}
        <time dateTime={new Date(article.published).toISOString()}>{formatDate(article.published)}</time>
      </span>
      {(actions.onWhy || actions.onDetach) && <Actions article={article} actions={actions} />}
    </li>
  );
}

/** "Why grouped" and "Not this story", with what the worker says of the first. A list without
 * actions (the story page's 200 articles) keeps no state per article. */
function Actions({ article, actions }: { article: ArticleView; actions: ArticleActions }) {
  const [why, setWhy] = useState<WhyView | null | undefined>();
  const [open, setOpen] = useState(false);
  const toggle = () => {
    setOpen(!open);
    if (!open && why === undefined && actions.onWhy) void actions.onWhy(article.url).then(setWhy, () => setWhy(null));
  };
  return (
    <>
      <span class="article-actions fine">
        {actions.onWhy && (
          <button type="button" class="link" aria-expanded={open} onClick={toggle}>
            {t('popup_whyGrouped')}
          </button>
        )}
        {actions.onDetach && (
          <button type="button" class="link" onClick={() => actions.onDetach?.(article)}>
            {t('popup_notThisStory')}
          </button>
        )}
      </span>
      {open && (why === undefined ? <p class="why fine">{t('popup_looking')}</p> : <WhyGrouped why={why} />)}
    </>
  );
}
