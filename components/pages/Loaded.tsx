import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageKey } from './links';
import { t } from '../../utils/i18n/translate';
import { PageShell, PageState } from './PageShell';

export interface LoadedProps<T> {
  current: PageKey;
  /** Asks the worker for what the page shows. */
  load: () => Promise<T>;
  children: (value: T, reload: () => void) => ComponentChildren;
}

/**
 * A full-tab page around what the worker answers: loading, the error in words when it fails,
 * then the content. `body[data-state]` tells the e2e run the page is drawn.
 */
export function Loaded<T>({ current, load, children }: LoadedProps<T>) {
  const [state, setState] = useState<{ value: T } | { error: string }>();
  const reload = useCallback(() => {
    load().then(
      (value) => {
        // When the worker's answer was in hand: the rest of `renderedMs` is drawing it.
        document.body.dataset.answeredMs = String(Math.round(performance.now()));
        setState({ value });
      },
      (error: unknown) => setState({ error: t('pages_workerError', error instanceof Error ? error.message : String(error)) }),
    );
  }, [load]);
  useEffect(reload, [reload]);
  useEffect(() => {
    if (!state) return;
    document.body.dataset.state = 'value' in state ? 'ready' : 'error';
    // Time from the page opening to its content on screen, read by the e2e run.
    document.body.dataset.renderedMs = String(Math.round(performance.now()));
  }, [state]);
  return (
    <PageShell current={current} busy={!state}>
      {!state ? <PageState /> : 'error' in state ? <PageState error={state.error} /> : children(state.value, reload)}
    </PageShell>
  );
}
