/**
 * The language a feed URL names, if any: `/fr/`, `/es-la/` or `en.` as the first path segment or
 * host label, or a language's English name (`khmer.rfi.fr`, `bbc.com/portuguese`).
 */
const CODES = new Set(
  'en fr es ar ru de pt fa zh tr it ja ko nl pl ro sr hr bs sq mk bg el hu cs sk sl sv da fi he hi ur bn vi sw uz kk az hy ps km'.split(' '),
);

const NAMES: Record<string, string> = {
  english: 'en',
  french: 'fr',
  francais: 'fr',
  spanish: 'es',
  espanol: 'es',
  arabic: 'ar',
  arabi: 'ar',
  russian: 'ru',
  russki: 'ru',
  german: 'de',
  deutsch: 'de',
  portuguese: 'pt',
  persian: 'fa',
  farsi: 'fa',
  chinese: 'zh',
  turkish: 'tr',
  turkce: 'tr',
  ukrainian: 'uk',
  urdu: 'ur',
  hindi: 'hi',
  bengali: 'bn',
  swahili: 'sw',
  hausa: 'ha',
  somali: 'so',
  amharic: 'am',
  khmer: 'km',
  burmese: 'my',
  vietnamese: 'vi',
  indonesian: 'id',
  korean: 'ko',
  japanese: 'ja',
  pashto: 'ps',
  uzbek: 'uz',
  kyrgyz: 'ky',
  tamil: 'ta',
  nepali: 'ne',
  serbian: 'sr',
  romanian: 'ro',
};

export function languageHint(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const label = parsed.hostname.toLowerCase().split('.')[0];
  const segment = parsed.pathname.toLowerCase().split('/').filter(Boolean)[0] ?? '';
  for (const part of [label, segment]) {
    const code = part.split(/[-_]/)[0];
    if (NAMES[part]) return NAMES[part];
    if (CODES.has(code) && (part.length === 2 || /^[a-z]{2}[-_][a-z]{2,4}$/.test(part))) return code;
  }
  return undefined;
}
