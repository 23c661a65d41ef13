/**
 * Real texts of the demo's seed story (scripts/demo/data/README.md says where each was read):
 * the Reuters report, two outlets that carried it, and AP's own report.
 */
import type { CopyInput } from '../../../utils/copies';

const H = Date.UTC(2023, 8, 18, 21);
export const REUTERS_LEAD =
  "U.S. Secretary of State Antony Blinken met with Chinese Vice President Han Zheng on Monday on the sidelines of the United Nations General Assembly, the latest in a series of meetings aimed at reducing tensions between the world's two largest economies.";

export const AP: CopyInput = {
  url: 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly',
  outletId: 'ap',
  published: H,
  title: 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
  description:
    'U.S. Secretary of State Antony Blinken met Chinese Vice President Han Zheng on the sidelines of the U.N. General Assembly as the two countries step up contacts ahead of a possible meeting between their leaders.',
};
export const REUTERS: CopyInput = {
  url: 'https://reuters.com/world/top-us-diplomat-blinken-meets-chinas-vp-han-un-amid-strained-ties-2023-09-18',
  outletId: 'reuters',
  published: H + 3_600_000,
  title: "Top US diplomat Blinken meets China's VP Han at UN amid strained ties",
  description: `NEW YORK, Sept 18 (Reuters) - ${REUTERS_LEAD}`,
  author: 'Humeyra Pamuk, Michael Martina',
};
export const YAHOO: CopyInput = {
  url: 'https://au.news.yahoo.com/top-us-diplomat-blinken-meets-192258735.html',
  outletId: 'yahoo-news',
  published: H + 5_000_000,
  title: "Top US diplomat Blinken meets China's VP Han at U.N. amid strained ties",
  description: `NEW YORK (Reuters) - ${REUTERS_LEAD}`,
  author: 'Humeyra Pamuk and Michael Martina',
};
export const STRAITS: CopyInput = {
  url: 'https://straitstimes.com/world/while-you-were-sleeping-5-stories-you-might-have-missed-sept-19-3',
  outletId: 'the-straits-times',
  published: H + 9_000_000,
  title: 'Top US diplomat Blinken meets China’s VP Han at UN amid strained ties',
  description:
    'US Secretary of State Antony Blinken met with Chinese Vice President Han Zheng on Monday on the sidelines of the United Nations General Assembly as the world’s two largest economies hold a series of meetings to stabilise their strained relationship.',
};
export const WION: CopyInput = {
  url: 'https://wionews.com/world/blinken-meets-chinas-vp-han-to-set-stage-for-future-xi-biden-meeting',
  outletId: 'wion',
  published: H + 33_000_000,
  title: "Blinken meets China's VP Han to set stage for future Xi-Biden meeting",
  description:
    'US Secretary of State Antony Blinken held talks with Chinese Vice President Han Zheng at the United Nations, in a meeting seen as laying the groundwork for a future Xi-Biden summit.',
};
