import { describe, expect, test } from 'vitest';
import { type IndexedArticleInput, joinThresholdFor, matchThresholdFor, StoryIndex } from '../../../utils/stories';

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 4, 1);

/** Unrelated background stories, so IDF has a corpus to learn from. */
const FILLER: IndexedArticleInput[] = [
  'Local bakery wins regional bread award',
  'Storm closes mountain pass for a second night',
  'City council debates new bicycle lanes downtown',
  'Museum opens exhibition of medieval maps',
  'Football club signs young striker from abroad',
  'Heatwave warning issued for southern provinces',
  'Tech startup raises funding for battery recycling',
  'Orchestra announces summer concert series',
].map((title, i) => ({ url: `https://filler.example/${i}`, title, published: T0 + i * HOUR }));

const a = (url: string, title: string, hours: number, description?: string): IndexedArticleInput => ({
  url: `https://news.example/${url}`,
  title,
  description,
  published: T0 + hours * HOUR,
});

const QUAKE = [
  a('q1', 'Magnitude 7.1 earthquake strikes off coast of Chile', 10, 'A strong earthquake hit northern Chile, officials said.'),
  a('q2', 'Chile earthquake: tsunami warning lifted after 7.1 quake', 12, 'Authorities in Chile lifted a tsunami warning.'),
  a('q3', 'Strong earthquake shakes Chilean coast, no tsunami', 14),
];
const ELECTION = a('e1', 'Dutch voters head to the polls in snap parliamentary election', 11);

/** The URLs of one story, from the index's rows; undefined when there is no such story. */
const urlsOf = (index: StoryIndex, id: string): string[] | undefined =>
  index
    .toRows()
    .find((r) => r.id === id)
    ?.articles.map((x) => x.url);

function indexWith(articles: IndexedArticleInput[], options = {}): StoryIndex {
  const index = new StoryIndex(options);
  for (const x of [...FILLER, ...articles]) index.add(x);
  return index;
}

describe('StoryIndex clustering', () => {
  test('articles about one event share a story; another event gets its own', () => {
    const index = indexWith([...QUAKE, ELECTION]);
    const ids = QUAKE.map((q) => index.storyOf(q.url));
    expect(new Set(ids).size).toBe(1);
    expect(index.storyOf(ELECTION.url)).not.toBe(ids[0]);
    expect(urlsOf(index, ids[0] as string)).toHaveLength(3);
  });

  test('adding a URL again is a no-op returning its story', () => {
    const index = indexWith(QUAKE);
    const before = index.size;
    expect(index.add({ ...QUAKE[0], title: 'Something else entirely' })).toBe(index.storyOf(QUAKE[0].url));
    expect(index.size).toEqual(before);
  });

  test('the same words outside the time window start a new story', () => {
    const index = indexWith(QUAKE);
    const later = a('q-later', 'Magnitude 7.1 earthquake strikes off coast of Chile', 24 * 10);
    expect(index.add(later)).not.toBe(index.storyOf(QUAKE[0].url));
  });

  test('story ids are stable: the same feed in the same order gives the same ids', () => {
    const one = indexWith([...QUAKE, ELECTION]);
    const two = indexWith([...QUAKE, ELECTION]);
    for (const x of [...QUAKE, ELECTION]) expect(two.storyOf(x.url)).toBe(one.storyOf(x.url));
  });

  test('a story is titled by its earliest headline', () => {
    const index = indexWith([QUAKE[1], QUAKE[0]]);
    expect(index.toRows().find((r) => r.id === index.storyOf(QUAKE[0].url))?.title).toBe(QUAKE[0].title);
  });
});

describe('size-aware join threshold', () => {
  test.each([
    [1, 0.1],
    [2, 0.12],
    [4, 0.13],
    [1000, 0.14],
  ])('a story of %i needs %f', (size, threshold) => {
    expect(joinThresholdFor(size, { joinThreshold: 0.14, singleJoinThreshold: 0.1 })).toBeCloseTo(threshold, 3);
  });

  test('the match threshold moves with size the same way', () => {
    const o = { matchThreshold: 0.11, singleMatchThreshold: 0.09 };
    expect(matchThresholdFor(1, o)).toBeCloseTo(0.09, 6);
    expect(matchThresholdFor(2, o)).toBeCloseTo(0.1, 6);
    expect(matchThresholdFor(1e6, o)).toBeCloseTo(0.11, 5);
  });

  test('pairing two articles takes less than joining a larger story', () => {
    // A pair forms at the single-article threshold; the third report needs the (here very high)
    // threshold of a two-article story and starts its own.
    const strict = indexWith(QUAKE, { singleJoinThreshold: 0.1, joinThreshold: 0.99, secondLookMs: 0 });
    expect(strict.storyOf(QUAKE[1].url)).toBe(strict.storyOf(QUAKE[0].url));
    expect(strict.storyOf(QUAKE[2].url)).not.toBe(strict.storyOf(QUAKE[0].url));
    const usual = indexWith(QUAKE);
    expect(usual.storyOf(QUAKE[2].url)).toBe(usual.storyOf(QUAKE[0].url));
  });
});

