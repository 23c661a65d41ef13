/**
 * Joins the curated outlets with the AllSides and Wikipedia ratings, by domain only. Pure: the
 * build script and the tests feed it the parsed data files.
 */
import type { Bias, Catalog, Factuality, Outlet, Rating } from '../../utils/model';
import { createOutletLookup } from '../../utils/sources/catalog';
import { registrableDomain } from '../../utils/sources/domain';
import { FEED_LISTS, OWNERSHIP_SOURCES } from './lists/catalog-sources';
import type { AssembledOutlet } from './lists/assemble';
import { ALLSIDES_DATE, ALLSIDES_URL_PREFIX, RATING_SOURCES, WIKIPEDIA_RSP_DATE, allsidesBias, rspFactuality } from './rating-sources';

/** One row of the AllSides CSV (only the columns the join reads). */
export interface AllSidesRow {
  domain: string;
  name: string;
  bias: string;
  type: string;
  url: string;
  allsides_url: string;
}

/** One row of the Wikipedia perennial-sources CSV. */
export interface RspRow {
  domain: string;
  factuality: string;
}

export interface JoinResult {
  outlets: Outlet[];
  /** Anything that needs a human decision; the build refuses to write while this is not empty. */
  problems: string[];
}

/** The AllSides page slug of a row: `https://www.allsides.com/news-source/cnn-media-bias` -> `cnn-media-bias`. */
export function allsidesSlug(row: Pick<AllSidesRow, 'allsides_url'>): string {
  return row.allsides_url.startsWith(ALLSIDES_URL_PREFIX) ? row.allsides_url.slice(ALLSIDES_URL_PREFIX.length) : row.allsides_url;
}

/** AllSides rows that can rate an outlet: news sources with a five-point rating and their own site. */
function usableAllSidesRows(rows: AllSidesRow[]): AllSidesRow[] {
  return rows.filter(
    (row) =>
      row.type === 'News' &&
      row.domain !== '' &&
      allsidesBias(row.bias) !== undefined &&
      // When the scraper found no site it kept AllSides' own page; that domain says nothing.
      !/^https?:\/\/(www\.)?allsides\.com\//.test(row.url),
  );
}

export function joinRatings(curated: AssembledOutlet[], allsides: AllSidesRow[], rsp: RspRow[]): JoinResult {
  const problems = checkCurated(curated);
  const lookup = createOutletLookup(curated);

  const biasRows = new Map<string, AllSidesRow[]>();
  for (const row of usableAllSidesRows(allsides)) {
    const outlet = lookup.byDomain(row.domain);
    if (outlet) biasRows.set(outlet.id, [...(biasRows.get(outlet.id) ?? []), row]);
  }

  const statuses = new Map<string, Map<Factuality, string[]>>();
  for (const row of rsp) {
    const value = rspFactuality(row.factuality);
    const domain = row.domain.trim().toLowerCase();
    const outlet = value && (lookup.byDomain(domain) ?? soleOutletUnder(curated, domain));
    if (!value || !outlet) continue;
    const byValue = statuses.get(outlet.id) ?? new Map<Factuality, string[]>();
    byValue.set(value, [...(byValue.get(value) ?? []), domain]);
    statuses.set(outlet.id, byValue);
  }

  const outlets = curated.map((c): Outlet => {
    // A fixed key order keeps catalog.json diffs readable; the build-only `allsides` pick is dropped.
    const outlet: Outlet = {
      id: c.id,
      name: c.name,
      homepage: c.homepage,
      domains: [...c.domains],
      feeds: [...c.feeds],
      ...(c.feedSources ? { feedSources: c.feedSources } : {}),
      ...(c.feedLanguages ? { feedLanguages: c.feedLanguages } : {}),
      country: c.country,
      language: c.language,
    };
    const bias = pickBias(c, biasRows.get(c.id) ?? [], problems);
    if (bias) outlet.bias = bias;
    const factuality = pickFactuality(c, statuses.get(c.id), problems);
    if (factuality) outlet.factuality = factuality;
    if (c.ownership) outlet.ownership = c.ownership;
    return outlet;
  });
  outlets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { outlets, problems };
}

/** The whole catalog file. `generated` is passed in so the output is reproducible. */
export function buildCatalog(curated: AssembledOutlet[], allsides: AllSidesRow[], rsp: RspRow[], generated: string) {
  const { outlets, problems } = joinRatings(curated, allsides, rsp);
  const catalog: Catalog = { version: 1, generated, ratingSources: RATING_SOURCES, feedLists: FEED_LISTS, ownershipSources: OWNERSHIP_SOURCES, outlets };
  return { catalog, problems };
}

/** Registrable domains the rating files rate: every one with a listed feed must be in the catalog. */
export function ratedDomains(allsides: AllSidesRow[], rsp: RspRow[]): Set<string> {
  const domains = [...usableAllSidesRows(allsides).map((r) => r.domain), ...rsp.filter((r) => rspFactuality(r.factuality)).map((r) => r.domain)];
  return new Set(domains.map((d) => registrableDomain(d.trim().toLowerCase()) ?? d));
}

function pickBias(outlet: AssembledOutlet, rows: AllSidesRow[], problems: string[]): Rating<Bias> | undefined {
  const slugs = [...new Set(rows.map(allsidesSlug))].sort();
  let row: AllSidesRow | undefined;
  if (outlet.allsides) {
    row = rows.find((r) => allsidesSlug(r) === outlet.allsides);
    if (!row) problems.push(`${outlet.id}: AllSides page "${outlet.allsides}" is not among the rows matching its domains [${slugs.join(', ')}]`);
  } else if (slugs.length > 1) {
    problems.push(`${outlet.id}: several AllSides rows match its domains [${slugs.join(', ')}]; name one in \`allsides\``);
  } else {
    row = rows[0];
  }
  const value = row && allsidesBias(row.bias);
  return row && value ? { value, source: 'allsides', date: ALLSIDES_DATE, url: row.allsides_url } : undefined;
}

function pickFactuality(outlet: AssembledOutlet, byValue: Map<Factuality, string[]> | undefined, problems: string[]): Rating<Factuality> | undefined {
  if (!byValue) return undefined;
  if (byValue.size > 1) {
    const detail = [...byValue].map(([value, domains]) => `${value}: ${domains.join(', ')}`).join('; ');
    problems.push(`${outlet.id}: its domains have different Wikipedia statuses (${detail})`);
    return undefined;
  }
  const [value] = byValue.keys();
  return { value, source: 'wikipedia-rsp', date: WIKIPEDIA_RSP_DATE };
}

/**
 * The Wikipedia extract keeps registrable domains only (`go.com` for abcnews.go.com): it rates
 * the one outlet publishing under that domain, and nobody when several do (indiatimes.com).
 */
function soleOutletUnder(curated: AssembledOutlet[], domain: string): AssembledOutlet | undefined {
  const under = curated.filter((o) => o.domains.some((d) => d.endsWith(`.${domain}`)));
  return under.length === 1 ? under[0] : undefined;
}

function checkCurated(curated: AssembledOutlet[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const outlet of curated) {
    if (ids.has(outlet.id)) problems.push(`${outlet.id}: duplicate id`);
    ids.add(outlet.id);
    for (const domain of outlet.domains) {
      const owner = owners.get(domain);
      if (owner) problems.push(`${domain}: claimed by both ${owner} and ${outlet.id}`);
      owners.set(domain, outlet.id);
    }
  }
  return problems;
}
