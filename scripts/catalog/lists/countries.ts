/**
 * Country and language tables the list readers need (data tables). ISO 3166-1 alpha-3 -> alpha-2
 * for the yavuz list; English names -> alpha-2 for Kagi's categories and media data; and the
 * language most of a country's listed publishers write in, for list entries that do not state one.
 */

/** ISO 3166-1 alpha-3 (as the yavuz list keys countries) -> alpha-2. `XKK` is its code for Kosovo. */
export const ISO3_TO_ISO2: Record<string, string> = {
  AFG: 'AF', ALB: 'AL', AND: 'AD', ARG: 'AR', ARM: 'AM', AUS: 'AU', AUT: 'AT', AZE: 'AZ', BDI: 'BI', BEL: 'BE',
  BEN: 'BJ', BGD: 'BD', BGR: 'BG', BHS: 'BS', BIH: 'BA', BLR: 'BY', BLZ: 'BZ', BMU: 'BM', BOL: 'BO', BRA: 'BR',
  BRB: 'BB', CAN: 'CA', CHE: 'CH', CHL: 'CL', CHN: 'CN', CMR: 'CM', COD: 'CD', COL: 'CO', CRI: 'CR', CUB: 'CU',
  CYM: 'KY', CYP: 'CY', CZE: 'CZ', DEU: 'DE', DJI: 'DJ', DMA: 'DM', DNK: 'DK', DOM: 'DO', DZA: 'DZ', ECU: 'EC',
  EGY: 'EG', ERI: 'ER', ESP: 'ES', EST: 'EE', ETH: 'ET', FIN: 'FI', FRA: 'FR', FRO: 'FO', GAB: 'GA', GBR: 'GB',
  GHA: 'GH', GIB: 'GI', GIN: 'GN', GMB: 'GM', GRC: 'GR', GTM: 'GT', GUF: 'GF', GUY: 'GY', HKG: 'HK', HRV: 'HR',
  HTI: 'HT', HUN: 'HU', IDN: 'ID', IMN: 'IM', IND: 'IN', IRL: 'IE', IRN: 'IR', IRQ: 'IQ', ISL: 'IS', ISR: 'IL',
  ITA: 'IT', JAM: 'JM', JOR: 'JO', JPN: 'JP', KAZ: 'KZ', KEN: 'KE', KGZ: 'KG', KHM: 'KH', KNA: 'KN', KOR: 'KR',
  LBR: 'LR', LBY: 'LY', LKA: 'LK', LTU: 'LT', LUX: 'LU', LVA: 'LV', MAR: 'MA', MCO: 'MC', MDA: 'MD', MDG: 'MG',
  MDV: 'MV', MEX: 'MX', MKD: 'MK', MLI: 'ML', MLT: 'MT', MMR: 'MM', MNE: 'ME', MNG: 'MN', MTQ: 'MQ', MUS: 'MU',
  MWI: 'MW', MYS: 'MY', NAM: 'NA', NER: 'NE', NGA: 'NG', NIC: 'NI', NLD: 'NL', NOR: 'NO', NPL: 'NP', NZL: 'NZ',
  PAK: 'PK', PAN: 'PA', PER: 'PE', PHL: 'PH', POL: 'PL', PRI: 'PR', PRT: 'PT', PSE: 'PS', PYF: 'PF', ROU: 'RO',
  RUS: 'RU', SEN: 'SN', SGP: 'SG', SLB: 'SB', SLE: 'SL', SMR: 'SM', SOM: 'SO', SRB: 'RS', SUR: 'SR', SVK: 'SK',
  SVN: 'SI', SWE: 'SE', SYR: 'SY', TGO: 'TG', THA: 'TH', TUN: 'TN', TUR: 'TR', UGA: 'UG', UKR: 'UA', URY: 'UY',
  USA: 'US', UZB: 'UZ', VEN: 'VE', VIR: 'VI', VNM: 'VN', WSM: 'WS', XKK: 'XK', YEM: 'YE', ZAF: 'ZA', ZMB: 'ZM',
  ZWE: 'ZW',
};

/**
 * English country names as Kagi's categories and media data spell them -> alpha-2. A Kagi category
 * `Germany | Berlin` is read by its first part. Names not here (Global, Africa, ...) give no country.
 */
