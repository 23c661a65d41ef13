import { describe, expect, test } from 'vitest';
import { findChrome, unusableBrowser } from '../../scripts/demo/chromium';

describe('the browser npm start uses', () => {
  test('Chromium comes before Google Chrome when both are installed', () => {
    const installed = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium']);
    expect(findChrome({}, (p) => installed.has(p))).toBe('/usr/bin/chromium');
    expect(findChrome({ CHROME_PATH: '/opt/cft/chrome' }, () => true)).toBe('/opt/cft/chrome');
  });

  test.each([
    ['/usr/bin/chromium', 'Chromium 156.0.7500.1 built on Debian', undefined],
    ['/opt/cft/chrome-linux64/chrome', 'Google Chrome for Testing 140.0.7339.80', undefined],
    ['/usr/bin/google-chrome', 'Google Chrome 136.0.7103.92', undefined],
    ['/usr/bin/google-chrome', 'Google Chrome 137.0.7151.55', 'Google Chrome 137 and later ignore --load-extension'],
    ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome 142.0.7444.60', 'Found Google Chrome 142'],
    ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', undefined, 'Use Chromium'],
  ])('%s (%s): %s', (path, version, problem) => {
    const said = unusableBrowser(path, version);
    if (problem === undefined) expect(said).toBeUndefined();
    else expect(said).toContain(problem);
  });
});
