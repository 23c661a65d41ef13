/**
 * Chromium that loads the extension only after the caller has started watching the context, so
 * that nothing the extension does from its installation on (install handler, first-run page, first
 * requests) escapes a recorder. Loads the unpacked build over the DevTools protocol.
 */
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, type Launched } from './chromium';

export async function launchThenLoad(options: { extensionPath: string; args?: string[]; beforeLoad(context: BrowserContext): void }): Promise<Launched> {
  const context = await launchChromium({ headless: true, args: ['--enable-unsafe-extension-debugging', ...(options.args ?? [])] });
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
