import type { Outlet } from '../model';
import { originsFor } from './origins';

export interface ChooseSourcesDeps {
  /** `browser.permissions.request({ origins })`. */
  request(origins: string[]): Promise<boolean>;
  /** Stores the sources turned off, and that the reader chose. */
  save(disabled: string[]): Promise<void>;
  /** Starts the first refresh. */
  refresh(): Promise<unknown>;
}

export interface SourceChoice {
  /** Sources kept on. */
  on: number;
  /** The reader allowed their hosts. */
  granted: boolean;
}

/**
 * The first-run choice: turn `off` off and keep the rest on, ask once for
 * exactly their feed hosts and sites, and start the first refresh when allowed. The request is
 * made before anything is awaited, so it is still part of the reader's click: browsers show the
 * prompt only then.
 */
export function chooseSources(outlets: readonly Outlet[], off: readonly string[], deps: ChooseSourcesDeps): Promise<SourceChoice> {
  const offSet = new Set(off);
  const on = outlets.filter((o) => !offSet.has(o.id));
  const asked = deps.request(originsFor(on));
  return (async () => {
    await deps.save([...off]);
    const granted = await asked.catch(() => false);
    if (granted) await deps.refresh();
    return { on: on.length, granted };
  })();
}
