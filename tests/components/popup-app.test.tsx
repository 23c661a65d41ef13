// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { App } from '../../entrypoints/popup/App';
import { send } from '../../utils/messages';
import { refreshProgress } from '../../utils/refresh-progress';
import { disabledSources, indexSettings } from '../../utils/settings';
import { matched } from './view-fixtures';

vi.mock('../../utils/messages', () => ({ send: vi.fn() }));
const asked = vi.mocked(send);

/** Lets storage change events reach their listeners. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const tabViewCalls = () => asked.mock.calls.filter(([type]) => type === 'tabView').length;

beforeEach(async () => {
  fakeBrowser.reset();
  asked.mockReset();
  asked.mockResolvedValue(matched as never);
  history.replaceState(null, '', '/popup.html?tabId=4');
  render(<App first={Promise.resolve(matched)} />);
  await screen.findByRole('heading', { level: 1 });
  await settle();
});
afterEach(cleanup);

describe('the popup listens only to the keys it shows', () => {
  it('ignores other tabs and unrelated keys', async () => {
    await storage.setItem('session:tab-5', { url: 'https://other.example/', article: null, storyId: null, at: 1 });
    await storage.setItem('local:somethingElse', 1);
    await settle();
    expect(tabViewCalls()).toBe(0);
  });

  it('redraws when its own tab’s article changes', async () => {
    await storage.setItem('session:tab-4', { url: 'https://apnews.com/x', article: null, storyId: null, at: 2 });
    await waitFor(() => expect(tabViewCalls()).toBe(1));
    expect(asked).toHaveBeenCalledWith('tabView', { tabId: 4 });
  });

  it('redraws on each step of a running refresh, whose progress it shows, and when it ends', async () => {
    await refreshProgress.setValue({ done: 1, total: 9, at: 1 });
    await waitFor(() => expect(tabViewCalls()).toBe(1));
    await refreshProgress.setValue(null);
    await waitFor(() => expect(tabViewCalls()).toBe(2));
  });

  it('redraws when a setting that shapes coverage changes', async () => {
    await disabledSources.setValue(['ap']);
    await waitFor(() => expect(tabViewCalls()).toBe(1));
    await indexSettings.setValue({ ...(await indexSettings.getValue()), blindspotThreshold: 0.3 });
    await waitFor(() => expect(tabViewCalls()).toBe(2));
  });
});
