/**
 * Meta-test of the bundled catalog: every outlet keeps the conventions the extension relies on,
 * and the file is exactly what scripts/catalog/build.ts produces from its inputs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatCatalog } from '../../../scripts/catalog/catalog-json';
import { formatExclusions, runCatalogBuild } from '../../../scripts/catalog/pipeline';
import { BIASES, FACTUALITIES, type Catalog, type Outlet } from '../../../utils/model';
import { createOutletLookup } from '../../../utils/sources/catalog';
import { registrableDomain } from '../../../utils/sources/domain';

const text = readFileSync('public/catalog.json', 'utf8');
const catalog = JSON.parse(text) as Catalog;
const { outlets } = catalog;
const lookup = createOutletLookup(outlets);
const sourceIds = new Set(catalog.ratingSources.map((s) => s.id));

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Outlets failing a rule, as `id: detail`, so a failure names every offender at once. */
function offenders(rule: (o: Outlet) => string | undefined): string[] {
  return outlets.flatMap((o) => {
    const detail = rule(o);
    return detail ? [`${o.id}: ${detail}`] : [];
  });
}

describe('public/catalog.json', () => {
  test('is, byte for byte, what the build produces from the files in scripts/catalog', () => {
    const { catalog: built, problems, excluded } = runCatalogBuild();
    expect(problems).toEqual([]);
    expect(formatCatalog(built)).toBe(text);
    expect(formatExclusions(excluded)).toBe(readFileSync('scripts/catalog/excluded.tsv', 'utf8'));
  });

  test('has a version and an ISO generation date', () => {
    expect(catalog.version).toBe(1);
    expect(catalog.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('has at least 1,000 outlets from at least 80 countries, 95% of them with a feed', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(outlets.map((o) => o.country)).size).toBeGreaterThanOrEqual(80);
    expect(outlets.filter((o) => o.feeds.length > 0).length / outlets.length).toBeGreaterThanOrEqual(0.95);
  });

  test('every rating source is identified, linked and licensed', () => {
    expect(sourceIds.size).toBe(catalog.ratingSources.length);
    for (const source of catalog.ratingSources) {
      expect(source.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(source.name.trim()).not.toBe('');
      expect(isHttpUrl(source.url), source.url).toBe(true);
      expect(source.licence.trim()).not.toBe('');
      expect(isHttpUrl(source.licenceUrl), source.licenceUrl).toBe(true);
      expect(source.attribution.trim()).not.toBe('');
    }
  });

  test('ships no Media Bias/Fact Check data', () => {
    expect(text.toLowerCase()).not.toContain('mediabiasfactcheck');
    expect([...sourceIds].sort()).toEqual(['allsides', 'wikipedia-rsp']);
  });

  test('ids are unique, kebab-case, and sorted', () => {
    const ids = outlets.map((o) => o.id);
    expect(offenders((o) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.id) ? undefined : 'not kebab-case'))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  test('names, countries and languages are well-formed', () => {
    expect(offenders((o) => (o.name.trim() === '' ? 'empty name' : undefined))).toEqual([]);
    expect(offenders((o) => (/^[A-Z]{2}$/.test(o.country) ? undefined : `country ${o.country}`))).toEqual([]);
    expect(offenders((o) => (/^[a-z]{2,3}$/.test(o.language) ? undefined : `language ${o.language}`))).toEqual([]);
    expect(offenders((o) => ('custom' in o ? 'bundled outlets are never custom' : undefined))).toEqual([]);
  });

  test('homepages and feeds are http(s) URLs, and a homepage belongs to its outlet', () => {
    expect(offenders((o) => (isHttpUrl(o.homepage) ? undefined : `homepage ${o.homepage}`))).toEqual([]);
    expect(offenders((o) => o.feeds.filter((f) => !isHttpUrl(f)).join(' ') || undefined)).toEqual([]);
    expect(offenders((o) => (new Set(o.feeds).size === o.feeds.length ? undefined : 'duplicate feed'))).toEqual([]);
    expect(offenders((o) => (lookup.byUrl(o.homepage)?.id === o.id ? undefined : `homepage ${o.homepage} resolves elsewhere`))).toEqual([]);
  });

  test('domains are lower-case hosts without www, under a registrable domain', () => {
    const bad = offenders((o) => {
      if (o.domains.length === 0) return 'no domains';
      const wrong = o.domains.filter((d) => {
        const root = registrableDomain(d);
        return d !== d.toLowerCase() || d.startsWith('www.') || /[/:\s]/.test(d) || !root || (d !== root && !d.endsWith(`.${root}`));
      });
      return wrong.length > 0 ? wrong.join(' ') : undefined;
    });
    expect(bad).toEqual([]);
  });

  test('no domain is claimed by two outlets', () => {
    const owners = new Map<string, string[]>();
    for (const o of outlets) for (const d of o.domains) owners.set(d, [...(owners.get(d) ?? []), o.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  test.each([
    ['bias', BIASES],
    ['factuality', FACTUALITIES],
  ] as const)('every %s rating has a valid value and a known, dated source', (kind, allowed) => {
    const bad = offenders((o) => {
      const rating = o[kind];
      if (!rating) return undefined;
      const { value, source, date, url } = rating;
      if (!(allowed as readonly string[]).includes(value)) return `${kind} ${value}`;
      if (!sourceIds.has(source)) return `${kind} source ${source}`;
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return `${kind} date ${date}`;
      if (url !== undefined && !isHttpUrl(url)) return `${kind} url ${url}`;
      return undefined;
    });
    expect(bad).toEqual([]);
  });

  test('every AllSides rating links to its AllSides page', () => {
    expect(offenders((o) => (o.bias && !o.bias.url?.startsWith('https://www.allsides.com/') ? `bias url ${o.bias.url}` : undefined))).toEqual([]);
  });

  test('covers every point of the bias scale', () => {
    const rated = new Set(outlets.flatMap((o) => (o.bias ? [o.bias.value] : [])));
    expect([...rated].sort()).toEqual([...BIASES].sort());
  });
});

describe('outlets the demo and the tests rely on', () => {
  test.each([
    'apnews.com',
    'reuters.com',
    'wionews.com',
    'cnn.com',
    'foxnews.com',
    'nytimes.com',
    'washingtonpost.com',
    'wsj.com',
    'bbc.co.uk',
    'bbc.com',
    'theguardian.com',
    'npr.org',
    'politico.com',
    'thehill.com',
    'breitbart.com',
    'dailywire.com',
    'nypost.com',
    'washingtonexaminer.com',
    'nationalreview.com',
    'huffpost.com',
    'vox.com',
    'msnbc.com',
    'nbcnews.com',
    'cbsnews.com',
    'abcnews.go.com',
    'usatoday.com',
    'axios.com',
    'bloomberg.com',
    'thefederalist.com',
    'newsmax.com',
    'dailycaller.com',
    'dailymail.co.uk',
    'independent.co.uk',
    'telegraph.co.uk',
    'aljazeera.com',
    'dw.com',
    'france24.com',
    'spiegel.de',
    'lemonde.fr',
    'elpais.com',
    'corriere.it',
    'ilmessaggero.it',
    'ilgiornale.it',
    'jn.pt',
    'uol.com.br',
    'nbcnewyork.com',
    'talkingpointsmemo.com',
    'science.org',
    'heise.de',
  ])('%s has an outlet', (domain) => {
    expect(lookup.byDomain(domain)?.domains.some((d) => domain === d || domain.endsWith(`.${d}`))).toBe(true);
  });

  // The 60 most frequent hosts (and ties) of the AllSides headline roundups 2021 used in evaluation
  // (HLTCHKUST/framing-bias-metric), most frequent first.
  test.each([
    'www.foxnews.com',
    'www.cnn.com',
    'thehill.com',
    'www.nytimes.com',
    'www.washingtonexaminer.com',
    'nypost.com',
    'www.nationalreview.com',
    'apnews.com',
    'www.washingtonpost.com',
    'www.wsj.com',
    'www.reuters.com',
    'www.cnbc.com',
    'www.politico.com',
    'www.axios.com',
    'www.npr.org',
    'www.nbcnews.com',
    'www.washingtontimes.com',
    'www.theepochtimes.com',
    'www.bbc.com',
    'www.usatoday.com',
    'dailycaller.com',
    'www.dailywire.com',
    'www.foxbusiness.com',
    'www.theguardian.com',
    'www.cbsnews.com',
    'www.newsweek.com',
    'www.bloomberg.com',
    'www.newsmax.com',
    'www.breitbart.com',
    'www.latimes.com',
    'abcnews.go.com',
    'www.independent.co.uk',
    'www.vox.com',
    'reason.com',
    'www.statnews.com',
    'www.huffpost.com',
    'slate.com',
    'townhall.com',
    'www.dailymail.co.uk',
    'www.businessinsider.com',
    'www.thedailybeast.com',
    'www.usnews.com',
    'www.forbes.com',
    'www.marketwatch.com',
    'www.nydailynews.com',
    'www.vice.com',
    'www.allsides.com',
    'axios.com',
    'thefederalist.com',
    'www.theverge.com',
    'heavy.com',
    'www.csmonitor.com',
    'www.factcheck.org',
    'www.militarytimes.com',
    'www.aljazeera.com',
    'www.scotusblog.com',
    'variety.com',
    'www.texastribune.org',
    'www.voanews.com',
    'www.deseret.com',
    'www.buzzfeednews.com',
    'freebeacon.com',
    'www.cnet.com',
    'www.theblaze.com',
    'www.oann.com',
    'money.yahoo.com',
    'www.pewresearch.org',
    'www.msnbc.com',
    'www.theatlantic.com',
    'www.ibtimes.com',
    'edition.cnn.com',
    'www.zerohedge.com',
    'www.newyorker.com',
    'www.miamiherald.com',
    'www.poynter.org',
    'www.dailysignal.com',
  ])('roundup host %s has an outlet', (host) => {
    expect(lookup.byDomain(host)?.domains.some((d) => host === d || host.endsWith(`.${d}`))).toBe(true);
  });
});
