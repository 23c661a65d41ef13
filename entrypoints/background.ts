import { browser } from 'wxt/browser';
import { createDb } from '../utils/db';
import { createDietStore } from '../utils/diet/diet-store';
import { fetchFeed } from '../utils/feeds/fetch-feed';
import type { Catalog } from '../utils/model';
import { refreshProblem, refreshProgress } from '../utils/refresh-progress';
import { countCarriers, customSources, disabledSources, indexSettings, ratingOverrides, storyCorrections, sourcesChosen } from '../utils/settings';
import { clearTabState } from '../utils/tab-state';
import { createDigestTable } from '../utils/worker/digest-table';
import { createIndexStore } from '../utils/worker/index-store';
import { createOutletSource, readPrefs } from '../utils/worker/outlet-catalog';
import { createRefreshController } from '../utils/worker/refresh-controller';
import { browserDiskProbe } from '../utils/worker/disk-headroom';
import { createRouter } from '../utils/worker/router';
import { createHandlers } from '../utils/worker/handlers';
import { showBadge } from '../utils/worker/badge';
import { createHostAccess } from '../utils/worker/host-access';
import { createTabThrottle } from '../utils/worker/tab-throttle';
import { injectReader } from '../utils/worker/inject-reader';

const REFRESH_ALARM = 'refresh-feeds';

export default defineBackground(() => {
  // Firefox's MV2 build names it browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const db = createDb();
  const store = createIndexStore(db);
  const loadCatalog = async () => (await (await fetch(browser.runtime.getURL('/catalog.json'))).json()) as Catalog;
  const outlets = createOutletSource(loadCatalog, () => customSources.getValue());
  customSources.watch(() => outlets.invalidate());
  const access = createHostAccess(async () => (await outlets()).catalog.outlets);
  const refresh = createRefreshController({
    db,
    store,
    async enabledOutlets() {
      const [{ catalog }, disabled] = await Promise.all([outlets(), disabledSources.getValue()]);
      return catalog.outlets.filter((o) => !disabled.includes(o.id));
    },
    settings: () => indexSettings.getValue(),
    fetchFeed,
    progress: { get: () => refreshProgress.getValue(), set: (p) => refreshProgress.setValue(p) },
    problem: { get: () => refreshProblem.getValue(), set: (m) => refreshProblem.setValue(m) },
    now: Date.now,
    grantedOrigins: access.granted,
    preferredCountries: () => [new Intl.Locale(navigator.language).maximize().region ?? ''],
    disk: browserDiskProbe(),
  });
  const { handlers, rebadgeAll } = createHandlers({
    store,
    feedHealth: () => db.feeds.toArray(),
    outlets,
    prefs: readPrefs,
    action,
    inject: injectReader,
    refresh,
    now: Date.now,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    access: access.status,
    diet: createDietStore(db),
    digests: createDigestTable(db),
    disk: browserDiskProbe(),
  });
  browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/')));
  void refreshProgress.setValue(null); // A starting worker runs no refresh: older progress is stale.

  async function schedule() {
    const { refreshMinutes } = await indexSettings.getValue();
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: refreshMinutes, delayInMinutes: refreshMinutes });
  }

  access.follow(() => void refresh.start());
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // A fresh install starts empty and fetches nothing until the reader chooses their sources.
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html'), active: false });
    // Someone who had Parallax before the first-run page asked has already chosen.
    if (reason === 'update' && (await sourcesChosen.getValue()) === null) await sourcesChosen.setValue(Date.now());
    await schedule();
  });
  indexSettings.watch(() => void schedule());
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === REFRESH_ALARM && (await sourcesChosen.getValue()) !== null) await refresh.run().catch(() => undefined);
  });

  // A tab that loads (at most once a second: Chromium counts each pushState) or closes forgets
  // its article and badge; a single-page site's URL change is re-read by the content script.
  const loads = createTabThrottle(1000);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || !loads.take(tabId)) return;
    void clearTabState(tabId);
    void showBadge(action, tabId, null).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  // Toggling a source or overriding a rating changes the badges of open tabs at once.
  const rebadge = () => void browser.tabs.query({}).then((tabs) => rebadgeAll(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]))));
  disabledSources.watch(rebadge);
  ratingOverrides.watch(rebadge);
  countCarriers.watch(rebadge);
  storyCorrections.watch(rebadge);
});
