import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../utils/article/read-article';
import { checkArticle, checkPayload, PayloadError } from '../../utils/worker/payloads';
import { createRouter } from '../../utils/worker/router';
import type { Handlers } from '../../utils/messages';
import { loadPageFixtures } from '../fixtures/pages/load';

const ok = { title: 'Council approves the budget', canonicalUrl: 'https://example.com/news/budget', outletDomain: 'example.com' };

describe('the worker validates what a content script sends', () => {
  it('keeps a well-formed article, and only its known fields', () => {
    const sent = { ...ok, description: 'The vote was 7-2.', lang: 'en', extra: 'dropped', nested: { a: 1 } };
    expect(checkArticle(sent)).toEqual({ ...ok, description: 'The vote was 7-2.', lang: 'en' });
    expect(checkPayload('pageArticle', { url: 'https://example.com/news/budget', article: null })).toEqual({
      url: 'https://example.com/news/budget',
      article: null,
    });
  });

  it('drops __proto__ and constructor keys instead of passing them on', () => {
    // As a structured clone delivers it: `__proto__` an own key, not the prototype.
    const sent = JSON.parse(
      `{"title":"T","canonicalUrl":"https://e.com/a","outletDomain":"e.com","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
    );
    const article = checkArticle(sent)!;
    expect(Object.keys(article)).toEqual(['title', 'canonicalUrl', 'outletDomain']);
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    ['a payload that is not an object', 'pageArticle', 'text'],
    ['an array payload', 'pageArticle', [1, 2]],
    ['a page URL that is not http(s)', 'pageArticle', { url: 'javascript:alert(1)', article: null }],
    ['a page URL that is not a string', 'pageArticle', { url: { href: 'https://e.com' }, article: null }],
    ['an endless page URL', 'pageArticle', { url: `https://e.com/${'a'.repeat(10_000)}`, article: null }],
    ['an article that is a string', 'pageArticle', { url: 'https://e.com/a', article: 'Headline' }],
    ['an article without a title', 'pageArticle', { url: 'https://e.com/a', article: { ...ok, title: undefined } }],
    ['a blank title', 'pageArticle', { url: 'https://e.com/a', article: { ...ok, title: '   ' } }],
    ['a title of a megabyte', 'pageArticle', { url: 'https://e.com/a', article: { ...ok, title: 'x'.repeat(1 << 20) } }],
    ['a title that is an object', 'pageArticle', { url: 'https://e.com/a', article: { ...ok, title: { toString: (): string => 'x' } } }],
    ['a data: canonical URL', 'pageArticle', { url: 'https://e.com/a', article: { ...ok, canonicalUrl: 'data:text/html,<b>x</b>' } }],
    ['a javascript: image', 'pageArticle', { url: 'https://e.com/a', article: { ...ok, image: 'javascript:alert(1)' } }],
    ['a byline that is a number', 'pageArticle', { url: 'https://e.com/a', article: { ...ok, byline: 42 } }],
    ['an outlet domain of 10,000 characters', 'pageArticle', { url: 'https://e.com/a', article: { ...ok, outletDomain: 'a'.repeat(10_000) } }],
    ['a tab id that is a string', 'tabView', { tabId: '7' }],
    ['a negative tab id', 'tabView', { tabId: -1 }],
    ['a fractional tab id', 'tabView', { tabId: 1.5 }],
    ['an import that is not text', 'importIndex', { text: { articles: [] } }],
    ['a demo flag that is a string', 'importIndex', { text: '{}', demo: 'yes' }],
  ] as const)('rejects %s', (_why, type, payload) => {
    expect(() => checkPayload(type, payload)).toThrow(PayloadError);
  });

  it('keeps the demo flag of an import (the demo snapshot gives way to the first refresh)', () => {
    expect(checkPayload('importIndex', { text: '{}', demo: true })).toEqual({ text: '{}', demo: true });
    expect(checkPayload('importIndex', { text: '{}' })).toEqual({ text: '{}' });
  });

  it('the router refuses a hostile payload before any handler runs', async () => {
    const called: string[] = [];
    const handlers = new Proxy({} as Handlers, {
      get: (_t, key) => async () => void called.push(String(key)),
      has: () => true,
      getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: undefined }),
    });
    const route = createRouter(handlers, 'ext', 'chrome-extension://ext/');
    const sender = { id: 'ext', tab: { id: 4 }, url: 'https://e.com/a' };
    await expect(route({ type: 'pageArticle', payload: { url: 'https://e.com/a', article: { title: 1 } } }, sender)).rejects.toThrow(
      /PayloadError: article.title/,
    );
    expect(called).toEqual([]);
    await route({ type: 'pageArticle', payload: { url: 'https://e.com/a', article: ok } }, sender);
    expect(called).toEqual(['pageArticle']);
  });

  it('accepts what the light reader reads from every real-page fixture', () => {
    const pages = loadPageFixtures();
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const article = readArticle(parseHTML(page.html()).document as unknown as Document, page.url);
      expect(() => checkPayload('pageArticle', { url: page.url, article }), page.name).not.toThrow();
    }
  }, 120_000); // every fixture page parsed (over a hundred, some of several MB): long on a busy machine
});
