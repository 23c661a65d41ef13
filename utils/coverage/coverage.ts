/**
 * How a story was covered, for the reader's settings: distinct outlets, the bias and factuality
 * mix, a blindspot verdict, when it was first reported and last updated, and a short summary.
 * Disabled sources and the reader's rating overrides apply here, at read time, so toggling a
 * source never needs re-clustering.
 */
import { BIASES, FACTUALITIES, type Bias, type BiasOrUnrated, type Factuality, type FactualityOrUnrated, type Outlet } from '../model';
import { type CopyInput, type CopyMark, honestCoverage, type Reporting } from '../copies';
import { blindspotOf, type Blindspot } from './blindspot';
import { largestRemainder } from './percent';
import { summarize, type SummarySentence } from './summary';

/** One article of the story (an IndexedArticle fits): what copy detection reads of it. */
export type CoverageArticle = CopyInput;

/** The reader's own rating of an outlet, which wins over the catalog's. */
export interface RatingOverride {
  bias?: Bias;
  factuality?: Factuality;
}

export interface CoverageSettings {
  /** The catalog (and custom sources) by outlet id. */
  outlets: ReadonlyMap<string, Outlet> | Readonly<Record<string, Outlet>>;
  /** Outlet ids the reader switched off: their articles are left out entirely. */
  disabled?: ReadonlySet<string>;
  overrides?: Readonly<Record<string, RatingOverride>>;
  /** Blindspot when a side has fewer than this share of rated outlets. Default 0.2. */
  blindspotThreshold?: number;
  /** No verdict below this many rated outlets. Default 5. */
  blindspotMinRated?: number;
  /** Summary length in sentences. Default 3. */
  summarySentences?: number;
  /** Count outlets that only carried a wire copy in the mix and the blindspot. Default false. */
  countCarriers?: boolean;
}

/** One outlet that covered the story, however many articles it ran. */
interface OutletCoverage {
  outletId: string;
  name: string;
  bias: BiasOrUnrated;
  factuality: FactualityOrUnrated;
  articles: number;
  /** Its earliest article on the story. */
  url: string;
  published: number;
}

/** A count of outlets and its whole-number percentage (percentages of one mix add to 100). */
export interface Share {
  count: number;
  percent: number;
}

export interface Coverage {
  totalArticles: number;
  outletCount: number;
  /** Outlets in order of their first article. */
  outlets: OutletCoverage[];
  bias: Record<BiasOrUnrated, Share>;
  factuality: Record<FactualityOrUnrated, Share>;
  blindspot: Blindspot;
  firstReported: { outletId: string; name: string; url: string; published: number } | null;
  lastUpdated: number | null;
  timeSpanMs: number;
  summary: SummarySentence[];
  /** Who reported it and who carried a copy; says which outlets the mix, blindspot and summary count. */
  reporting: Reporting;
  /** Copy marks of the kept articles, by URL. */
  copies: ReadonlyMap<string, CopyMark>;
}

function lookup(outlets: CoverageSettings['outlets'], id: string): Outlet | undefined {
  return outlets instanceof Map ? outlets.get(id) : (outlets as Readonly<Record<string, Outlet>>)[id];
}

function shares<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, Share> {
  const counts = keys.map((k) => values.filter((v) => v === k).length);
  const percents = largestRemainder(counts);
  return Object.fromEntries(keys.map((k, i) => [k, { count: counts[i], percent: percents[i] }])) as Record<K, Share>;
}

/** Coverage of a story's articles under the reader's settings. */
export function coverageFor(articles: readonly CoverageArticle[], settings: CoverageSettings): Coverage {
  const { disabled, overrides = {} } = settings;
  const kept = articles
    .filter((a) => !disabled?.has(a.outletId))
    .slice()
    .sort((x, y) => x.published - y.published || x.url.localeCompare(y.url));

  const byOutlet = new Map<string, OutletCoverage>();
  for (const a of kept) {
    const seen = byOutlet.get(a.outletId);
    if (seen) {
      seen.articles++;
      continue;
    }
    const outlet = lookup(settings.outlets, a.outletId);
    const override = overrides[a.outletId] ?? {};
    byOutlet.set(a.outletId, {
      outletId: a.outletId,
      name: outlet?.name ?? a.outletId,
      bias: override.bias ?? outlet?.bias?.value ?? 'unrated',
      factuality: override.factuality ?? outlet?.factuality?.value ?? 'unrated',
      articles: 1,
      url: a.url,
      published: a.published,
    });
  }
  const outlets = [...byOutlet.values()];
  const honest = honestCoverage(kept, {
    countCarriers: settings.countCarriers ?? false,
    name: (id) => byOutlet.get(id)?.name ?? lookup(settings.outlets, id)?.name ?? id,
  });
  // The mix counts who reported it (unless the reader counts carriers); a blindspot is about which
  // outlets chose to run the story at all, and carrying a copy is choosing to run it.
  const counted = settings.countCarriers ? outlets : outlets.filter((o) => !honest.carriers.has(o.outletId));
  const first = kept[0];
  const last = kept[kept.length - 1];
  return {
    totalArticles: kept.length,
    outletCount: outlets.length,
    outlets,
    bias: shares<BiasOrUnrated>(
      [...BIASES, 'unrated'],
      counted.map((o) => o.bias),
    ),
    factuality: shares<FactualityOrUnrated>(
      [...FACTUALITIES, 'unrated'],
      counted.map((o) => o.factuality),
    ),
    blindspot: blindspotOf(
      outlets.map((o) => o.bias),
      settings.blindspotThreshold,
      settings.blindspotMinRated,
    ),
    firstReported: first
      ? { outletId: first.outletId, name: byOutlet.get(first.outletId)?.name ?? first.outletId, url: first.url, published: first.published }
      : null,
    lastUpdated: last ? last.published : null,
    timeSpanMs: first && last ? last.published - first.published : 0,
    summary: summarize(honest.summaryArticles, { count: settings.summarySentences ?? 3 }),
    reporting: honest.reporting,
    copies: honest.marks,
  };
}
