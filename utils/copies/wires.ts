/**
 * The wire services whose reports other outlets carry: their ids, names, the domains they
 * publish their own reports under, and how a byline or dateline names them. A table, not
 * logic: add a wire by adding a row.
 */

/** One news agency. */
export interface Wire {
  /** The catalog's outlet id when the catalog has the wire itself. */
  id: string;
  name: string;
  /** Registrable domains of the wire's own site (its originals live there). */
  domains: readonly string[];
  /** How bylines, datelines and author fields name it (matched whole-word, case as written). */
  names: readonly string[];
}

export const WIRES: readonly Wire[] = [
  { id: 'ap', name: 'AP', domains: ['apnews.com', 'ap.org'], names: ['AP', 'Associated Press', 'The Associated Press'] },
  { id: 'reuters', name: 'Reuters', domains: ['reuters.com'], names: ['Reuters', 'REUTERS', 'Thomson Reuters'] },
  { id: 'afp', name: 'AFP', domains: ['afp.com'], names: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { id: 'dpa', name: 'dpa', domains: ['dpa.com', 'dpa-international.com'], names: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { id: 'efe', name: 'EFE', domains: ['efe.com'], names: ['EFE', 'Agencia EFE'] },
  { id: 'ansa', name: 'ANSA', domains: ['ansa.it'], names: ['ANSA', 'ANSAmed'] },
  { id: 'pti', name: 'PTI', domains: ['ptinews.com'], names: ['PTI', 'Press Trust of India'] },
  { id: 'kyodo-news', name: 'Kyodo', domains: ['kyodonews.net'], names: ['Kyodo', 'Kyodo News'] },
  { id: 'yonhap', name: 'Yonhap', domains: ['yna.co.kr'], names: ['Yonhap', 'Yonhap News Agency'] },
  { id: 'upi', name: 'UPI', domains: ['upi.com'], names: ['UPI', 'United Press International'] },
  { id: 'xinhua', name: 'Xinhua', domains: ['xinhuanet.com', 'news.cn'], names: ['Xinhua'] },
  { id: 'aap', name: 'AAP', domains: ['aap.com.au'], names: ['AAP', 'Australian Associated Press'] },
  { id: 'pa-media', name: 'PA Media', domains: ['pa.media'], names: ['PA Media', 'Press Association', 'PA'] },
  { id: 'canadian-press', name: 'The Canadian Press', domains: ['thecanadianpress.com'], names: ['The Canadian Press', 'Canadian Press', 'CP'] },
  { id: 'anadolu', name: 'Anadolu', domains: ['aa.com.tr'], names: ['Anadolu', 'Anadolu Agency', 'AA'] },
  { id: 'ians', name: 'IANS', domains: ['ians.in'], names: ['IANS'] },
  { id: 'ani', name: 'ANI', domains: ['aninews.in'], names: ['ANI'] },
  { id: 'europa-press', name: 'Europa Press', domains: ['europapress.es'], names: ['Europa Press'] },
  { id: 'bloomberg', name: 'Bloomberg', domains: ['bloomberg.com'], names: ['Bloomberg', 'Bloomberg News'] },
];

const BY_ID = new Map(WIRES.map((w) => [w.id, w]));

export function wireById(id: string): Wire | undefined {
  return BY_ID.get(id);
}

/** The wire whose own site a host belongs to (`www.reuters.com` -> Reuters). */
export function wireOfHost(host: string): Wire | undefined {
  const h = host.toLowerCase().replace(/^www\./, '');
  return WIRES.find((w) => w.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}

/** Short names that are common words or initials elsewhere: only trusted in a dateline's brackets. */
export const BRACKET_ONLY = new Set(['AP', 'PA', 'CP', 'AA', 'ANI', 'UPI', 'AAP', 'PTI', 'EFE', 'ANSA', 'IANS', 'dpa', 'DPA']);
