/**
 * A source the reader adds by its feed URL: checking the feed, and turning the form into an
 * `Outlet` (`custom: true`, id `custom-<slug>`, the reader's own bias with source `user`), and
 * validating a stored or imported one. Everything here is pure except `verifyFeed`, whose
 * network and permission calls are passed in.
 */
import { getHostname, getPublicSuffix } from 'tldts';
import { isFeedError } from '../feeds/feed-error';
import { fetchFeed } from '../feeds/fetch-feed';
import { parseFeed } from '../feeds/parse';
import { BIASES, type Bias, type Outlet } from '../model';
import { formatCount, type MessageKey, t } from '../i18n/translate';
import { safeHref } from '../safe-url';
import { registrableDomain } from './domain';

const CUSTOM_ID_PREFIX = 'custom-';
const CUSTOM_LIMITS = { name: 120, domains: 10, feeds: 5, id: 80 } as const;

/** What the reader typed in the add/edit form. */
export interface CustomSourceInput {
  feedUrl: string;
  /** Blank: the feed's own title. */
  name: string;
  /** Domains separated by commas or spaces. Blank: the feed host's registrable domain. */
  domains: string;
  /** Blank: unrated. */
  bias: Bias | '';
  country: string;
  language: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** `Le Monde (Paris)` -> `le-monde-paris`; accents folded, at most 60 characters. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-+$/, '') || 'source';
}

/** `custom-<slug>`, with `-2`, `-3`… when the id is taken (by the catalog or another custom source). */
export function customSourceId(name: string, taken: ReadonlySet<string>): string {
  const base = `${CUSTOM_ID_PREFIX}${slugify(name)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The domain a feed most likely belongs to: its host's registrable domain. */
export function defaultDomain(feedUrl: string): string | undefined {
  return safeHref(feedUrl) ? registrableDomain(feedUrl) : undefined;
}

/** A country guess from a country-code TLD (`.de` -> DE, `.co.uk` -> GB), when it is one we know. */
export function guessCountry(feedUrl: string, known: readonly string[]): string | undefined {
  const suffix = getPublicSuffix(feedUrl) ?? '';
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1).toUpperCase();
  const code = tld === 'UK' ? 'GB' : tld;
  return known.includes(code) ? code : undefined;
}

/** Splits and checks a typed list of domains; each must be a registrable domain or a host under one. */
export function parseDomains(text: string): Checked<string[]> {
  const parts = [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((d) =>
          d
            .trim()
            .toLowerCase()
            .replace(/^www\./, ''),
        )
        .filter(Boolean),
    ),
  ];
  if (parts.length > CUSTOM_LIMITS.domains) return { ok: false, error: t('customSource_tooManyDomains', formatCount(CUSTOM_LIMITS.domains)) };
  for (const d of parts) {
    if (!/^[a-z0-9.-]+$/.test(d) || getHostname(d) !== d || !registrableDomain(d)) return { ok: false, error: t('customSource_notDomain', d) };
  }
  return { ok: true, value: parts };
}

/** The form as an Outlet, or what is wrong with it. `existing` keeps an edited source's id. */
export function buildCustomSource(
  input: CustomSourceInput,
  ctx: { feedTitle?: string; taken: ReadonlySet<string>; existing?: Outlet; today: string },
): Checked<Outlet> {
  const feed = safeHref(input.feedUrl.trim());
  if (!feed) return { ok: false, error: t('customSource_feedUrl') };
  const name = (input.name.trim() || ctx.feedTitle?.trim() || '').slice(0, CUSTOM_LIMITS.name);
  if (!name) return { ok: false, error: t('customSource_noName') };
  const typed = parseDomains(input.domains);
  if (!typed.ok) return typed;
  const domains = typed.value.length ? typed.value : [defaultDomain(feed)].filter((d): d is string => !!d);
  if (!domains.length) return { ok: false, error: t('customSource_noDomain') };
  if (!/^[A-Z]{2}$/.test(input.country)) return { ok: false, error: t('customSource_noCountry') };
  if (!/^[a-z]{2,3}$/.test(input.language)) return { ok: false, error: t('customSource_noLanguage') };
  const outlet: Outlet = {
    id: ctx.existing?.id ?? customSourceId(name, ctx.taken),
    name,
    homepage: `${new URL(feed).protocol}//${domains[0]}/`,
    domains,
    feeds: [feed],
    country: input.country,
    language: input.language,
    custom: true,
  };
  if (input.bias) outlet.bias = { value: input.bias, source: 'user', date: ctx.today };
  return { ok: true, value: outlet };
}