export const COUNTRY_NAMES: Record<string, string> = {
  Albania: 'AL', Algeria: 'DZ', Argentina: 'AR', Australia: 'AU', Austria: 'AT', Bahrain: 'BH', Bangladesh: 'BD',
  Belgium: 'BE', 'Bosnia and Herzegovina': 'BA', Brazil: 'BR', Bulgaria: 'BG', Cambodia: 'KH', Canada: 'CA',
  Chile: 'CL', China: 'CN', Colombia: 'CO', 'Costa Rica': 'CR', Croatia: 'HR', Cyprus: 'CY', 'Czech Republic': 'CZ',
  Denmark: 'DK', 'Dominican Republic': 'DO', 'DR Congo': 'CD', Egypt: 'EG', Estonia: 'EE', Ethiopia: 'ET',
  Finland: 'FI', France: 'FR', Georgia: 'GE', Germany: 'DE', Ghana: 'GH', Greece: 'GR', 'Hong Kong': 'HK',
  Hungary: 'HU', Iceland: 'IS', India: 'IN', Indonesia: 'ID', Iran: 'IR', Iraq: 'IQ', Ireland: 'IE', Israel: 'IL',
  Italy: 'IT', Japan: 'JP', Jordan: 'JO', Kenya: 'KE', Kosovo: 'XK', Kuwait: 'KW', Latvia: 'LV', Lebanon: 'LB',
  Lithuania: 'LT', Macau: 'MO', 'Madeira Island': 'PT', Malaysia: 'MY', Malta: 'MT', Mexico: 'MX', Moldova: 'MD',
  Montenegro: 'ME', Morocco: 'MA', Myanmar: 'MM', 'Myanmar (Burma)': 'MM', 'New Zealand': 'NZ', Nigeria: 'NG',
  'North Carolina': 'US', 'North Macedonia': 'MK', Norway: 'NO', Oman: 'OM', Pakistan: 'PK', Palestine: 'PS',
  Philippines: 'PH', Poland: 'PL', Portugal: 'PT', Qatar: 'QA', Romania: 'RO', Russia: 'RU', Rwanda: 'RW',
  'Saint Kitts and Nevis': 'KN', 'Saudi Arabia': 'SA', Serbia: 'RS', Singapore: 'SG', Slovakia: 'SK',
  Slovenia: 'SI', 'South Africa': 'ZA', 'South Korea': 'KR', Spain: 'ES', Sweden: 'SE', Switzerland: 'CH',
  'Switzerland (DE)': 'CH', 'Switzerland (FR)': 'CH', 'Switzerland (IT)': 'CH', Syria: 'SY', Taiwan: 'TW',
  Tanzania: 'TZ', Thailand: 'TH', 'The Netherlands': 'NL', Turkey: 'TR', UK: 'GB', Ukraine: 'UA',
  'United Arab Emirates': 'AE', 'United Kingdom': 'GB', 'United States': 'US', USA: 'US', Venezuela: 'VE',
  Vietnam: 'VN', Yemen: 'YE', 'Ecology | France': 'FR', 'Healthcare | Germany': 'DE', 'Healthcare | USA': 'US',
  'Hong Kong SAR China': 'HK',
};

/**
 * The language most listed publishers of a country write in (CLDR's likely language, corrected
 * where the lists' publishers mostly write English or French: GH, IN, KE, PK, PH, UG, ZW, ...).
 */
export const COUNTRY_LANGUAGE: Record<string, string> = {
  AD: 'ca', AE: 'ar', AF: 'fa', AL: 'sq', AM: 'hy', AR: 'es', AT: 'de', AU: 'en', AZ: 'az', BA: 'bs', BB: 'en',
  BD: 'bn', BE: 'nl', BG: 'bg', BH: 'ar', BI: 'fr', BJ: 'fr', BM: 'en', BO: 'es', BR: 'pt', BS: 'en', BY: 'ru',
  BZ: 'en', CA: 'en', CD: 'fr', CH: 'de', CL: 'es', CM: 'fr', CN: 'zh', CO: 'es', CR: 'es', CU: 'es', CY: 'el',
  CZ: 'cs', DE: 'de', DJ: 'fr', DK: 'da', DM: 'en', DO: 'es', DZ: 'ar', EC: 'es', EE: 'et', EG: 'ar', ER: 'en',
  ES: 'es', ET: 'am', FI: 'fi', FO: 'fo', FR: 'fr', GA: 'fr', GB: 'en', GE: 'ka', GF: 'fr', GH: 'en', GI: 'en',
  GM: 'en', GN: 'fr', GR: 'el', GT: 'es', GY: 'en', HK: 'zh', HR: 'hr', HT: 'fr', HU: 'hu', ID: 'id', IE: 'en',
  IL: 'he', IM: 'en', IN: 'en', IQ: 'ar', IR: 'fa', IS: 'is', IT: 'it', JM: 'en', JO: 'ar', JP: 'ja', KE: 'en',
  KG: 'ky', KH: 'km', KN: 'en', KR: 'ko', KW: 'ar', KY: 'en', KZ: 'ru', LB: 'ar', LK: 'si', LR: 'en', LT: 'lt',
  LU: 'fr', LV: 'lv', LY: 'ar', MA: 'ar', MC: 'fr', MD: 'ro', ME: 'sr', MG: 'fr', MK: 'mk', ML: 'fr', MM: 'my',
  MN: 'mn', MO: 'zh', MQ: 'fr', MT: 'en', MU: 'fr', MV: 'dv', MW: 'en', MX: 'es', MY: 'ms', NA: 'en', NE: 'fr',
  NG: 'en', NI: 'es', NL: 'nl', NO: 'no', NP: 'ne', NZ: 'en', OM: 'ar', PA: 'es', PE: 'es', PF: 'fr', PH: 'en',
  PK: 'en', PL: 'pl', PR: 'es', PS: 'ar', PT: 'pt', QA: 'ar', RO: 'ro', RS: 'sr', RU: 'ru', RW: 'rw', SA: 'ar',
  SB: 'en', SE: 'sv', SG: 'en', SI: 'sl', SK: 'sk', SL: 'en', SM: 'it', SN: 'fr', SO: 'so', SR: 'nl', SY: 'ar',
  TG: 'fr', TH: 'th', TN: 'ar', TR: 'tr', TW: 'zh', TZ: 'sw', UA: 'uk', UG: 'en', US: 'en', UY: 'es', UZ: 'uz',
  VE: 'es', VI: 'en', VN: 'vi', WS: 'en', XK: 'sq', YE: 'ar', ZA: 'en', ZM: 'en', ZW: 'en',
};

/** Kagi writes some languages its own way; the catalog keeps BCP 47 primary subtags. */
export function bcp47Primary(tag: string): string {
  const primary = tag.toLowerCase().split('-')[0];
  return ({ gr: 'el', arq: 'ar', cnr: 'sr' } as Record<string, string>)[primary] ?? primary;
}
