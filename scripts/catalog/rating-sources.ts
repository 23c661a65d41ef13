/**
 * The two rating sources the catalog ships, their licences, and how their labels map onto the
 * shared Bias / Factuality vocabulary. Anything a mapping does not know stays unrated.
 */
import type { Bias, Factuality, RatingSource } from '../../utils/model';

/** Day LMeynent/allsides-scraper collected the AllSides ratings page. */
export const ALLSIDES_DATE = '2022-09-28';
/**
 * idiap/News-Media-Reliability published its Wikipedia extract with its 2024 paper; the repository
 * does not record the day the list was read, so the year is all we can state (ISO 8601 allows it).
 */
export const WIKIPEDIA_RSP_DATE = '2024';

export const ALLSIDES_URL_PREFIX = 'https://www.allsides.com/news-source/';

export const RATING_SOURCES: RatingSource[] = [
  {
    id: 'allsides',
    name: 'AllSides Media Bias Ratings',
    url: 'https://www.allsides.com/media-bias/ratings',
    licence: 'CC BY-NC 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-nc/4.0/',
    attribution:
      'AllSides Media Bias Ratings by AllSides.com are licensed under a Creative Commons ' +
      'Attribution-NonCommercial 4.0 International License. Ratings as published on 2022-09-28 ' +
      '(collected by LMeynent/allsides-scraper); news-source ratings only.',
  },
  {
    id: 'wikipedia-rsp',
    name: 'Wikipedia: Reliable sources/Perennial sources',
    url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
    licence: 'CC BY-SA 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    attribution:
      'Reliability statuses from "Wikipedia:Reliable sources/Perennial sources" by Wikipedia ' +
      'contributors, licensed under CC BY-SA 4.0; domain list as extracted by ' +
      'idiap/News-Media-Reliability (2024). "Generally unreliable" and "deprecated" are both shown ' +
      'as generally unreliable.',
  },
];

const ALLSIDES_BIAS: Record<string, Bias> = {
  Left: 'left',
  'Lean Left': 'lean-left',
  Center: 'center',
  'Lean Right': 'lean-right',
  Right: 'right',
};

/** AllSides' five-point label as a Bias; "Mixed" and anything else is unrated. */
export function allsidesBias(label: string): Bias | undefined {
  return ALLSIDES_BIAS[label.trim()];
}

const RSP_FACTUALITY: Record<string, Factuality> = {
  'generally reliable': 'reliable',
  'no consensus': 'no-consensus',
  // The extract merges the two statuses; both mean "do not cite for facts".
  'generally unreliable or deprecated': 'unreliable',
  'generally unreliable': 'unreliable',
  deprecated: 'unreliable',
  blacklisted: 'blacklisted',
};

/** A perennial-sources status as a Factuality; unknown statuses are unrated. */
export function rspFactuality(status: string): Factuality | undefined {
  return RSP_FACTUALITY[status.trim().toLowerCase()];
}
