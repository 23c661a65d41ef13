import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AccessStatus } from '../../utils/access';
import { AccessNotice } from '../AccessNotice';
import type { OptionsDeps } from './deps';

/** The options page's word on host access the reader's sources lack, with the button that asks for it. */
export function AccessSection({ deps, welcomeHref }: { deps: OptionsDeps; welcomeHref: string }) {
  const [access, setAccess] = useState<AccessStatus>();
  const poll = useCallback(
    () =>
      void deps.send('indexStatus', {}).then(
        (s) => setAccess(s.access),
        () => undefined,
      ),
    [deps],
  );
  useEffect(() => {
    poll();
    const timer = setInterval(poll, deps.pollMs ?? 1000);
    return () => clearInterval(timer);
  }, [poll, deps]);
  const grant = (origins: string[]) =>
    void deps
      .requestOrigins(origins)
      .then((granted) => (granted ? deps.send('refreshNow', {}) : undefined))
      .catch(() => undefined)
      .then(poll);
  return <AccessNotice access={access} onGrant={grant} onChoose={() => location.assign(welcomeHref)} />;
}
