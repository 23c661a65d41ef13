import { withFullSpelling } from '../article/extract-article';
import type { FeedHealthRow } from '../db';
import type { Handlers } from '../messages';
import type { Catalog } from '../model';
import type { OutletLookup } from '../sources/catalog';
import type { ReaderPrefs } from '../sources/outlet-view';
import { parseSnapshot } from '../snapshot';
import { readTabState, writeTabState, type TabState } from '../tab-state';
import type { IndexStatus, TabView } from '../views';
import { showBadge, type BadgeApi } from './badge';
import type { IndexStore } from './index-store';
import { buildTabView, coverageView } from './tab-view';

export interface HandlerDeps {
  store: IndexStore;
  feedHealth(): Promise<FeedHealthRow[]>;
  /** The catalog plus the reader's custom sources. */
  outlets(): Promise<{ catalog: Catalog; lookup: OutletLookup }>;
  prefs(): Promise<ReaderPrefs>;
  action: BadgeApi;
  /** Runs the content script in a tab the reader clicked on (activeTab). */
  inject(tabId: number): Promise<void>;
  refresh: { start(): boolean; progress(): Promise<IndexStatus['refreshing']>; problem?(): Promise<string | undefined> };
  now(): number;
  sleep(ms: number): Promise<void>;
}

/**
 * The worker's answers to every message (see utils/messages.ts), and `rebadgeAll` for when the
 * reader's settings change under open tabs.
 */
export function createHandlers(deps: HandlerDeps): { handlers: Handlers; rebadgeAll(tabIds: number[]): Promise<void> } {
  const outletOf = async (url: string) => (await deps.outlets()).lookup.byUrl(url);

  async function indexStatus(): Promise<IndexStatus> {
    const problem = await deps.refresh.problem?.();
    // A full disk can leave the database unreadable until there is room again: say why.
    const [counts, meta, refreshing] = await Promise.all([deps.store.counts(), deps.store.meta(), deps.refresh.progress()]).catch((error: unknown) => {
      throw problem ? new Error(problem) : error;
    });
    return { ...counts, label: meta?.label, lastRefresh: meta?.lastRefresh, ...(refreshing ? { refreshing } : {}), ...(problem ? { problem } : {}) };
  }

  /**
   * The coverage of a tab's story under the reader's current settings: what the badge counts and
   * the popup shows, built in this one place. Null when the tab's page matched no story.
   */
  async function coverageOfTab(state: TabState, settings?: { catalog: Catalog; prefs: ReaderPrefs }) {
    if (!state.storyId) return null;
    const [{ catalog, prefs }, articles] = await Promise.all([
      settings ?? Promise.all([deps.outlets(), deps.prefs()]).then(([{ catalog }, prefs]) => ({ catalog, prefs })),
      deps.store.storyArticles(state.storyId),
    ]);
    return coverageView(articles, catalog, prefs, state);
  }

  async function updateBadge(tabId: number, state: TabState) {
    const view = await coverageOfTab(state);
    return showBadge(deps.action, tabId, view ? view.coverage.outlets : null, view?.lean);
  }

  async function stateOf(tabId: number): Promise<TabState | null> {
    const known = await readTabState(tabId);
    if (known) return known;
    // A site outside the catalog: read it now that the reader clicked (activeTab), then wait for
    // the content script's report.
    await deps.inject(tabId).catch(() => undefined);
    for (let i = 0; i < 20; i++) {
      await deps.sleep(100);
      const state = await readTabState(tabId);
      if (state) return state;
    }
    return null;
  }

  async function rebadgeAll(tabIds: number[]) {
    for (const tabId of tabIds) {
      const state = await readTabState(tabId);
      if (state) await updateBadge(tabId, state).catch(() => undefined);
    }
  }

  const handlers: Handlers = {
    async pageArticle({ url, article }, sender) {
      if (sender.tabId === undefined) return { ok: true };
      // Normalised once, here: the canonical URL in the index's spelling and the registrable outlet
      // domain. The tab's state keeps it so, for the badge, the popup and the match alike.
      const normalised = article && withFullSpelling(article);
      const storyId = normalised ? await deps.store.match(normalised) : null;
      const state: TabState = { url, article: normalised, storyId, at: deps.now() };
      await writeTabState(sender.tabId, state);
      await updateBadge(sender.tabId, state);
      return { ok: true };
    },

    async tabView({ tabId }): Promise<TabView> {
      const [state, status] = await Promise.all([stateOf(tabId), indexStatus()]);
      if (!state) {
        return {
          state: 'error',
          message: 'Parallax cannot read this page.',
          action: 'Browser pages and the extension store cannot be read. Open a news article and try again.',
        };
      }
      const [{ catalog }, prefs, outlet] = await Promise.all([deps.outlets(), deps.prefs(), outletOf(state.article?.canonicalUrl || state.url)]);
      const view = state.article && status.articles > 0 ? await coverageOfTab(state, { catalog, prefs }) : null;
      return buildTabView({ state, status, catalog, prefs, outlet, coverage: view?.coverage });
    },

    indexStatus,

    async refreshNow() {
      return { started: deps.refresh.start() };
    },

    feedHealth: () => deps.feedHealth(),

    async exportIndex() {
      const meta = await deps.store.meta();
      return deps.store.exportSnapshot(meta?.label ?? `Parallax index exported ${new Date(deps.now()).toISOString().slice(0, 10)}`);
    },

    async importIndex({ text }) {
      const parsed = parseSnapshot(text);
      if (!parsed.ok) return parsed;
      try {
        await deps.store.importSnapshot(parsed.snapshot, 'import');
      } catch (error) {
        // The import is one transaction: the index the reader had is still there.
        return { ok: false, error: `The index could not be saved, and nothing changed (${error instanceof Error ? error.message : String(error)}).` };
      }
      return { ok: true, articles: parsed.snapshot.articles.length };
    },

    async clearIndex() {
      await deps.store.clear();
      return { ok: true };
    },
  };
  return { handlers, rebadgeAll };
}
