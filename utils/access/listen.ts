import type { Access } from './index';

interface PermissionEvent {
  addListener(listener: (permissions: { origins?: string[] }) => void): void;
}

export interface GrantListenerDeps {
  onAdded: PermissionEvent;
  onRemoved: PermissionEvent;
  access: Pick<Access, 'syncScripts'>;
  /** Starts a refresh (a no-op while one runs). */
  startRefresh(): void;
  /** The reader chose their sources (before that, a grant starts nothing). */
  chosen(): Promise<boolean>;
  onError?(error: unknown): void;
}

/**
 * Follows the reader's grants and revocations, whether made on Parallax's pages or in the
 * browser's own extension settings: the content script is re-registered for exactly the granted
 * outlet sites, and a new grant is read at once.
 */
export function listenForGrants(deps: GrantListenerDeps): Promise<void> {
  const sync = () =>
    deps.access.syncScripts().then(
      () => undefined,
      (e: unknown) => deps.onError?.(e),
    );
  deps.onAdded.addListener(({ origins }) => {
    const synced = sync();
    if (!origins?.length) return;
    void Promise.all([deps.chosen(), synced]).then(([chosen]) => {
      if (chosen) deps.startRefresh();
    });
  });
  deps.onRemoved.addListener(() => void sync());
  return sync();
}
