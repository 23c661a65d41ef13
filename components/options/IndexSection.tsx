import { useEffect, useState } from 'preact/hooks';
import type { FeedHealthRow } from '../../utils/db';
import type { IndexStatus } from '../../utils/views';
import { IndexHealth } from '../IndexHealth';
import type { OptionsDeps } from './deps';
import { datedName } from './download';
import { FeedHealthList } from './FeedHealthList';
import { IndexActions } from './IndexActions';
import { t } from '../../utils/i18n/translate';

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The story index: its size and progress (polled), feed health, and export, import and clear. */
export function IndexSection({ deps, nameOf }: { deps: OptionsDeps; nameOf: (outletId: string) => string }) {
  const [status, setStatus] = useState<IndexStatus>();
  const [storage, setStorage] = useState<{ usage?: number; quota?: number }>();
  const [feeds, setFeeds] = useState<FeedHealthRow[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const poll = () =>
      void deps.send('indexStatus', {}).then(
        (s) => {
          setStatus(s);
          setError(undefined);
        },
        (e: unknown) => setError(t('options_workerSilent', why(e))),
      );
    poll();
    const timer = setInterval(poll, deps.pollMs ?? 1000);
    return () => clearInterval(timer);
  }, [deps]);

  // Feed health and disk use change when a refresh ends or the index is replaced.
  const busy = !!status?.refreshing;
  useEffect(() => {
    if (busy || !status) return;
    void deps.send('feedHealth', {}).then(setFeeds, () => setFeeds([]));
    void deps.estimateStorage().then(setStorage, () => setStorage(undefined));
  }, [deps, busy, !status, status?.lastRefresh, status?.articles]);

  return (
    <section aria-labelledby="index-heading" class="panel">
      <h2 id="index-heading">{t('options_indexHeading')}</h2>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <IndexHealth
        status={status}
        storage={storage}
        now={deps.now()}
        onRefresh={() => void deps.send('refreshNow', {}).catch((e: unknown) => setError(why(e)))}
      />
      <IndexActions
        articles={status?.articles ?? 0}
        exportIndex={async (includeDiet) =>
          deps.download(datedName('parallax-index', deps.now()), JSON.stringify(await deps.send('exportIndex', { includeDiet })))
        }
        importIndex={(text) => deps.send('importIndex', { text })}
        clearIndex={async () => void (await deps.send('clearIndex', {}))}
      />
      <h3>{t('options_feedsSubheading')}</h3>
      {status?.source ? <p class="fine">{t('options_feedsWhileFollowing')}</p> : <FeedHealthList rows={feeds} nameOf={nameOf} now={deps.now()} />}
    </section>
  );
}
