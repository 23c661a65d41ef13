/**
 * Finds a Chrome or Chromium to run, and launches it with the built extension loaded.
 * Order: $CHROME_PATH, then the usual install paths of Chromium, then of Google Chrome (Linux,
 * macOS, Windows). Google Chrome 137 and later ignore `--load-extension`, so Chromium comes first
 * and a recent Google Chrome is refused with the reason (see `unusableBrowser`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const USE_CHROMIUM =
  'Use Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: `brew install --cask chromium`) or Chrome for Testing ' +
  '(`npx @puppeteer/browsers install chrome@stable`), and set CHROME_PATH to its executable if it is not in a usual place.';

export const INSTALL_HINT = `No Chromium or Chrome found. ${USE_CHROMIUM}`;

/** Google's branded Chrome (not Chromium, not Chrome for Testing). */
const BRANDED_CHROME = /google-chrome|Google Chrome\.app|Google\\Chrome\\Application|\/opt\/google\/chrome\//;

/**
 * Why the demo cannot use this browser, or undefined when it can: Google Chrome 137 and later
 * ignore `--load-extension`, so the demo would open without Parallax. `version` is what
 * `--version` printed (undefined when it printed nothing, as chrome.exe does).
 */
export function unusableBrowser(path: string, version: string | undefined): string | undefined {
  if (!BRANDED_CHROME.test(path) || /for Testing/i.test(`${path} ${version ?? ''}`)) return undefined;
  const major = Number(/(\d+)\./.exec(version ?? '')?.[1]);
  if (Number.isFinite(major) && major < 137) return undefined;
  return (
    `Found Google Chrome${Number.isFinite(major) ? ` ${major}` : ''} at ${path}. Google Chrome 137 and later ignore --load-extension, ` +
    `so the demo cannot load Parallax into it. ${USE_CHROMIUM} Or load .output/chrome-mv3 by hand: chrome://extensions, ` +
    'Developer mode, Load unpacked (`npm run build` first).'
  );
}

/** What `path --version` prints, if anything. */
export function browserVersion(path: string): string | undefined {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChrome(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CANDIDATES.find(exists);
}

export interface LaunchOptions {
  extensionPath: string;
  headless: boolean;
  args?: string[];
  userDataDir?: string;
  /** Variables added to the browser's environment (on Linux, LANGUAGE sets its UI language). */
  env?: Record<string, string>;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/**
 * Chromium for the extension, in a fresh profile unless one is given: Chromium's own background
 * traffic off (the privacy test counts every request), and no sandbox as root, where it cannot run.
 */
export async function launchChromium(options: {
  headless: boolean;
  args: string[];
  userDataDir?: string;
  env?: Record<string, string>;
}): Promise<BrowserContext> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launchPersistentContext(options.userDataDir ?? mkdtempSync(join(tmpdir(), 'parallax-')), {
    executablePath,
    headless: options.headless,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
    args: [
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-features=HttpsUpgrades',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // Last: a caller's `--disable-features=…` replaces the one above.
      ...options.args,
    ],
  });
}

/** Chromium with the unpacked extension; resolves once its service worker runs. */
export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  const context = await launchChromium({
    ...options,
    args: [`--disable-extensions-except=${options.extensionPath}`, `--load-extension=${options.extensionPath}`, ...(options.args ?? [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}
