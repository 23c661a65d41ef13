import { describe, expect, it } from 'vitest';
import { type BadgeApi, showBadge } from '../../utils/worker/badge';

function fakeAction() {
  const shown: Record<string, string> = {};
  const action: Required<BadgeApi> = {
    setBadgeText: async ({ text }) => void (shown.text = text),
    setBadgeBackgroundColor: async ({ color }) => void (shown.color = color),
    setTitle: async ({ title }) => void (shown.title = title),
  };
  return { action, shown };
}

describe('the toolbar badge', () => {
  it.each([
    [4, 'reported', 'Parallax: 4 outlets reported this story'],
    [1, 'reported', 'Parallax: 1 outlet reported this story'],
    [6, 'covered', 'Parallax: 6 outlets covered this story'],
  ] as const)('with %i outlets (%s), its tooltip says what the number counts', async (outlets, counts, title) => {
    const { action, shown } = fakeAction();
    await showBadge(action, 3, outlets, 'left', counts);
    expect(shown).toEqual({ text: String(outlets), color: '#1f4fa8', title });
  });

  it('with nothing matched, is empty and grey, its tooltip the extension’s name', async () => {
    const { action, shown } = fakeAction();
    await showBadge(action, 3, null, 'left');
    expect(shown).toEqual({ text: '', color: '#8a8f99', title: 'Parallax' });
  });
});
