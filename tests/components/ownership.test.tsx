// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceRow } from '../../components/options/SourceRow';
import { OutletCard } from '../../components/OutletCard';
import { OwnershipLine } from '../../components/OwnershipLine';
import type { DataSource, Outlet } from '../../utils/model';
import { outletView } from '../../utils/sources/outlet-view';
import { ownershipMix } from '../../utils/sources/ownership';

afterEach(cleanup);

const media: DataSource = {
  id: 'kite-media',
  name: 'Kagi News media data',
  url: 'https://github.com/kagisearch/kite-public',
  licence: 'MIT',
  licenceUrl: 'https://opensource.org/license/mit',
  attribution: 'x',
  commit: 'c4fc3b5',
  date: '2026-05-12',
};
const list: DataSource = { ...media, id: 'kite', name: 'Kagi News feed list' };
const outlet = (id: string, extra: Partial<Outlet> = {}): Outlet => ({
  id,
  name: id.toUpperCase(),
  homepage: `https://${id}.example/`,
  domains: [`${id}.example`],
  feeds: [],
  country: 'RU',
  language: 'en',
  ...extra,
});
const rt = outlet('rt', { ownership: { kind: 'state-funded', owner: 'Russian government', source: 'kite-media' } });
const prefs = { disabled: new Set<string>(), overrides: {} };

describe('ownership in the popup', () => {
  it('labels a state-funded outlet and says who owns it, with the source', () => {
    render(<OutletCard outlet={outletView(rt, prefs, [], [media])} />);
    const card = screen.getByRole('region', { name: 'This outlet' });
    expect(card.querySelector('.tag.state-funded')?.textContent).toBe('State-funded');
    expect(card.textContent).toContain('OwnershipState-funded Russian government (Kagi News media data, May 2026, MIT)');
  });

  it('shows no ownership row for an outlet the data does not cover', () => {
    render(<OutletCard outlet={outletView(outlet('x'), prefs, [], [media])} />);
    expect(screen.getByRole('region', { name: 'This outlet' }).textContent).not.toContain('Ownership');
  });

  it.each([
    [['rt', 'a', 'b'], '1 of 3 outlets is state-funded, 1 public media (ownership known for 2 of 3)'],
    [['a', 'b'], 'None of the 2 outlets is known to be state-funded, 1 public media (ownership known for 1 of 2)'],
  ])('sums up who owns the outlets covering %j', (ids, text) => {
    const outlets = new Map([rt, outlet('a', { ownership: { kind: 'public', source: 'kite-media' } }), outlet('b')].map((o) => [o.id, o]));
    render(<OwnershipLine mix={ownershipMix(ids, outlets)} />);
    expect(screen.getByLabelText('Ownership').textContent).toBe(text);
  });
});

describe('ownership and feed evidence in the options list', () => {
  const withFeeds = {
    ...rt,
    feeds: ['https://rt.example/rss', 'https://rt.example/es/rss'],
    feedSources: [['kite'], ['kite', 'yavuz']],
    feedLanguages: { 'https://rt.example/es/rss': 'es' },
  };
  const row = (o: Outlet) =>
    render(
      <ul>
        <SourceRow outlet={o} enabled onToggle={() => {}} onOverride={() => {}} feedLists={[list]} />
      </ul>,
    );

  it('labels a state-funded outlet in its row', () => {
    row(withFeeds);
    expect(screen.getByText('State-funded').className).toBe('tag state-funded');
  });

  it('shows each feed with the lists that carry it in the edit view', () => {
    row(withFeeds);
    fireEvent.click(screen.getByRole('button', { name: 'Edit ratings of RT' }));
    const items = screen.getByRole('region', { name: 'Feeds of RT' }).querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'https://rt.example/rss · listed by Kagi News feed list (c4fc3b5, MIT)',
      'https://rt.example/es/rss · in Spanish · listed by Kagi News feed list (c4fc3b5, MIT), yavuz',
    ]);
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('https://github.com/kagisearch/kite-public/tree/c4fc3b5');
  });

  it('says when no list carries a feed of the outlet', () => {
    row(outlet('ap', { country: 'US' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit ratings of AP' }));
    expect(screen.getByText(/No public list carries a feed of AP/)).toBeTruthy();
  });
});
