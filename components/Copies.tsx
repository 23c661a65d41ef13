import type { ComponentChildren } from 'preact';
import type { CopyView, CoverageView, DetachedView, WhyView } from '../utils/views';

/** "Reuters copy", "Based on Reuters", "Reuters original": how an article relates to a carried report. */
function copyLabel(copy: CopyView): string {
  if (copy.kind === 'copy') return `${copy.source} copy`;
  if (copy.kind === 'based') return `Based on ${copy.source}`;
  return `${copy.source} original`;
}

/** The same, as a sentence for the reader. */
function copySentence(copy: CopyView | undefined): string {
  if (!copy) return 'Its own report.';
  if (copy.kind === 'copy') return `A copy of the ${copy.source} report: counted as carrying it, not as reporting of its own.`;
  if (copy.kind === 'based') return `Based on the ${copy.source} report: it keeps that report's lead under a headline of its own.`;
  return `The ${copy.source} report that other outlets carried.`;
}

export function CopyTag({ copy }: { copy?: CopyView }) {
  if (!copy) return null;
  return <span class={`copy-tag copy-${copy.kind}`}>{copyLabel(copy)}</span>;
}

/** What the counts count, and the page's own match with its "Not this story". */
export function Counting({ coverage, onDetachPage }: { coverage: CoverageView; onDetachPage?: () => void }) {
  const { page } = coverage;
  return (
    <>
      <p class="fine counted">{coverage.reporting.counted}</p>
      {page && (
        <p class="fine page-match">
          {page.copy ? `This page: ${copySentence(page.copy)} ` : 'This page is matched to this story. '}
          {onDetachPage && (
            <button type="button" class="link" onClick={onDetachPage}>
              Not this story
            </button>
          )}
        </p>
      )}
    </>
  );
}

/** On demand, why an article is in the story. */
export function WhyGrouped({ why }: { why: WhyView | null }) {
  if (!why) return <p class="why fine">This article is no longer in the story.</p>;
  const list = (label: string, items: string[]): ComponentChildren =>
    items.length > 0 && (
      <p>
        {label}: {items.join(', ')}
      </p>
    );
  return (
    <div class="why fine" role="group" aria-label="Why grouped">
      <p>{copySentence(why.copy)}</p>
      {list('Names it shares with the story', why.names)}
      {list('Words it shares with the story', why.words)}
      {why.tiedTo && (
        <p>
          Tied here by “{why.tiedTo.title}” ({why.tiedTo.outletName}).
        </p>
      )}
    </div>
  );
}

/** Articles the reader took out of the story, each with its Undo. */
export function DetachedList({ detached, onUndo }: { detached: DetachedView[]; onUndo?: (d: DetachedView) => void }) {
  if (detached.length === 0) return null;
  return (
    <section class="detached" aria-label="Not in this story">
      <h2>You took out of this story</h2>
      <ul>
        {detached.map((d) => (
          <li key={d.url}>
            <span class="article-outlet">{d.outletName}</span> {d.title}{' '}
            {onUndo && (
              <button type="button" class="link" onClick={() => onUndo(d)}>
                Undo
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="fine">Your corrections stay on this device, with your settings; they are never sent.</p>
    </section>
  );
}

/** On a page the reader took out of its story: which story, and the way back. */
export function DetachedPage({ detached, onUndo }: { detached?: DetachedView & { storyTitle: string }; onUndo?: (d: DetachedView) => void }) {
  if (!detached) return null;
  return (
    <p class="fine detached-page">
      You said this page is not part of “{detached.storyTitle}”.{' '}
      {onUndo && (
        <button type="button" class="link" onClick={() => onUndo(detached)}>
          Undo
        </button>
      )}
    </p>
  );
}
