/**
 * The worker checks every payload before a handler sees it. A content script runs beside pages
 * the reader did not choose, so what it sends is treated as untrusted: only the fields of the
 * protocol are kept (copied into fresh objects, so keys such as `__proto__` never reach the
 * handlers), strings are bounded, and URLs must be http(s).
 */
import { MAX_TEXT } from '../article/clean-value';
import type { MessageType, Protocol } from '../messages';
import type { ArticleMeta } from '../model';

/** Longest URL accepted (browsers' own practical limit for a page address is far above real articles). */
const MAX_URL = 8192;
/** Longest index file accepted from the options page, in characters. */
const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

/** A payload the worker refuses; the sender gets its message. */
export class PayloadError extends Error {
  override name = 'PayloadError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function httpUrl(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length > MAX_URL) throw new PayloadError(`${what} is not a URL.`);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new PayloadError(`${what} is not a URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new PayloadError(`${what} is not an http(s) URL.`);
  return value;
}

function text(value: unknown, what: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.length > max) throw new PayloadError(`${what} is not text of at most ${max} characters.`);
  return value;
}

const OPTIONAL_TEXT = ['siteName', 'publishedTime', 'modifiedTime', 'description', 'byline', 'lang', 'section'] as const;

/** An article as the content script reads it, rebuilt from its known fields only. */
export function checkArticle(value: unknown): ArticleMeta | null {
  if (value === null) return null;
  if (!isRecord(value)) throw new PayloadError('article is not an object.');
  const title = text(value.title, 'article.title');
  if (!title.trim()) throw new PayloadError('article.title is empty.');
  const article: ArticleMeta = {
    title,
    canonicalUrl: httpUrl(value.canonicalUrl, 'article.canonicalUrl'),
    outletDomain: text(value.outletDomain, 'article.outletDomain', 253),
  };
  for (const key of OPTIONAL_TEXT) if (value[key] !== undefined) article[key] = text(value[key], `article.${key}`);
  if (value.image !== undefined) article.image = httpUrl(value.image, 'article.image');
  return article;
}

function checkTabId(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new PayloadError('tabId is not a tab id.');
  return value;
}

function checkStoryQuery(p: Record<string, unknown>): Protocol['todayStories']['payload'] {
  const count = (v: unknown, what: string) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new PayloadError(`${what} is not a whole number.`);
    return v;
  };
  const optional = (v: unknown, what: string, max: number) => (v === undefined ? {} : { [what]: text(v, what, max) });
  return {
    limit: count(p.limit, 'limit'),
    ...(p.hours === undefined ? {} : { hours: count(p.hours, 'hours') }),
    ...optional(p.search, 'search', 500),
    ...optional(p.country, 'country', 10),
    ...optional(p.language, 'language', 35),
  };
}

type Checker<T extends MessageType> = (payload: Record<string, unknown>) => Protocol[T]['payload'];
const none = () => ({});

const CHECKERS: { [T in MessageType]: Checker<T> } = {
  pageArticle: (p) => ({ url: httpUrl(p.url, 'url'), article: checkArticle(p.article) }),
  tabView: (p) => ({ tabId: checkTabId(p.tabId) }),
  whyGrouped: (p) => ({ tabId: checkTabId(p.tabId), url: httpUrl(p.url, 'url') }),
  storyPage: (p) => ({ id: text(p.id, 'id', 200), ...(p.currentUrl === undefined ? {} : { currentUrl: text(p.currentUrl, 'currentUrl', MAX_URL) }) }),
  storyList: none,
  todayStories: checkStoryQuery,
  dietView: none,
  clearDiet: none,
  importIndex: (p) => {
    if (p.demo !== undefined && typeof p.demo !== 'boolean') throw new PayloadError('demo is not true or false.');
    return { text: text(p.text, 'text', MAX_IMPORT_CHARS), ...(p.demo === undefined ? {} : { demo: p.demo }) };
  },
  indexStatus: none,
  refreshNow: none,
  feedHealth: none,
  exportIndex: (p) => {
    if (p.includeDiet !== undefined && typeof p.includeDiet !== 'boolean') throw new PayloadError('includeDiet is not true or false.');
    return p.includeDiet === undefined ? {} : { includeDiet: p.includeDiet };
  },
  clearIndex: none,
};

/** The payload of a `type` message as the handlers may trust it; throws a PayloadError otherwise. */
export function checkPayload<T extends MessageType>(type: T, payload: unknown): Protocol[T]['payload'] {
  const record = payload === undefined ? {} : payload;
  if (!isRecord(record)) throw new PayloadError(`The "${type}" payload is not an object.`);
  return (CHECKERS[type] as Checker<T>)(record);
}
