/**
 * `npm run -s extract -- FILE.html --url URL`: the extractor on one saved page, as one JSON
 * object: `{"isArticle": false, "reasons": [...]}` for a non-article, else
 * `{"isArticle": true, "reasons": [...], ...ArticleMeta}`. Parses with linkedom, like the tests.
 * Exit status 2 on bad arguments or an unreadable file.
 */
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractPage } from '../utils/article/extract-article';

const USAGE = 'usage: npm run -s extract -- FILE.html[.gz] --url URL';

function parseArgs(argv: string[]): { file: string; url: string } | undefined {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i].startsWith('--url=')) url = argv[i].slice(6);
    else if (!file) file = argv[i];
    else return undefined;
  }
  return file && url ? { file, url } : undefined;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  let html: string;
  try {
    const bytes = readFileSync(args.file);
    html = (args.file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    console.error(`cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { isArticle, reasons, article } = extractPage(parseHTML(html).document as unknown as Document, args.url);
  console.log(JSON.stringify(isArticle && article ? { isArticle, ...article, reasons } : { isArticle: false, reasons }));
  return 0;
}

process.exitCode = main();
