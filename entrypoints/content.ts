import { readArticle } from '../utils/article/read-article';
import { send } from '../utils/messages';

/**
 * Reads the article on the page and tells the worker. Runs on the outlet sites the reader granted
 * (registered at runtime, see utils/access/content-scripts.ts: the manifest declares no match)
 * and, elsewhere, only when the reader clicks the toolbar icon. Nothing here leaves the device:
 * the worker matches locally.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    let reported: string | undefined;
    const report = () => {
      if (location.href === reported) return;
      reported = location.href;
      const article = readArticle(document, location.href);
      void send('pageArticle', { url: location.href, article }).catch(() => undefined);
    };
    report();
    // Single-page sites: re-read after the URL changes, once the new page had time to render;
    // a page that changes its URL without pause is still read, every 2 s at most.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pendingSince: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      clearTimeout(timer);
      pendingSince ??= Date.now();
      timer = setTimeout(
        () => {
          pendingSince = undefined;
          report();
        },
        Math.max(0, Math.min(600, pendingSince + 2000 - Date.now())),
      );
    });
  },
});
