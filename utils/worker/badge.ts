import { t, tn } from '../i18n/translate';
import type { BiasOrUnrated } from '../model';
import type { KeyedShare } from '../views';

/** The badge's colour says the coverage's lean; grey when it is unrated or even. */
export const BADGE_COLOURS = { left: '#1f4fa8', right: '#b3261e', center: '#5f6672', none: '#8a8f99' } as const;

/** Which way the rated coverage leans: the side with a clear plurality, else centre. */
export function coverageLean(shares: KeyedShare<BiasOrUnrated>[]): keyof typeof BADGE_COLOURS {
  const count = (keys: BiasOrUnrated[]) => shares.filter((s) => keys.includes(s.key)).reduce((n, s) => n + s.count, 0);
  const left = count(['left', 'lean-left']);
  const right = count(['lean-right', 'right']);
  const center = count(['center']);
  const rated = left + right + center;
  if (rated === 0) return 'none';
  if (left > right && left > center) return 'left';
  if (right > left && right > center) return 'right';
  return 'center';
}

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  /** The tooltip, which says what the number counts (fakes in tests may leave it out). */
  setTitle?(details: { tabId: number; title: string }): Promise<void>;
}

/**
 * Per tab: the number of outlets, coloured by lean, and a tooltip saying what it counts (outlets
 * with a report of their own, or every outlet that ran the story when carriers count); empty,
 * with the extension's name, when nothing matched.
 */
export async function showBadge(
  action: BadgeApi,
  tabId: number,
  outlets: number | null,
  lean: keyof typeof BADGE_COLOURS = 'none',
  counts: 'reported' | 'covered' = 'reported',
): Promise<void> {
  const shown = outlets && outlets > 0 ? outlets : 0;
  await action.setBadgeText({ tabId, text: shown ? String(shown) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[shown ? lean : 'none'] });
  await action.setTitle?.({ tabId, title: shown ? tn(counts === 'reported' ? 'badge_reported' : 'badge_covered', shown) : t('extName') });
}