describe('StoryIndex second look', () => {
  // The first quake report shares too little with the copper-mine angle to join it when it comes,
  // and the later reports pair up with the mine story before the quake one.
  const arts = [
    a('q1', 'Magnitude 7.1 earthquake strikes off coast of Chile', 10),
    a('mines', 'Copper prices jump as mines halt output', 11),
    a('q2', 'Chile earthquake: copper mines halt output after 7.1 quake', 12),
    a('q3', 'Chile quake shuts copper mines, prices jump', 13),
  ];
  const later = a('other', 'Orchestra tours southern provinces', 30);

  test('an article left alone moves to the story that grew around it once the index has moved on', () => {
    const index = indexWith(arts);
    expect(index.storyOf(arts[0].url)).not.toBe(index.storyOf(arts[1].url));
    index.add(later);
    expect(index.storyOf(arts[0].url)).toBe(index.storyOf(arts[1].url));
    expect(urlsOf(index, index.storyOf(arts[1].url) as string)).toHaveLength(4);
  });

  test('is off with secondLookMs 0', () => {
    const index = indexWith([...arts, later], { secondLookMs: 0 });
    expect(index.storyOf(arts[0].url)).not.toBe(index.storyOf(arts[1].url));
  });

  test('the moved article is saved with its new story and its old story is deleted', () => {
    const index = indexWith(arts);
    const old = index.storyOf(arts[0].url) as string;
    index.takeChanges();
    index.add(later);
    const changes = index.takeChanges();
    expect(changes.delete).toEqual([old]);
    expect(changes.moved).toEqual([arts[0].url]);
    expect(changes.upsert.find((r) => r.id === index.storyOf(arts[1].url))?.articles.map((r) => r.url)).toContain(arts[0].url);
  });
});

describe('StoryIndex merges', () => {
  // Quake reports and a copper-mine angle start as two stories; a later report reads like both.
  const quake = [
    a('q1', 'Magnitude 7.1 earthquake strikes off coast of Chile', 10),
    a('q2', 'Chile earthquake: tsunami warning lifted after 7.1 quake', 11),
    a('q3', 'Strong 7.1 earthquake shakes Chilean coast, tsunami warning', 12),
  ];
  const mines = [a('m1', 'Copper prices jump as Chile mines halt output', 12.5), a('m2', 'Chile copper mines halt output, prices jump', 13)];
  const bridge = a('b', 'Chile earthquake: copper mines halt output after 7.1 quake, tsunami warning', 14);

  function run(mergeMinSize?: number) {
    const index = indexWith([...quake, ...mines], { secondLookMs: 0, ...(mergeMinSize === undefined ? {} : { mergeMinSize }) });
    const before = { quake: index.storyOf(quake[0].url) as string, mines: index.storyOf(mines[0].url) as string };
    expect(before.quake).not.toBe(before.mines);
    index.takeChanges();
    index.add(bridge);
    for (const x of quake) expect(index.storyOf(x.url)).toBe(index.storyOf(quake[0].url));
    return {
      before,
      changes: index.takeChanges(),
      rows: index.toRows(),
      quake: index.storyOf(quake[0].url) as string,
      mines: index.storyOf(mines[0].url) as string,
    };
  }

  test('two stories that one article fits merge once one of them has mergeMinSize articles', () => {
    const merged = run(3);
    expect(merged.mines).toBe(merged.quake);
  });

  test('the larger story absorbs the smaller and keeps its id; the smaller is deleted from storage', () => {
    const merged = run(3);
    expect(merged.quake).toBe(merged.before.quake);
    expect(merged.changes.delete).toEqual([merged.before.mines]);
    expect(merged.changes.upsert.map((r) => r.id)).toEqual([merged.before.quake]);
    // The articles of the mines story (the bridge had joined it) left it: saved again with their story now.
    expect(merged.changes.moved.sort()).toEqual([...mines, bridge].map((x) => x.url).sort());
    const row = merged.rows.find((r) => r.id === merged.quake);
    expect(row?.articles.map((x) => x.url).sort()).toEqual([...quake, ...mines, bridge].map((x) => x.url).sort());
    expect(row?.first).toBe(quake[0].published);
    // The centroid sums every member's weights: "copper" comes from both mine articles and the bridge.
    const copper = row?.weights[row.terms.indexOf('copper')];
    expect(copper).toBeCloseTo(3, 6);
  });

  test('below that size they stay apart: two small stories on one topic are often two developments', () => {
    const apart = run(4);
    expect(apart.mines).not.toBe(apart.quake);
    const byDefault = run();
    expect(byDefault.mines).not.toBe(byDefault.quake);
  });
});

