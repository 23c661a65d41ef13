import { browser } from 'wxt/browser';

/** Runs the content script in a tab the reader clicked on (activeTab). */
export async function injectReader(tabId: number): Promise<void> {
  // MV3 has `scripting`; Firefox's MV2 build has only `tabs.executeScript`.
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  else
    await (browser.tabs as unknown as { executeScript(id: number, d: { file: string }): Promise<unknown> }).executeScript(tabId, {
      file: '/content-scripts/content.js',
    });
}
