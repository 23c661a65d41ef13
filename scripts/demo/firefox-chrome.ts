/**
 * What WebDriver BiDi cannot reach in Firefox, reached from the browser's own window: BiDi refuses
 * to navigate a tab to moz-extension:// and does not list the extension's pages, so these helpers
 * evaluate in the chrome scope (Firefox started with --remote-allow-system-access) to read the
 * toolbar badge, open an extension page in a tab and read what it shows.
 */
import type { Browser } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: Record<string, unknown> }>;
}

interface EvalResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

/** What an extension page shows once `ready` matches (or after 15 s). */
interface PageReading {
  url: string;
  title: string;
  state: string | null;
  h1: string | null;
  text: string;
  ready: boolean;
}

export interface FirefoxChrome {
  /** Evaluates an async expression in the browser window; its result must be JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** The badge text of the tab showing `url` (the extension's own state for that tab). */
  badgeText(url: string): Promise<string | undefined>;
  /** The extension's id for the tab showing `url` (what `tabs.query` would give). */
  tabId(url: string): Promise<number | undefined>;
  /** Opens an extension page in a new tab and reads it once `ready` (a CSS selector) matches. */
  readPage(path: string, ready: string): Promise<PageReading>;
  /** Sends a message to the worker from an extension page, as the options page does; resolves to the reply. */
  sendMessage<T>(message: { type: string; payload: unknown }): Promise<T>;
  /**
   * Script errors the browser attributes to the extension's files: uncaught errors and rejections,
   * CSP refusals, a script stopped by the slow-script watchdog. (console.error calls of the
   * extension's process are not kept in this process: read them from Firefox's output.)
   */
  extensionErrors(): Promise<string[]>;
}

export async function chromeScope(browser: Browser, addonId: string): Promise<FirefoxChrome> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [top] = tree.result.contexts as { context: string; url: string }[];
  if (!top) throw new Error('No browser window: Firefox must be started with --remote-allow-system-access');
  const id = JSON.stringify(addonId);
  const prelude = `const policy = WebExtensionPolicy.getByID(${id});
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const tabOf = (url) => [...gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec === url);`;
  async function evaluate<T>(body: string): Promise<T> {
    const expression = `(async () => { ${prelude} return JSON.stringify(await (async () => { ${body} })()); })()`;
    const { result } = await connection.send('script.evaluate', { expression, target: { context: top.context }, awaitPromise: true });
    const r = result as unknown as EvalResult;
    if (r.type !== 'success') throw new Error(`In the browser window: ${r.exceptionDetails?.text}`);
    const value = r.result?.value;
    return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
  }
  return {
    evaluate: (expression) => evaluate(`return ${expression};`),
    badgeText: (url) =>
      evaluate(`const tab = tabOf(${JSON.stringify(url)}); if (!tab) return undefined;
        return ExtensionParent.apiManager.global.browserActionFor(policy.extension).action.getProperty(tab, 'badgeText');`),
    tabId: (url) => evaluate(`const tab = tabOf(${JSON.stringify(url)}); return tab ? ExtensionParent.apiManager.global.tabTracker.getId(tab) : undefined;`),
    extensionErrors: () =>
      evaluate(`const origin = 'moz-extension://' + policy.mozExtensionHostname + '/';
        const scriptErrors = Services.console.getMessageArray()
          .filter((m) => m instanceof Ci.nsIScriptError && (m.sourceName.startsWith(origin) || m.errorMessage.includes(origin)))
          .map((m) => 'script error: ' + m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')');
        return scriptErrors;`),
    readPage: (path, ready) => evaluate(inPage(path, frameScript(ready))),
    sendMessage: (message) => evaluate(inPage('about.html', sendScript(message))),
  };
}

/** Opens an extension page in a tab, runs `script` in it as a frame script, and returns what it answers. */
function inPage(path: string, script: string): string {
  return `const tab = gBrowser.addTab(policy.getURL(${JSON.stringify(path)}), { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
    const b = tab.linkedBrowser;
    // Wait for the page to be in the extension's process: a frame script loaded before would be lost.
    for (let i = 0; i < 100 && !(b.remoteType === 'extension' && b.currentURI.spec.startsWith('moz-extension:') && !b.webProgress?.isLoadingDocument); i++)
      await new Promise((r) => setTimeout(r, 100));
    const script = ${JSON.stringify(script)};
    // The tab stays open: closing a page while it awaits the worker's reply is reported as an error.
    return new Promise((resolve) => {
      b.messageManager.addMessageListener('parallax-answer', (m) => resolve(m.data));
      b.messageManager.loadFrameScript('data:,' + encodeURIComponent(script), false);
      setTimeout(() => resolve({ url: b.currentURI.spec, title: b.contentTitle, state: null, h1: null, text: '', ready: false, error: 'no answer' }), 20000);
    });`;
}

/** Sends `message` with the page's own `browser.runtime`, once the page has loaded. */
function sendScript(message: unknown): string {
  return `const done = (value) => sendAsyncMessage('parallax-answer', value);
  (function wait() {
    if (content.document.readyState !== 'complete') return content.setTimeout(wait, 100);
    const page = content.wrappedJSObject;
    page.browser.runtime.sendMessage(Components.utils.cloneInto(${JSON.stringify(message)}, content)).then(
      Components.utils.exportFunction((reply) => done(JSON.parse(JSON.stringify(reply ?? null))), content),
      Components.utils.exportFunction((error) => done({ error: String(error) }), content),
    );
  })();`;
}

function frameScript(ready: string): string {
  return `const start = Date.now();
  (function poll() {
    const d = content.document;
    const found = d && d.readyState === 'complete' && d.querySelector(${JSON.stringify(ready)});
    if (!found && Date.now() - start < 15000) return content.setTimeout(poll, 100);
    sendAsyncMessage('parallax-answer', {
      url: String(content.location), title: d ? d.title : '', state: d && d.body ? d.body.dataset.state ?? null : null,
      h1: d && d.querySelector('h1') ? d.querySelector('h1').textContent : null, text: d && d.body ? d.body.innerText.slice(0, 4000) : '', ready: !!found,
    });
  })();`;
}
