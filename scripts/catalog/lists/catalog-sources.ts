/** The public feed lists and the ownership sources the catalog is built from, with their licences. */
import type { DataSource } from '../../../utils/model';

const MIT = { licence: 'MIT', licenceUrl: 'https://opensource.org/license/mit' };

export const FEED_LISTS: DataSource[] = [
  {
    id: 'kite',
    name: 'Kagi News feed list',
    url: 'https://github.com/kagisearch/kite-public',
    ...MIT,
    attribution: 'kite_feeds.json from kagisearch/kite-public, Copyright (c) 2024 Kagi Search, MIT License.',
    commit: 'c4fc3b5',
    date: '2026-05-12',
  },
  {
    id: 'yavuz',
    name: 'News feed list of countries',
    url: 'https://github.com/yavuz/news-feed-list-of-countries',
    ...MIT,
    attribution:
      'database/news-feed-list-of-countries.json and the feed validity table of its README (scan of ' +
      '2026-03-25) from yavuz/news-feed-list-of-countries, MIT License (as its package.json declares).',
    commit: '26a26b6',
    date: '2026-03-25',
  },
  {
    id: 'plenary',
    name: 'Awesome RSS feeds (Plenary)',
    url: 'https://github.com/plenaryapp/awesome-rss-feeds',
    licence: 'CC0 1.0',
    licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    attribution: 'Country OPML lists and the News list from plenaryapp/awesome-rss-feeds, dedicated to the public domain (CC0 1.0).',
    commit: '9ff012e',
    date: '2026-05-31',
  },
];

export const OWNERSHIP_SOURCES: DataSource[] = [
  {
    id: 'kite-media',
    name: 'Kagi News media data',
    url: 'https://github.com/kagisearch/kite-public',
    ...MIT,
    attribution:
      'Owner and typology of media organisations from media_data.json in kagisearch/kite-public, ' +
      'Copyright (c) 2024 Kagi Search, MIT License. Typologies are mapped onto six kinds; owners are shortened to their first clause.',
    commit: 'c4fc3b5',
    date: '2026-05-12',
  },
  {
    id: 'state-media-matrix',
    name: 'State Media Matrix (State Media Monitor, Alliance for Securing Democracy)',
    url: 'https://github.com/ASD-at-GMF/state-media-profiles',
    ...MIT,
    attribution:
      'Media company, site and model of state-affiliated media from State_Media_Matrix.csv in ASD-at-GMF/state-media-profiles ' +
      '(seed data from the State Media Monitor of the Media and Journalism Research Center), Copyright (c) 2023 ASD-at-GMF, MIT License. ' +
      'Used only where Kagi News media data has no record; models mapped onto six kinds (captured models: unknown).',
    commit: 'd878fee',
    date: '2024-02-07',
  },
];
