import { expect, it } from 'vitest';
import { refreshFeeds, type RefreshDeps } from '../../../utils/feeds/refresh-feeds';

it.each([
  ['the browser’s DOMException', () => new DOMException('', 'QuotaExceededError')],
  ['Dexie’s wrapped abort', () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('', 'QuotaExceededError') })],
])('a full IndexedDB (%s) is said in plain words in the source’s health', async (_why, error) => {
  const deps: RefreshDeps = {
    fetchFeed: async () => ({ status: 'ok', body: new TextEncoder().encode('x'), finalUrl: 'https://a.example/feed' }),
    parseFeed: () => ({ title: 'Feed', items: [{ title: 'Item', url: 'https://a.example/1', published: null, description: '' }] }),
    save: async () => {
      throw error();
    },
    health: {},
    now: () => 0,
  };
  const report = await refreshFeeds([{ id: 'a', outletId: 'a', url: 'https://a.example/feed' }], deps);
  expect(report.outcomes[0].status).toBe('failed');
  expect(report.health.a.lastError).toMatch(/^Could not save the items: the browser’s storage for Parallax is full\. Free some disk space/);
});
