import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { send } from '../../utils/messages';
import { customSources, disabledSources, indexSettings, ratingOverrides } from '../../utils/settings';
import { watchTabState } from '../../utils/tab-state';
import type { TabView } from '../../utils/views';

/** The tab to describe: `?tabId=N` (tests, and the popup opened in a tab), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function loadView(): Promise<TabView> {
  const tabId = await targetTab();
  if (tabId === undefined) return { state: 'error', message: 'No tab to describe.', action: 'Open a news article and click the Parallax icon again.' };
  try {
    return await send('tabView', { tabId });
  } catch (error) {
    return {
      state: 'error',
      message: `The background worker did not answer (${error instanceof Error ? error.message : String(error)}).`,
      action: 'Reload the page, or turn Parallax off and on again in the extensions page.',
    };
  }
}

/**
 * Redraws on a change to what the popup shows: this tab's article, and the settings that shape its
 * coverage (sources on or off, ratings, the reader's own sources, the blindspot threshold). Other
 * tabs' states and refresh progress are not among them. Returns the unwatch function.
 */
function watchShown(tabId: number | undefined, redraw: () => void): () => void {
  const stops = [disabledSources, ratingOverrides, customSources, indexSettings].map((item) => item.watch(redraw));
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
    if (!view) return;
    document.body.dataset.state = view.state;
    if (view.state !== 'error' && view.index.refreshing) {
      const timer = setTimeout(() => void reload(), 500);
      return () => clearTimeout(timer);
    }
  }, [view, reload]);

  return (
    <Popup
      view={view}
      aboutHref={browser.runtime.getURL('/about.html')}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onRefresh={() => void send('refreshNow', {}).then(reload)}
    />
  );
}
