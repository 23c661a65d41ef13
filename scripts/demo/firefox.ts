/**
 * Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, with the MV2 build
 * installed as a temporary add-on. Firefox has no host-to-port mapping like Chromium's
 * --host-resolver-rules, so it goes through a local proxy that tunnels every connection to the
 * demo site on this computer: nothing reaches the network.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * The Firefox build to install: the test build (`PARALLAX_GRANT_HOSTS=1`, holding the catalog's
 * hosts from install, as a reader who allowed them) where one was made, else the plain build.
 */
export const FIREFOX_DIR = existsSync(resolve('.output/firefox-mv2-test')) ? resolve('.output/firefox-mv2-test') : resolve('.output/firefox-mv2');
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

function findFirefox(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  if (env.FIREFOX_PATH) return exists(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  return CANDIDATES.find(exists);
}

/** An HTTP proxy that sends every CONNECT to 127.0.0.1:port, and refuses plain requests. Counts what it tunnelled. */
export async function startTunnel(port: number): Promise<{ port: number; hosts: Map<string, number>; close(): Promise<void> }> {
  const hosts = new Map<string, number>();
  const sockets = new Set<{ destroy(): void }>();
  const server: Server = createServer((_req, res) => res.writeHead(403).end('Only HTTPS through this proxy.'));
  server.on('connect', (req, client, head) => {
    sockets.add(client);
    const host = (req.url ?? '').replace(/:\d+$/, '');
    hosts.set(host, (hosts.get(host) ?? 0) + 1);
    const upstream = connect(port, '127.0.0.1', () => {
      sockets.add(upstream);
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).on('error', () => undefined);
      client.pipe(upstream).on('error', () => undefined);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** What Firefox printed (its console, the extension's errors among them). */
  output: string[];
  close(): Promise<void>;
}

/**
 * Launches Firefox with every HTTPS connection sent through the tunnel on `proxyPort`, installs the
 * MV2 build, and collects Firefox's output (browser console included, so the background's errors).
 */
export async function launchFirefox(options: { proxyPort: number; extensionPath?: string }): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'parallax-firefox-')),
    args: ['--remote-allow-system-access'],
    dumpio: false,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
      'dom.security.https_only_mode': false,
      // The browser console (where a background script's errors go) printed on stdout.
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      'extensions.logging.enabled': true,
    },
  });
  const output: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) stream?.on('data', (d: Buffer) => output.push(...d.toString().split('\n').filter(Boolean)));
  const addonId = await browser.installExtension(resolve(options.extensionPath ?? FIREFOX_DIR));
  return { browser, addonId, output, close: () => browser.close() };
}
