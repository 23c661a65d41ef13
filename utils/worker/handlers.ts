import type { AccessStatus } from '../access';
import { withFullSpelling } from '../article/extract-article';
import type { FeedHealthRow } from '../db';
import type { DietStore } from '../diet/diet-store';
import type { Handlers } from '../messages';
import type { Catalog } from '../model';
import type { OutletLookup } from '../sources/catalog';
import { parseSnapshot } from '../snapshot';
import { readTabState, writeTabState, type TabState } from '../tab-state';
import { errorViews, type IndexStatus, type TabView } from '../views';
import { showBadge, type BadgeApi } from './badge';
import { t } from '../i18n/translate';
import { hasRoom, type DiskProbe } from './disk-headroom';
import type { DigestTable } from './digest-table';
import type { IndexStore } from './index-store';
import { createCoverageMemo } from './coverage-memo';
import { createPageHandlers } from './page-handlers';
import { buildTabView, coverageView, pageDetached, type Prefs } from './tab-view';
import { explainGrouping } from './explain-grouping';

export interface HandlerDeps {
  store: IndexStore;
  feedHealth(): Promise<FeedHealthRow[]>;
  /** The catalog plus the reader's custom sources. */
  outlets(): Promise<{ catalog: Catalog; lookup: OutletLookup }>;
  prefs(): Promise<Prefs>;
  action: BadgeApi;
  /** Runs the content script in a tab the reader clicked on (activeTab). */
  inject(tabId: number): Promise<void>;
  refresh: { start(): boolean; progress(): Promise<IndexStatus['refreshing']>; problem?(): Promise<string | undefined> };
  now(): number;
  sleep(ms: number): Promise<void>;
  /** What the reader's host grants leave out (shown with the index status). */
  access?(): Promise<AccessStatus>;
  /** The reader's news diet: notes recognised articles only when they turned it on. */
  diet: DietStore;
  /** Where the story digests outlive the worker (none: kept in memory only). */
  digests?: DigestTable;
  /** Free disk space, checked before an import writes (disk-headroom.ts); none: not checked. */
  disk?: DiskProbe;
}

/**
 * The worker's answers to every message (see utils/messages.ts), and `rebadgeAll` for when the
 * reader's settings change under open tabs.
 */
