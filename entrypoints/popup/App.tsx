import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { detach, undo } from '../../utils/copies';
import { send } from '../../utils/messages';
import { refreshProgress } from '../../utils/refresh-progress';
import { countCarriers, customSources, disabledSources, indexSettings, ratingOverrides, storyCorrections } from '../../utils/settings';
import { watchTabState } from '../../utils/tab-state';
import { errorViews, type TabView } from '../../utils/views';

/** The tab to describe: `?tabId=N` (tests, and the popup opened in a tab), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function loadView(): Promise<TabView> {
  const tabId = await targetTab();
  if (tabId === undefined) return errorViews.noTab();
  try {
    return await send('tabView', { tabId });
  } catch (error) {
    return errorViews.workerSilent(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Redraws on a change to what the popup shows: this tab's article, the settings that shape its
 * coverage (sources on or off, ratings, the reader's own sources, the blindspot threshold) and the
 * progress of a running refresh. Other tabs' states are not among them. Returns the unwatch function.
 */
function watchShown(tabId: number | undefined, redraw: () => void): () => void {
  const stops = [disabledSources, ratingOverrides, customSources, indexSettings, countCarriers, storyCorrections, refreshProgress].map((item) =>
    (item as typeof disabledSources).watch(redraw),
  );
  if (tabId !== undefined) stops.push(watchTabState(tabId, redraw));
  return () => {
    for (const stop of stops) stop();
  };
}

/**
 * Shows the tab's view and keeps it current while settings change or a refresh runs. `first` is
 * the view already asked for before the first render, so the worker works while Preact starts.
 */
export function App({ first }: { first: Promise<TabView> }) {
  const [view, setView] = useState<TabView>();
  const reload = useCallback(() => loadView().then(setView), []);

  useEffect(() => {
    void first.then(setView);
    let stop: (() => void) | undefined;
    let closed = false;
    void targetTab().then((tabId) => {
      if (!closed) stop = watchShown(tabId, () => void reload());
    });
    return () => {
      closed = true;
      stop?.();
    };
  }, [first, reload]);

  useEffect(() => {
    // Read by the e2e suite to know which state is on screen.
    if (view) document.body.dataset.state = view.state;
  }, [view]);

  return (
    <Popup
      view={view}
      aboutHref={browser.runtime.getURL('/about.html')}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onRefresh={() => void send('refreshNow', {}).then(reload)}
      // Asked from the click itself: the browser shows its prompt only for a user gesture.
      onGrant={(origins) =>
        void browser.permissions
          .request({ origins })
          .then((granted) => (granted ? send('refreshNow', {}) : undefined))
          .then(reload)
      }
      onChooseSources={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
      onWhy={async (url) => {
        const tabId = await targetTab();
        return tabId === undefined ? null : send('whyGrouped', { tabId, url });
      }}
      // Corrections are settings: written here, and the storage change redraws this popup and the badge.
      onDetach={(target, story) => void storyCorrections.getValue().then((all) => storyCorrections.setValue(detach(all, target, story, Date.now())))}
      onUndo={(d) => void storyCorrections.getValue().then((all) => storyCorrections.setValue(undo(all, d.url, d.storyId)))}
    />
  );
}
