/**
 * The local demo news site: article pages for every article of a snapshot, at the outlets' real
 * host names (Chromium maps them here with --host-resolver-rules), each outlet's home page, and
 * any feeds a test wants served at their real URLs. HTTPS with a throwaway certificate.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { normalizeUrl } from '../../utils/article/normalize-url';
import type { Catalog, IndexedArticle, Outlet } from '../../utils/model';

export interface ServedFile {
  body: string | Uint8Array;
  contentType: string;
  /** HTTP status; 200 unless given. */
  status?: number;
  /** Answer only after this many milliseconds (a slow server, for tests that interrupt a refresh). */
  delayMs?: number;
}

export interface DemoSiteOptions {
  catalog: Catalog;
  articles: IndexedArticle[];
  /** Exact URL -> response, e.g. feeds at their real addresses. */
  files?: Map<string, ServedFile>;
  port?: number;
}

export interface DemoSite {
  port: number;
  /** Every host name the site answers for; map them all to 127.0.0.1:port. */
  hosts: string[];
  /** Chromium flags that send those hosts here. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cert = (name: string) => readFileSync(new URL(`./cert/${name}`, import.meta.url));

function articlePage(a: IndexedArticle, outlet: Outlet | undefined, siblings: IndexedArticle[]): string {
  const name = outlet?.name ?? new URL(a.url).hostname;
  const iso = new Date(a.published).toISOString();
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.description,
    datePublished: iso,
    mainEntityOfPage: a.url,
    publisher: { '@type': 'Organization', name },
    ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
  }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(a.title)} | ${escapeHtml(name)}</title>
<link rel="canonical" href="${escapeHtml(a.url)}"><meta name="description" content="${escapeHtml(a.description)}">
<meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(a.title)}">
<meta property="og:site_name" content="${escapeHtml(name)}"><meta property="og:url" content="${escapeHtml(a.url)}">
<meta property="article:published_time" content="${iso}">
<script type="application/ld+json">${jsonLd}</script>
<style>body{font:17px/1.6 Georgia,serif;max-width:42rem;margin:0 auto;padding:1rem;color:#222}header{border-bottom:3px solid #222;margin-bottom:1rem}
.brand{font:700 1.6rem system-ui,sans-serif}.note{font:13px system-ui,sans-serif;background:#fff7d6;padding:.5rem;border-radius:6px}
time{color:#666;font:14px system-ui,sans-serif}</style></head>
<body><header><a class="brand" href="/">${escapeHtml(name)}</a></header><article><h1>${escapeHtml(a.title)}</h1>
<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')} UTC</time><p>${escapeHtml(a.description)}</p></article>
<p class="note">A page of the Parallax demo site, served on this computer: the headline and excerpt are real, the page is not the outlet's.</p>
<h2>More from ${escapeHtml(name)}</h2><ul>${siblings
    .slice(0, 8)
    .map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a></li>`)
    .join('')}</ul></body></html>`;
}

function homePage(outlet: Outlet | undefined, host: string, articles: IndexedArticle[]): string {
  const name = outlet?.name ?? host;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)}: latest news</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="${escapeHtml(name)}"></head>
<body><h1>${escapeHtml(name)}</h1><ul>${articles.map((a) => `<li><a href="${escapeHtml(a.url)}">${escapeHtml(a.title)}</a></li>`).join('')}</ul></body></html>`;
}

export async function startDemoSite(options: DemoSiteOptions): Promise<DemoSite> {
  const byUrl = new Map(options.articles.map((a) => [a.url, a]));
  const outlets = new Map(options.catalog.outlets.map((o) => [o.id, o]));
  const outletByHost = new Map<string, Outlet>();
  const hosts = new Set<string>();
  for (const a of options.articles) {
    const host = new URL(a.url).hostname;
    hosts.add(host).add(`www.${host}`);
    const outlet = outlets.get(a.outletId);
    if (outlet) outletByHost.set(host, outlet);
  }
  for (const url of options.files?.keys() ?? []) hosts.add(new URL(url).hostname);

  const server: Server = createServer({ key: cert('key.pem'), cert: cert('cert.pem') }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const full = `https://${host}${req.url ?? '/'}`;
    const file = options.files?.get(full);
    if (file) {
      const answer = () => res.writeHead(file.status ?? 200, { 'content-type': file.contentType }).end(file.body);
      if (file.delayMs) setTimeout(answer, file.delayMs);
      else answer();
      return;
    }
    // The site speaks HTTPS only; an article whose feed gave an http:// link is served here too.
    const key = normalizeUrl(full);
    const article = byUrl.get(key) ?? byUrl.get(key.replace(/^https:/, 'http:'));
    const bare = host.replace(/^www\./, '');
    const outlet = outletByHost.get(bare);
    const same = options.articles.filter((a) => new URL(a.url).hostname === bare);
    const html = article
      ? articlePage(
          article,
          outlet,
          same.filter((a) => a !== article),
        )
      : req.url === '/' && same.length
        ? homePage(outlet, bare, same)
        : undefined;
    if (!html) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not part of the demo site.');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const rules = [...hosts]
    .sort()
    .map((h) => `MAP ${h} 127.0.0.1:${port}`)
    .join(', ');
  return {
    port,
    hosts: [...hosts],
    chromiumArgs: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