export function createHandlers(deps: HandlerDeps): { handlers: Handlers; rebadgeAll(tabIds: number[]): Promise<void> } {
  const outletOf = async (url: string) => (await deps.outlets()).lookup.byUrl(url);
  // Shared by the badge, the popup and the story page: each asks for the story the last one counted.
  const coverages = createCoverageMemo();

  async function indexStatus(): Promise<IndexStatus> {
    const problem = await deps.refresh.problem?.();
    // A full disk can leave the database unreadable until there is room again: say why.
    const [counts, meta, refreshing, access] = await Promise.all([deps.store.counts(), deps.store.meta(), deps.refresh.progress(), deps.access?.()]).catch(
      (error: unknown) => {
        throw problem ? new Error(problem) : error;
      },
    );
    const follow = meta?.origin === 'url' ? meta.follow : undefined;
    return {
      ...counts,
      label: meta?.label,
      lastRefresh: meta?.lastRefresh,
      ...(refreshing ? { refreshing } : {}),
      ...(follow ? { source: { url: follow.url, version: follow.sequence, createdAt: meta?.createdAt, checkedAt: follow.checkedAt } } : {}),
      ...(meta?.followError ? { sourceError: meta.followError.message } : {}),
      ...(access ? { access } : {}),
      ...(problem ? { problem } : {}),
    };
  }

  /**
   * The coverage of a tab's story under the reader's current settings: what the badge counts and
   * the popup shows, built in this one place. Null when the tab's page matched no story.
   */
  async function coverageOfTab(state: TabState, settings?: { catalog: Catalog; prefs: Prefs }) {
    if (!state.storyId) return null;
    const [{ catalog, prefs }, articles] = await Promise.all([
      settings ?? Promise.all([deps.outlets(), deps.prefs()]).then(([{ catalog }, prefs]) => ({ catalog, prefs })),
      deps.store.storyArticles(state.storyId),
    ]);
    const detached = pageDetached(state, articles, prefs.corrections);
    const storyTitle = () => [...articles].sort((a, b) => a.published - b.published).find((a) => a.url !== detached?.url)?.title ?? '';
    const detachedPage = detached && { url: detached.url, title: detached.title, storyId: detached.storyId, outletName: '', storyTitle: storyTitle() };
    return { ...coverageView(articles, catalog, prefs, state, coverages), detachedPage };
  }

  async function updateBadge(tabId: number, state: TabState) {
    const view = await coverageOfTab(state);
    if (!view || view.detachedPage) return showBadge(deps.action, tabId, null);
    // The number the reader's setting counts: by default the outlets that reported it themselves.
    const { reporting } = view.coverage;
    return reporting.countCarriers
      ? showBadge(deps.action, tabId, view.coverage.outlets, view.lean, 'covered')
      : showBadge(deps.action, tabId, reporting.reported, view.lean, 'reported');
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
      // An article of an outlet Parallax knows goes into the diet (which checks it is on).
      const outlet = normalised ? await outletOf(normalised.canonicalUrl || url) : undefined;
      if (outlet) await deps.diet.record(outlet.id, storyId).catch(() => undefined);
      return { ok: true };
    },

    async tabView({ tabId }): Promise<TabView> {
      const [state, status] = await Promise.all([stateOf(tabId), indexStatus()]);
      if (!state) return errorViews.unreadablePage();
      const [{ catalog }, prefs, outlet] = await Promise.all([deps.outlets(), deps.prefs(), outletOf(state.article?.canonicalUrl || state.url)]);
      const view = state.article && status.articles > 0 ? await coverageOfTab(state, { catalog, prefs }) : null;
      const detachedPage = view?.detachedPage && { ...view.detachedPage, outletName: outlet?.name ?? state.article?.outletDomain ?? '' };
      return buildTabView({ state, status, catalog, prefs, outlet, coverage: view?.coverage, detachedPage });
    },

    indexStatus,

    async whyGrouped({ tabId, url }) {
      const state = await readTabState(tabId);
      if (!state?.storyId) return null;
      const [{ catalog }, articles] = await Promise.all([deps.outlets(), deps.store.storyArticles(state.storyId)]);
      return explainGrouping(url, articles, state, catalog);
    },

    async refreshNow() {
      return { started: deps.refresh.start() };
    },

    feedHealth: () => deps.feedHealth(),

    async exportIndex({ includeDiet }) {
      const meta = await deps.store.meta();
      const snapshot = await deps.store.exportSnapshot(meta?.label ?? `Parallax index exported ${new Date(deps.now()).toISOString().slice(0, 10)}`);
      // The diet stays out of an export unless the reader asks for it.
      return includeDiet ? { ...snapshot, diet: await deps.diet.entries() } : snapshot;
    },

    async importIndex({ text, demo }) {
      const parsed = parseSnapshot(text);
      if (!parsed.ok) return parsed;
      // On a nearly full disk nothing is written: the browser could lose the index it holds.
      if (deps.disk && !(await hasRoom(deps.disk, 3 * text.length))) return { ok: false, error: t('refresh_storageFull') };
      try {
        await deps.store.importSnapshot(parsed.snapshot, demo === true ? 'demo' : 'import');
      } catch (error) {
        // The import is one transaction: the index the reader had is still there.
        return { ok: false, error: `The index could not be saved, and nothing changed (${error instanceof Error ? error.message : String(error)}).` };
      }
      // A diet exported with the index comes back beside the diet already kept.
      const diet = parsed.snapshot.diet && (await deps.diet.restore(parsed.snapshot.diet).catch((error: unknown) => error));
      if (diet instanceof Error) return { ok: false, error: `The index was imported, but the news diet in the file could not be saved (${diet.message}).` };
      return { ok: true, articles: parsed.snapshot.articles.length };
    },

    async clearIndex() {
      await deps.store.clear();
      return { ok: true };
    },

    ...createPageHandlers({
      ...deps,
      storyArticles: deps.store.storyArticles,
      allArticles: deps.store.allArticles,
      watch: deps.store.watch,
      stamp: deps.store.stamp,
      table: deps.digests,
      coverages,
    }),
  };
  return { handlers, rebadgeAll };
}