/** What is wrong with the `n`th custom source of a file, in words; undefined when it is sound. */
export function customOutletProblem(value: unknown, n: number): string | undefined {
  const problem = customOutletFault(value);
  return problem && t(problem, n);
}

function customOutletFault(value: unknown): MessageKey | undefined {
  if (typeof value !== 'object' || value === null) return 'customSource_notObject';
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id.startsWith(CUSTOM_ID_PREFIX) || o.id.length > CUSTOM_LIMITS.id || !/^[a-z0-9-]+$/.test(o.id))
    return 'customSource_badId';
  if (typeof o.name !== 'string' || !o.name.trim() || o.name.length > CUSTOM_LIMITS.name) return 'customSource_badName';
  if (typeof o.homepage !== 'string' || !safeHref(o.homepage)) return 'customSource_badHomepage';
  const list = (v: unknown, max: number) => Array.isArray(v) && v.length > 0 && v.length <= max && v.every((x) => typeof x === 'string');
  if (!list(o.feeds, CUSTOM_LIMITS.feeds) || !(o.feeds as string[]).every((f) => safeHref(f))) return 'customSource_badFeeds';
  if (!list(o.domains, CUSTOM_LIMITS.domains) || !parseDomains((o.domains as string[]).join(' ')).ok) return 'customSource_badDomains';
  if (typeof o.country !== 'string' || !/^[A-Z]{2}$/.test(o.country)) return 'customSource_badCountry';
  if (typeof o.language !== 'string' || !/^[a-z]{2,3}$/.test(o.language)) return 'customSource_badLanguage';
  if (o.custom !== true) return 'customSource_notCustom';
  if (o.bias !== undefined) {
    const b = o.bias as Record<string, unknown> | null;
    if (!b || !(BIASES as readonly unknown[]).includes(b.value) || b.source !== 'user' || typeof b.date !== 'string') return 'customSource_badBias';
  }
  if (o.factuality !== undefined) return 'customSource_factuality';
  return undefined;
}

/** A sound custom source (see `customOutletProblem`) with only the fields an Outlet has. */
export function cleanCustomOutlet(o: Outlet): Outlet {
  const clean: Outlet = {
    id: o.id,
    name: o.name.trim(),
    homepage: o.homepage,
    domains: [...o.domains],
    feeds: [...o.feeds],
    country: o.country,
    language: o.language,
    custom: true,
  };
  if (o.bias) clean.bias = { value: o.bias.value, source: 'user', date: o.bias.date };
  return clean;
}

/** What checking a feed found: its title and item count, or why it is refused. */
export type FeedCheck = { ok: true; title: string; items: number } | { ok: false; error: string };

export interface VerifyFeedDeps {
  /** `browser.permissions.request({ origins })`; must be called inside the click handler. */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** The fetch the feed is downloaded with (tests pass a fake). */
  fetch?: typeof fetch;
}

/**
 * Asks for the feed host, then downloads and parses the feed. The permission request is made
 * before the first `await`, so it still counts as part of the reader's click.
 */
export async function verifyFeed(feedUrl: string, deps: VerifyFeedDeps): Promise<FeedCheck> {
  const href = safeHref(feedUrl.trim());
  if (!href) return { ok: false, error: t('customSource_feedUrl') };
  const origin = new URL(href).origin;
  const asked = deps.requestOrigins([`${origin}/*`]);
  try {
    if (!(await asked)) return { ok: false, error: t('customSource_denied', origin) };
  } catch (error) {
    return { ok: false, error: t('customSource_askFailed', origin, error instanceof Error ? error.message : String(error)) };
  }
  try {
    const result = await fetchFeed(href, { fetch: deps.fetch, timeoutMs: 15_000 });
    if (result.status !== 'ok') return { ok: false, error: t('customSource_noFeedSent') };
    const parsed = parseFeed(result.body, { url: result.finalUrl, contentType: result.contentType });
    return { ok: true, title: parsed.title, items: parsed.items.length };
  } catch (error) {
    return {
      ok: false,
      error: isFeedError(error)
        ? t('customSource_feedRefused', error.message)
        : t('customSource_feedUnreadable', error instanceof Error ? error.message : String(error)),
    };
  }
}
