import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../utils/i18n/translate';
import type { CopyView, CoverageView, DetachedView, WhyView } from '../utils/views';
import { Phrase } from './Phrase';

const TAGS: Record<CopyView['kind'], MessageKey> = { copy: 'copies_tagCopy', based: 'copies_tagBased', original: 'copies_tagOriginal' };
const SENTENCES: Record<CopyView['kind'], MessageKey> = { copy: 'copies_isCopy', based: 'copies_isBased', original: 'copies_isOriginal' };

/** The source's name, isolated: it may be written right to left. */
const source = (copy: CopyView) => <bdi key="s">{copy.source}</bdi>;

/** How an article relates to a carried report, as a sentence for the reader. */
function copySentence(copy: CopyView | undefined): ComponentChildren {
  return copy ? <Phrase id={SENTENCES[copy.kind]} parts={[source(copy)]} /> : t('copies_ownReport');
}

/** "Reuters copy", "Based on Reuters", "Reuters original": how an article relates to a carried report. */
export function CopyTag({ copy }: { copy?: CopyView }) {
  if (!copy) return null;
  return (
    <span class={`copy-tag copy-${copy.kind}`}>
      <Phrase id={TAGS[copy.kind]} parts={[source(copy)]} />
    </span>
  );
}

/** What the counts count, and the page's own match with its "Not this story". */
export function Counting({ coverage, onDetachPage }: { coverage: CoverageView; onDetachPage?: () => void }) {
  const { page } = coverage;
  return (
    <>
      <p class="fine counted">{coverage.reporting.counted}</p>
      {page && (
        <p class="fine page-match">
          {page.copy ? <Phrase id="copies_thisPage" parts={[copySentence(page.copy)]} /> : t('copies_pageMatched')}{' '}
          {onDetachPage && (
            <button type="button" class="link" onClick={onDetachPage}>
              {t('popup_notThisStory')}
            </button>
          )}
        </p>
      )}
    </>
  );
}

/** On demand, why an article is in the story. */
export function WhyGrouped({ why }: { why: WhyView | null }) {
  if (!why) return <p class="why fine">{t('copies_whyGone')}</p>;
  const list = (label: MessageKey, items: string[]): ComponentChildren =>
    items.length > 0 && (
      <p>
        <Phrase id={label} parts={[<bdi key="w">{items.join(', ')}</bdi>]} />
      </p>
    );
  return (
    <div class="why fine" role="group" aria-label={t('copies_whyLabel')}>
      <p>{copySentence(why.copy)}</p>
      {list('copies_whyNames', why.names)}
      {list('copies_whyWords', why.words)}
      {why.tiedTo && (
        <p>
          <Phrase id="copies_tiedBy" parts={[<bdi key="t">{why.tiedTo.title}</bdi>, <bdi key="o">{why.tiedTo.outletName}</bdi>]} />
        </p>
      )}
    </div>
  );
}

/** Articles the reader took out of the story, each with its Undo. */
export function DetachedList({ detached, onUndo }: { detached: DetachedView[]; onUndo?: (d: DetachedView) => void }) {
  if (detached.length === 0) return null;
  return (
    <section class="detached" aria-label={t('copies_detachedLabel')}>
      <h2>{t('copies_detachedHeading')}</h2>
      <ul>
        {detached.map((d) => (
          <li key={d.url}>
            <bdi class="article-outlet">{d.outletName}</bdi> <bdi>{d.title}</bdi>{' '}
            {onUndo && (
              <button type="button" class="link" onClick={() => onUndo(d)}>
                {t('copies_undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="fine">{t('copies_correctionsLocal')}</p>
    </section>
  );
}

/** On a page the reader took out of its story: which story, and the way back. */
export function DetachedPage({ detached, onUndo }: { detached?: DetachedView & { storyTitle: string }; onUndo?: (d: DetachedView) => void }) {
  if (!detached) return null;
  return (
    <p class="fine detached-page">
      <Phrase id="copies_detachedPage" parts={[<bdi key="s">{detached.storyTitle}</bdi>]} />{' '}
      {onUndo && (
        <button type="button" class="link" onClick={() => onUndo(detached)}>
          {t('copies_undo')}
        </button>
      )}
    </p>
  );
}
