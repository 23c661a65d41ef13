/**
 * The full-tab pages' render figures: the story page with a 200-article story (target ≤ 150 ms)
 * and today's stories with 5,000 stories indexed (target ≤ 300 ms), each split into the worker's
 * part (coverage and digests from the articles) and the page's (Preact rendering into happy-dom),
 * plus the first search. Real catalog outlets; headlines from the UCI News Aggregator sample
 * (tests/fixtures/clusters). Medians of repeated runs.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Figure } from '../bench';
import type { Catalog } from '../../utils/model';
import { median } from '../median';
import { bigStory, manyStories } from '../synthetic-index';

const RUNS = 7;
/** Runs first, not counted: the JIT warms up, as it has in a page the reader keeps open. */
const WARM_UP = 2;

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export async function run(print: (f: Figure) => void): Promise<void> {
  // Extension pages run in a browser: give Preact a DOM and the pages an extension URL to link to.
  const window = new Window({ url: 'chrome-extension://bench/story.html' });
  Object.assign(globalThis, { window, document: window.document, navigator: window.navigator, Node: window.Node, Event: window.Event });
  (globalThis as Record<string, unknown>).chrome = { runtime: { id: 'bench', getURL: (p: string) => `chrome-extension://bench${p}` } };
  const [{ h, render }, { StoryPage }, { StoriesPage }, { coverageView }, { storyPageView }, { digestAll }, { createStorySearch }] = await Promise.all([
    import('preact'),
    import('../../components/pages/StoryPage'),
    import('../../components/pages/StoriesPage'),
    import('../../utils/worker/tab-view'),
    import('../../utils/story-lists/story-page'),
    import('../../utils/story-lists/digest'),
    import('../../utils/story-lists/rank'),
  ]);
  const catalog = JSON.parse(readFileSync(new URL('../../public/catalog.json', import.meta.url), 'utf8')) as Catalog;
  const outlets = new Map(catalog.outlets.map((o) => [o.id, o]));
  const prefs = { disabled: new Set<string>(), overrides: {}, blindspotThreshold: 0.2 };
  const now = Date.UTC(2026, 10, 30, 12);
  // The story page: 200 articles over two days.
  const story = bigStory(catalog, 200, now, 'big');
  const host = document.createElement('div');
  document.body.appendChild(host);
  const build: number[] = [];
  const draw: number[] = [];
  for (let r = 0; r < WARM_UP + RUNS; r++) {
    const [view, b] = timed(() =>
      storyPageView(
        coverageView(story, catalog, prefs, {
          url: story[5].url,
          article: { title: '', canonicalUrl: story[5].url, outletDomain: '' },
          storyId: 'big',
          at: now,
        }).coverage,
        catalog,
      ),
    );
    const [, d] = timed(() => render(h(StoryPage, { view, aboutHref: 'chrome-extension://bench/about.html' }), host));
    render(null, host);
    if (r < WARM_UP) continue;
    build.push(b);
    draw.push(d);
  }
  const storyLinks = (() => {
    const view = storyPageView(coverageView(story, catalog, prefs, { url: '', article: null, storyId: 'big', at: now }).coverage, catalog);
    render(h(StoryPage, { view, aboutHref: '' }), host);
    const n = host.querySelectorAll('section[aria-label="Articles"] li').length;
    render(null, host);
    return n;
  })();
  print({ figure: 'story page: coverage of a 200-article story (worker)', value: median(build), unit: 'ms', runs: RUNS });
  print({ figure: 'story page: render of a 200-article story', value: median(draw), unit: 'ms', runs: RUNS, articlesDrawn: storyLinks });
  print({ figure: 'story page: total', value: median(build.map((b, i) => b + draw[i])), unit: 'ms', target: '≤ 150 ms', runs: RUNS });

  // Today's stories: 5,000 stories of four articles each, spread over the last week.
  const articles = manyStories(catalog, 5000, 4, now);
  const digestMs: number[] = [];
  const pageMs: number[] = [];
  const indexMs: number[] = [];
  const queryMs: number[] = [];
  let stories = digestAll(articles, { outlets, blindspotThreshold: 0.2 });
  for (let r = 0; r < WARM_UP + RUNS; r++) {
    const [digests, dms] = timed(() => digestAll(articles, { outlets, blindspotThreshold: 0.2 }));
    stories = digests;
    if (r >= WARM_UP) digestMs.push(dms);
  }
  for (let r = 0; r < WARM_UP + RUNS; r++) {
    const [, pms] = timed(() => render(h(StoriesPage, { stories, now }), host));
    render(null, host);
    const [search, ims] = timed(() => createStorySearch(stories));
    const [, qms] = timed(() => search('stoks fall china'));
    if (r < WARM_UP) continue;
    pageMs.push(pms);
    indexMs.push(ims);
    queryMs.push(qms);
  }
  print({ figure: "today's stories: digests of 5,000 stories / 20,000 articles (worker)", value: median(digestMs), unit: 'ms', runs: RUNS });
  print({ figure: "today's stories: render with 5,000 stories", value: median(pageMs), unit: 'ms', target: '≤ 300 ms', runs: RUNS });
  print({ figure: "today's stories: search index of 5,000 stories (built on the first search)", value: median(indexMs), unit: 'ms', runs: RUNS });
  print({ figure: "today's stories: one typo-tolerant query over 5,000 stories", value: median(queryMs), unit: 'ms', runs: RUNS });
  await window.happyDOM.close();
}
