import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeScope, type FirefoxChrome } from '../../scripts/demo/firefox-chrome';
import { FIREFOX_DIR, launchFirefox, startTunnel, type FirefoxSession } from '../../scripts/demo/firefox';
import { startDemoSite, type DemoSite } from '../../scripts/demo/site';
import { SEED_STORY } from '../../scripts/demo/pages';
import { DEMO_INDEX } from '../../scripts/demo/snapshot-file';
import type { Catalog, IndexedArticle } from '../../utils/model';

const AP = 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly';
const built = <T>(file: string) => JSON.parse(readFileSync(join(FIREFOX_DIR, file), 'utf8')) as T;

let site: DemoSite;
let tunnel: Awaited<ReturnType<typeof startTunnel>>;
let firefox: FirefoxSession;
let chrome: FirefoxChrome;
let catalog: Catalog;

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  let value = await read();
  for (const end = Date.now() + ms; !ok(value) && Date.now() < end; value = await read()) await new Promise((r) => setTimeout(r, 200));
  return value;
}

/** Errors attributed to the extension, and what its worker logged with console.error ("Parallax: …", utils/worker/router.ts). */
async function extensionErrors(): Promise<string[]> {
  return [...(await chrome.extensionErrors()), ...firefox.output.filter((line) => /^console\.(error|warn): .*Parallax:/.test(line))];
}

/** Runs a frame script in the background page (from the browser window: its CSP allows no other way). */
const inBackground = (script: string) =>
  chrome.evaluate(`(() => {
    const background = [...policy.extension.views].find((v) => v.viewType === 'background');
    background.xulBrowser.messageManager.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(script)}), false);
    return true;
  })()`);

beforeAll(async () => {
  catalog = built<Catalog>('catalog.json');
  const demo = readFileSync(DEMO_INDEX, 'utf8');
  const { articles } = JSON.parse(demo) as { articles: IndexedArticle[] };
  site = await startDemoSite({ catalog, articles });
  tunnel = await startTunnel(site.port);
  firefox = await launchFirefox({ proxyPort: tunnel.port });
  chrome = await chromeScope(firefox.browser, firefox.addonId);
  // The demo snapshot, through the same validated import as an index file the reader opens.
  const imported = await chrome.sendMessage<{ ok: boolean; articles: number }>({ type: 'importIndex', payload: { text: demo } });
  if (!imported.ok) throw new Error(`The demo snapshot was not imported: ${JSON.stringify(imported)}`);
});
afterAll(async () => {
  await firefox?.close();
  await tunnel?.close();
  await site?.close();
});

describe('Firefox ESR with the MV2 build', () => {
  it('installs the build as an add-on and runs it', async () => {
    const manifest = built<{ browser_specific_settings: { gecko: { id: string } } }>('manifest.json');
    expect(firefox.addonId).toBe(manifest.browser_specific_settings.gecko.id);
    expect(await chrome.evaluate<{ active: boolean; version: string }>('({ active: policy.active, version: policy.extension.version })')).toEqual({
      active: true,
      version: built<{ version: string }>('manifest.json').version,
    });
  });

  it('starts the background: it opens the first-run page, which draws its region picker', async () => {
    const tabs = await until(
      () => chrome.evaluate<string[]>('[...gBrowser.tabs].map((t) => t.linkedBrowser.currentURI.spec)'),
      (urls) => urls.some((u) => u.endsWith('/welcome.html')),
    );
    expect(tabs.some((u) => u.startsWith('moz-extension://') && u.endsWith('/welcome.html'))).toBe(true);
    const welcome = await chrome.readPage('welcome.html', 'button[type="submit"]');
    expect(welcome).toMatchObject({ ready: true, h1: 'Welcome to Parallax' });
    expect(welcome.text).toContain(`The catalog has ${catalog.outlets.length.toLocaleString('en')} outlets`);
  });

  it('the content script on a catalog article gets the background’s answer: the badge counts the outlets', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(AP);
    expect(await page.title()).toContain('Associated Press');
    expect(
      await until(
        () => chrome.badgeText(AP),
        (t) => t === '3',
      ),
    ).toBe('3');
    // A navigation to a page that is no article clears it.
    await page.goto('https://apnews.com/');
    expect(
      await until(
        () => chrome.badgeText('https://apnews.com/'),
        (t) => t === '',
      ),
    ).toBe('');
    await page.goto(AP);
    expect(
      await until(
        () => chrome.badgeText(AP),
        (t) => t === '3',
      ),
    ).toBe('3');
  });

  it('the popup for that tab shows the story’s coverage', async () => {
    const tabId = await chrome.tabId(AP);
    expect(tabId).toBeTypeOf('number');
    const popup = await chrome.readPage(`popup.html?tabId=${tabId}`, 'body[data-state]:not([data-state="loading"])');
    expect(popup).toMatchObject({ ready: true, state: 'matched' });
    expect(popup.h1).toMatch(/^Covered by \d+ outlets/);
    expect(popup.text).toContain('Associated Press');
  });

  it('the options and About pages draw the catalog', async () => {
    const options = await chrome.readPage('options.html', 'li.source');
    expect(options.ready).toBe(true);
    const n = catalog.outlets.length.toLocaleString('en');
    expect(options.text).toContain(`${n} sources match, ${n} on`);
    const about = await chrome.readPage('about.html', 'section.panel');
    expect(about.ready).toBe(true);
    expect(about.text).toContain('CC BY-NC 4.0');
  });

  it('the full-tab pages draw: the story page, today’s stories, blindspots and the news diet', async () => {
    const story = await chrome.readPage(`story.html?id=${encodeURIComponent(SEED_STORY)}`, 'body[data-state]');
    expect(story).toMatchObject({ ready: true, state: 'ready', h1: 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit' });
    expect(story.text).toMatch(/\d+ articles from \d+ outlets/);
    expect(story.text).toContain('Associated Press');
    const stories = await chrome.readPage('stories.html', 'body[data-state]');
    expect(stories).toMatchObject({ ready: true, state: 'ready' });
    expect(stories.text).toContain('Blinken meets Chinese VP');
    const blindspots = await chrome.readPage('blindspots.html', 'body[data-state]');
    expect(blindspots).toMatchObject({ ready: true, state: 'ready' });
    expect(blindspots.text).toMatch(/barely covered by the right/i);
    const diet = await chrome.readPage('diet.html', 'body[data-state]');
    expect(diet).toMatchObject({ ready: true, state: 'ready' });
  });

  it('logged no error from the extension', async () => {
    const errors = await extensionErrors();
    console.log(JSON.stringify({ figure: 'errors Firefox attributes to the extension', value: errors.length, errors }));
    expect(errors).toEqual([]);
  });

  it('would have seen an error in the background, and one it logged', async () => {
    // A string handed to setTimeout is an eval, which the extension's CSP refuses: a script error in the background page.
    await inBackground('content.console.error("Parallax: planted failure"); content.wrappedJSObject.setTimeout("planted(", 0);');
    const errors = await until(extensionErrors, (e) => e.length >= 2, 5_000);
    expect(errors).toEqual([
      expect.stringMatching(/^script error: Content-Security-Policy.*\(moz-extension:\/\/[^ ]+\/_generated_background_page\.html/s),
      expect.stringContaining('Parallax: planted failure'),
    ]);
  });
});