describe('StoryIndex.match', () => {
  const index = indexWith([...QUAKE, ELECTION]);
  const quakeStory = index.storyOf(QUAKE[0].url);

  test('a known canonical URL matches its story with score 1', () => {
    expect(index.match({ url: QUAKE[1].url, title: 'whatever' })).toEqual({ storyId: quakeStory, score: 1 });
  });

  test('an unseen page about the event matches by text', () => {
    const m = index.match({ title: 'Tsunami fears after 7.1 earthquake hits Chile', published: T0 + 15 * HOUR });
    expect(m?.storyId).toBe(quakeStory);
  });

  test('an unrelated page matches nothing', () => {
    expect(index.match({ title: 'Recipe: slow-roasted tomatoes with basil', published: T0 + 15 * HOUR })).toBeNull();
  });

  test('a page without a date is matched without a time window', () => {
    expect(index.match({ title: 'Chile earthquake tsunami warning' })?.storyId).toBe(quakeStory);
  });

  test('an empty index matches nothing', () => {
    expect(new StoryIndex().match({ title: 'Chile earthquake' })).toBeNull();
  });
});

describe('StoryIndex retention and persistence', () => {
  test('remove drops articles, and stories left empty', () => {
    const index = indexWith(QUAKE);
    const id = index.storyOf(QUAKE[0].url) as string;
    index.takeChanges();
    expect(index.remove([QUAKE[0].url, 'https://not.indexed/'])).toBe(1);
    expect(urlsOf(index, id)).toHaveLength(2);
    expect(index.takeChanges()).toMatchObject({ upsert: [{ id }], delete: [] });
    index.remove([QUAKE[1].url, QUAKE[2].url]);
    expect(urlsOf(index, id)).toBeUndefined();
    expect(index.takeChanges()).toEqual({ upsert: [], delete: [id], moved: [QUAKE[1].url, QUAKE[2].url] });
  });

  test('takeChanges returns only what changed since the last call', () => {
    const index = indexWith([]);
    index.takeChanges();
    const id = index.add(ELECTION);
    const changes = index.takeChanges();
    expect(changes.upsert.map((r) => r.id)).toEqual([id]);
    expect(index.takeChanges()).toEqual({ upsert: [], delete: [], moved: [] });
  });

  test('rows round-trip: a resumed index matches and clusters as the original', () => {
    const original = indexWith([...QUAKE, ELECTION]);
    const rows = JSON.parse(JSON.stringify(original.toRows()));
    const resumed = StoryIndex.fromRows(rows);
    expect(resumed.size).toEqual(original.size);
    expect(resumed.takeChanges()).toEqual({ upsert: [], delete: [], moved: [] });
    for (const x of [...QUAKE, ELECTION]) expect(resumed.storyOf(x.url)).toBe(original.storyOf(x.url));
    const page = { title: 'Chile quake: tsunami warning lifted', published: T0 + 16 * HOUR };
    expect(resumed.match(page)).toEqual(original.match(page));
    const next = a('q4', 'Chile counts damage after 7.1 earthquake', 18);
    expect(resumed.add(next)).toBe(original.add(next));
    expect(resumed.toRows().sort((x, y) => x.id.localeCompare(y.id))).toEqual(original.toRows().sort((x, y) => x.id.localeCompare(y.id)));
  });

  test('fromArticles keeps story ids assigned elsewhere', () => {
    const index = StoryIndex.fromArticles([
      { ...QUAKE[0], storyId: 'bundled-1' },
      { ...ELECTION, storyId: 'bundled-1' },
      { ...QUAKE[1], storyId: 'bundled-2' },
    ]);
    expect(index.storyOf(ELECTION.url)).toBe('bundled-1');
    expect(urlsOf(index, 'bundled-2')).toEqual([QUAKE[1].url]);
  });
});

describe('postings in time order', () => {
  test('ranking skips stories that began before the window, however many there are', () => {
    // A recurring topic every third day for four months, then the same words today: no older story is a candidate.
    const index = new StoryIndex({ secondLookMs: 0 });
    for (let d = 0; d < 40; d++) index.add(a(`old${d}`, `Parliament debates the annual budget bill, day ${d}`, d * 72));
    const today = a('today', 'Parliament debates the annual budget bill', 40 * 72 + 1);
    const id = index.add(today);
    expect(urlsOf(index, id)).toEqual([today.url]);
    const resumed = StoryIndex.fromRows(JSON.parse(JSON.stringify(index.toRows())));
    expect(resumed.match({ title: 'Budget bill debated in parliament', published: today.published + HOUR })?.storyId).toBe(id);
  });
});
