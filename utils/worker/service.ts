import type { FeedHealthRow } from '../db';
import type { Handlers } from '../messages';
import type { ArticleMeta, Catalog } from '../model';
import type { OutletLookup } from '../sources/catalog';
import { registrableDomain } from '../sources/domain';
import type { ReaderPrefs } from '../sources/outlet-view';
import { parseSnapshot } from '../snapshot';
import { readTabState, writeTabState, type TabState } from '../tab-state';
import type { IndexStatus, TabView } from '../views';
import { showBadge, type BadgeApi } from './badge';
import type { IndexStore } from './index-store';
import { buildTabView, coverageView } from './tab-view';

export interface WorkerDeps {
  store: IndexStore;
  feedHealth(): Promise<FeedHealthRow[]>;
  /** The catalog plus the reader's custom sources. */
  outlets(): Promise<{ catalog: Catalog; lookup: OutletLookup }>;
  prefs(): Promise<ReaderPrefs & { blindspotThreshold: number }>;
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
export function createWorker(deps: WorkerDeps): { handlers: Handlers; rebadgeAll(tabIds: number[]): Promise<void> } {
  const outletOf = async (url: string) => (await deps.outlets()).lookup.byUrl(url);

  async function indexStatus(): Promise<IndexStatus> {
    const problem = await deps.refresh.problem?.();
    // A full disk can leave the database unreadable until there is room again: say why.
    const [counts, meta, refreshing] = await Promise.all([deps.store.counts(), deps.store.meta(), deps.refresh.progress()]).catch((error: unknown) => {
      throw problem ? new Error(problem) : error;
    });
    return { ...counts, label: meta?.label, lastRefresh: meta?.lastRefresh, ...(refreshing ? { refreshing } : {}), ...(problem ? { problem } : {}) };
  }

  /** Coverage for the badge, with the reader's current settings. */
  async function updateBadge(tabId: number, state: TabState) {
    if (!state.storyId) return showBadge(deps.action, tabId, null);
    const [{ catalog }, prefs, articles] = await Promise.all([deps.outlets(), deps.prefs(), deps.store.storyArticles(state.storyId)]);
    const view = coverageView(articles, catalog, prefs, state);
    return showBadge(deps.action, tabId, view.coverage.outlets, view.lean);
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
      const meta: ArticleMeta | null = article && { ...article, outletDomain: registrableDomain(article.canonicalUrl || url) ?? article.outletDomain };
      const storyId = meta ? await deps.store.match(meta) : null;
      const state: TabState = { url, article: meta, storyId, at: deps.now() };
      await writeTabState(sender.tabId, state);
      await updateBadge(sender.tabId, state);
      return { ok: true };
    },

    async tabView({ tabId }): Promise<TabView> {
      const [state, status] = await Promise.all([stateOf(tabId), indexStatus()]);
      if (!state) {
        return { state: 'error', message: 'Parallax cannot read this page.', action: 'Browser pages and the extension store cannot be read. Open a news article and try again.' };
      }
      const [{ catalog }, prefs, outlet] = await Promise.all([deps.outlets(), deps.prefs(), outletOf(state.article?.canonicalUrl || state.url)]);
      const articles = state.storyId ? await deps.store.storyArticles(state.storyId) : [];
      return buildTabView({ state, status, catalog, prefs, outlet, articles });
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

