// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { disabledSources } from '../../../utils/settings';
import { CATALOG, fakeDeps } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('host access from the options page', () => {
  it('turning sources on asks, on that click, for their feed hosts and sites; turning one off asks nothing', async () => {
    await disabledSources.setValue(['fox-news', 'le-monde', 'reuters']);
    const { deps } = fakeDeps();
    render(<OptionsPage catalog={CATALOG} deps={deps} />);
    const list = await screen.findByRole('region', { name: 'Source list' });
    fireEvent.click(within(list).getByRole('switch', { name: /^Fox News/ }));
    expect(deps.requestOrigins).toHaveBeenCalledWith(['*://*.foxnews.com/*', 'https://fox-news.example/*']);
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual(['le-monde', 'reuters']));
    await waitFor(() => expect((within(list).getByRole('switch', { name: /^Fox News/ }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(list).getByRole('switch', { name: /^Associated Press/ }));
    expect(deps.requestOrigins).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual(['ap', 'le-monde', 'reuters']));
    await waitFor(() => expect((within(list).getByRole('switch', { name: /^Associated Press/ }) as HTMLInputElement).checked).toBe(false));
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'FR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn all 1 on' }));
    expect(deps.requestOrigins).toHaveBeenLastCalledWith(['*://*.lemonde.fr/*', 'https://le-monde.example/*']);
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual(['ap', 'reuters']));
  });

  it('says which sources lack access and asks for exactly that, then refreshes', async () => {
    const origins = ['*://*.reuters.com/*', 'https://reuters.example/*'];
    const { deps, calls } = fakeDeps({ indexStatus: () => ({ articles: 0, stories: 0, access: { chosen: true, sources: 6, missing: 1, origins } }) });
    render(<OptionsPage catalog={CATALOG} deps={deps} />);
    const notice = await screen.findByRole('region', { name: 'Access' });
    expect(notice.textContent).toContain('Parallax may not read the feeds and sites of 1 of your 6 sources');
    fireEvent.click(within(notice).getByRole('button', { name: 'Allow access to 1 source' }));
    expect(deps.requestOrigins).toHaveBeenCalledWith(origins);
    await waitFor(() => expect(calls.map((c) => c.type)).toContain('refreshNow'));
  });
});
