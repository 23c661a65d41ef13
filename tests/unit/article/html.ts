import { parseHTML } from 'linkedom';

/** A Document for `html`, as the CLI and the fixture tests parse it. */
export function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A minimal page: `head` and `body` markup inside a full document. */
export function page(head: string, body = '', htmlAttrs = 'lang="en"'): Document {
  return docOf(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);
}

/** A JSON-LD script block. */
export function ld(value: unknown): string {
  return `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
}

export const URL_ = 'https://www.example.com/news/2024/05/03/council-approves-budget';
