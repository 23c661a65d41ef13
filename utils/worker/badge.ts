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
}

/** Per tab: the number of outlets, coloured by lean; empty when nothing matched. */
export async function showBadge(action: BadgeApi, tabId: number, outlets: number | null, lean: keyof typeof BADGE_COLOURS = 'none'): Promise<void> {
  await action.setBadgeText({ tabId, text: outlets && outlets > 0 ? String(outlets) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[outlets ? lean : 'none'] });
}
