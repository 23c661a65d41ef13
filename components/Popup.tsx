import { timeAgo } from '../utils/format';
import type { DetachedView, OutletView, TabView, WhyView } from '../utils/views';
import { AccessNotice } from './AccessNotice';
import { ArticleList } from './ArticleList';
import { Counting, DetachedList, DetachedPage } from './Copies';
import { BiasBar } from './BiasBar';
import { BlindspotFlag, CoverageDetails, StorySummary } from './CoverageSummary';
import { FactualityBar } from './FactualityBar';
import { OutletCard } from './OutletCard';
import { OwnershipLine } from './OwnershipLine';
import { PageLinks, StoryHeadline } from './pages/PopupLinks';
import { RefreshProgress as Progress } from './RefreshProgress';
import { tn } from '../utils/i18n/translate';

export interface PopupProps {
  /** Undefined while loading. */
  view: TabView | undefined;
  aboutHref: string;
  onOpenOptions: () => void;
  onRefresh: () => void;
  /** Asks for host access the reader's sources lack (from the click). */
  onGrant?: (origins: string[]) => void;
  /** Opens the first-run page to choose sources. */
  onChooseSources?: () => void;
  now?: number;
  /** "Why grouped" for one article: a message to the worker. */
  onWhy?: (url: string) => Promise<WhyView | null>;
  /** "Not this story" for an article, or the page itself, in the tab's story. */
  onDetach?: (target: { url: string; title: string }, story: { id: string; urls: string[] }) => void;
  onUndo?: (detached: DetachedView) => void;
}

function ThisOutlet({ outlet }: { outlet?: OutletView }) {
  if (outlet) return <OutletCard outlet={outlet} />;
  return (
    <section class="outlet-card" aria-label="This outlet">
      <h2>This outlet</h2>
      <p>This site is not in the source catalog, so it has no rating.</p>
    </section>
  );
}

function Body({
  view,
  aboutHref,
  onRefresh,
  now,
  onWhy,
  onDetach,
  onUndo,
}: { view: TabView } & Omit<PopupProps, 'view' | 'onOpenOptions' | 'onGrant' | 'onChooseSources'>) {
  switch (view.state) {
    case 'error':
      return (
        <div class="state state-error" role="alert">
          <h1>Something went wrong</h1>
          <p>{view.message}</p>
          <p>{view.action}</p>
        </div>
      );
    case 'not-article':
      return (
        <>
          <div class="state">
            <h1>Not a news article</h1>
            <p>Open an article to see who else covered its story.</p>
          </div>
          {view.outlet && <OutletCard outlet={view.outlet} />}
        </>
      );
    case 'index-empty':
      return (
        <>
          <div class="state">
            <h1>Your story index is empty</h1>
            <p>Parallax builds it on this device from your sources' feeds.</p>
            <Progress index={view.index} onRefresh={onRefresh} />
          </div>
          <ThisOutlet outlet={view.outlet} />
        </>
      );
    case 'building':
      return (
        <>
          <div class="state">
            {view.title && <p class="story-title">{view.title}</p>}
            <h1>Your story index is being built</h1>
            <p>Parallax is reading your sources' feeds for the first time. Who covered this story shows here as they come in.</p>
            <Progress index={view.index} onRefresh={onRefresh} />
          </div>
          <ThisOutlet outlet={view.outlet} />
        </>
      );
    case 'no-match':
      return (
        <>
          <div class="state">
            <p class="story-title">{view.title}</p>
            <h1>No other outlet in your sources covered this yet</h1>
            <DetachedPage detached={view.detached} onUndo={onUndo} />
            <p class="fine">
              {view.index.lastRefresh ? `Index last refreshed ${timeAgo(view.index.lastRefresh, now)}` : 'The index has not been refreshed yet'}
              {' · '}
              {tn('common_stories', view.index.stories)} held
            </p>
            <Progress index={view.index} onRefresh={onRefresh} />
          </div>
          <ThisOutlet outlet={view.outlet} />
        </>
      );
    case 'matched': {
      const c = view.coverage;
      const story = { id: c.storyId, urls: c.articles.map((a) => a.url) };
      const detach = onDetach && ((t: { url: string; title: string }) => onDetach(t, story));
      return (
        <>
          <header class="story">
            <StoryHeadline coverage={c} />
            <h1 class="covered">
              {c.reporting.carried > 0 ? c.reporting.sentence : `Covered by ${tn('common_outlets', c.outlets)}`}
              {c.unrated > 0 && <span class="fine"> ({c.unrated} unrated)</span>}
            </h1>
            <Counting coverage={c} onDetachPage={detach && c.page && (() => detach(c.page!))} />
          </header>
          <BiasBar shares={c.bias} />
          <BlindspotFlag blindspot={c.blindspot} />
          <FactualityBar shares={c.factuality} aboutHref={aboutHref} />
          <OwnershipLine mix={c.ownership} />
          <StorySummary summary={c.summary} />
          <CoverageDetails coverage={c} />
          <ArticleList articles={c.articles} actions={{ onWhy, onDetach: detach }} />
          <DetachedList detached={c.detached} onUndo={onUndo} />
          <ThisOutlet outlet={view.outlet} />
        </>
      );
    }
  }
}

/** The toolbar popup for one tab: one state at a time, each with a clear message. */
export function Popup(props: PopupProps) {
  const { view, onOpenOptions, onGrant, onChooseSources } = props;
  const index = view && view.state !== 'error' ? view.index : undefined;
  const label = index?.label;
  return (
    <main class="popup" aria-busy={view ? undefined : 'true'}>
      {onGrant && onChooseSources && <AccessNotice access={index?.access} onGrant={onGrant} onChoose={onChooseSources} />}
      {view ? (
        <Body {...props} view={view} />
      ) : (
        <div class="state" role="status">
          <p>Loading coverage…</p>
        </div>
      )}
      <PageLinks />
      <footer>
        {label && <span class="fine index-label">{label}</span>}
        <button type="button" class="link" onClick={onOpenOptions}>
          Sources &amp; settings
        </button>
      </footer>
    </main>
  );
}
