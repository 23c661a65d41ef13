/**
 * Which feed hosts and domains can name a news publisher. Aggregators carry many outlets' items
 * under one name (they would break who-covered-what); platforms host anyone's blog or channel;
 * feed services host a publisher's feed without saying whose it is; governments are not outlets.
 */
import { getDomain, parse } from 'tldts';

/** Hosts (and their subdomains) whose feeds mix many outlets' items. */
const AGGREGATOR_DOMAINS = [
  'news.google.com',
  'google.com',
  'reddit.com',
  'nitter.net',
  'nitter.poast.org',
  'rsshub.app',
  'rss.app',
  'fetchrss.com',
  'feedly.com',
  'inoreader.com',
  'msn.com',
  'news.yahoo.com',
  'uk.news.yahoo.com',
  'allafrica.com',
  'naslovi.net',
  'news.livedoor.com',
  'newsnow.co.uk',
  'techmeme.com',
  'memeorandum.com',
  'drudgereport.com',
  'news.ycombinator.com',
  'hnrss.org',
  'lobste.rs',
  'newsbreak.com',
  'flipboard.com',
  'pressreader.com',
  'feedspot.com',
  'politepol.com',
  'rssbridge.org',
  'bing.com',
  'yandex.ru',
  'haberler.com',
  'news.sanook.com',
  'ground.news',
  'smartnews.com',
  'newsblur.com',
  'feeds.hongkongnews.net',
  'newsnblogs.com',
];

/** Platforms where anyone publishes: a feed there is one person's blog or channel, not an outlet's. */
const PLATFORM_DOMAINS = [
  'youtube.com',
  'medium.com',
  'substack.com',
  'blogspot.com',
  'wordpress.com',
  'tumblr.com',
  'twitter.com',
  'x.com',
  't.me',
  'telegram.org',
  'facebook.com',
  'instagram.com',
  'github.com',
  'soundcloud.com',
  'anchor.fm',
  'libsyn.com',
  'podbean.com',
  'buzzsprout.com',
  'spreaker.com',
  'mastodon.social',
  'bsky.app',
  'ghost.io',
  'disqus.com',
  'blogger.com',
  'livejournal.com',
  'typepad.com',
  'over-blog.com',
  'hatenablog.com',
  'naver.com',
];

/** Hosting services: the feed URL does not say whose feed it is, so only a list naming the site can. */
const FEED_SERVICE_DOMAINS = [
  'feedburner.com',
  'feedpress.me',
  'amazonaws.com',
  'cloudfront.net',
  'feedblitz.com',
  'rss.com',
  'feedcat.net',
  'feeds.buzzsprout.com',
  'megaphone.fm',
  'omny.fm',
  'simplecast.com',
  'iol.io',
];

function under(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Lower-case host of a URL, without `www.`; undefined when it is not an http(s) URL. */
export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** Publishers of other things (shops, journals, preprints, Q&A, universities) that lists carry feeds of. */
const NOT_NEWS_DOMAINS = ['amazon.com', 'arxiv.org', 'jamanetwork.com', 'mdpi.com', 'stackexchange.com', 'nature.com', 'springer.com'];

export type HostVerdict = 'aggregator' | 'platform' | 'feed-service' | 'government' | 'not-news';

/** Why a host cannot stand for a news publisher, or undefined when it can. */
export function hostVerdict(host: string): HostVerdict | undefined {
  if (under(host, AGGREGATOR_DOMAINS)) return 'aggregator';
  if (under(host, PLATFORM_DOMAINS)) return 'platform';
  if (under(host, FEED_SERVICE_DOMAINS)) return 'feed-service';
  if (isGovernment(host)) return 'government';
  if (under(host, NOT_NEWS_DOMAINS) || /\.(edu|ac\.[a-z]{2})$/.test(host)) return 'not-news';
  return undefined;
}

/**
 * Government and intergovernmental hosts: a `gov`, `gouv`, `gob`, `mil` or `go` label inside the
 * public suffix (`gov.in`, `gouv.fr`, `go.jp`), `.gov`/`.mil`/`.int`, and the UN and EU sites.
 */
function isGovernment(host: string): boolean {
  const { publicSuffix } = parse(host);
  const suffixLabels = (publicSuffix ?? '').split('.');
  if (['gov', 'mil', 'int'].includes(suffixLabels[suffixLabels.length - 1])) return true;
  if (suffixLabels.length > 1 && suffixLabels.some((l) => ['gov', 'gouv', 'gob', 'mil', 'go', 'govt'].includes(l))) return true;
  const domain = getDomain(host) ?? host;
  return GOVERNMENT_DOMAINS.includes(domain) || /\.gouv\.|\.gov\./.test(`.${host}.`);
}

/** Government sites whose domain does not say so. */
const GOVERNMENT_DOMAINS = [
  'un.org',
  'europa.eu',
  'bundesregierung.de',
  'admin.ch',
  'rijksoverheid.nl',
  'knmi.nl',
  'government.nl',
  'gov.uk',
  'be.ch',
  'sg.ch',
  'politie.nl',
  'korea.kr',
];

/** Registrable domain of a host (`amharic.voanews.com` -> `voanews.com`). */
export function registrableOf(host: string): string | undefined {
  return getDomain(host, { allowPrivateDomains: false }) ?? undefined;
}
