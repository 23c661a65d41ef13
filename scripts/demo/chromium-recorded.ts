/**
 * Chromium that loads the extension only after the caller has started watching the context, so
 * that nothing the extension does from its installation on (install handler, first-run page, first
 * requests) escapes a recorder. Loads the unpacked build over the DevTools protocol.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChrome, INSTALL_HINT, type Launched } from './chromium';

export async function launchThenLoad(options: { extensionPath: string; args?: string[]; beforeLoad(context: BrowserContext): void }): Promise<Launched> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parallax-')), {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
    args: [
      '--enable-unsafe-extension-debugging',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-features=HttpsUpgrades',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.args ?? []),
    ],
  });
  options.beforeLoad(context);
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: resolve(options.extensionPath) } as never)) as { id: string };
  await cdp.detach();
  const url = `chrome-extension://${id}/`;
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith(url)) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(url), timeout: 30_000 }));
  return { context, extensionId: id, worker };
}
