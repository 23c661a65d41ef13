import type { FeedHealthRow } from '../../utils/db';
import { timeAgo } from '../../utils/format';
import { formatCount, t, tn } from '../../utils/i18n/translate';
import { safeHref } from '../../utils/safe-url';
import { compareNames } from './display-names';

/** Failures in a row after which a feed is flagged: one bad fetch is often a blip, three is a pattern. */
export const FAILING_AFTER = 3;

export interface FeedHealthListProps {
  rows: FeedHealthRow[] | undefined;
  /** Outlet id -> name. */
  nameOf: (outletId: string) => string;
  now: number;
}

const failing = (row: FeedHealthRow) => row.consecutiveFailures >= FAILING_AFTER;

function Status({ row, now }: { row: FeedHealthRow; now: number }) {
  if (failing(row)) return <span class="flag">{tn('options_feedFailing', row.consecutiveFailures)}</span>;
  if (row.lastError) return <span>{t('options_feedLastTryFailed')}</span>;
  if (row.lastSuccess) return <span>{t('options_feedWorking')}</span>;
  return <span class="fine">{row.lastAttempt ? t('options_feedNotFetchedTried', timeAgo(row.lastAttempt, now)) : t('options_feedNotFetched')}</span>;
}

/** Every feed's health: failing ones first and flagged, each with its last error in words. */
export function FeedHealthList({ rows, nameOf, now }: FeedHealthListProps) {
  if (!rows) return <p role="status">{t('options_feedStatusLoading')}</p>;
  if (rows.length === 0) return <p class="fine">{t('options_feedNone')}</p>;
  const bad = rows.filter(failing).length;
  const sorted = [...rows].sort((a, b) => Number(failing(b)) - Number(failing(a)) || compareNames(nameOf(a.outletId), nameOf(b.outletId)));
  return (
    <details class="feed-health" open={bad > 0}>
      <summary>
        {bad > 0 ? (
          <span class="flag">{tn('options_feedStatusFailing', bad, tn('common_feeds', rows.length))}</span>
        ) : (
          tn('options_feedStatusWorking', rows.length)
        )}
      </summary>
      <table>
        <caption class="visually-hidden">{t('options_feedHealthCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_feedColSource')}</th>
            <th scope="col">{t('options_feedColStatus')}</th>
            <th scope="col">{t('options_feedColSuccess')}</th>
            <th scope="col">{t('options_feedColError')}</th>
            <th scope="col">{t('options_feedColItems')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.url} class={failing(row) ? 'failing' : undefined}>
              <th scope="row">
                <bdi>{nameOf(row.outletId)}</bdi>
                <br />
                <a class="fine" href={safeHref(row.url)}>
                  {row.url}
                </a>
              </th>
              <td>
                <Status row={row} now={now} />
              </td>
              <td>{row.lastSuccess ? timeAgo(row.lastSuccess, now) : t('options_never')}</td>
              <td dir="auto">{row.lastError ?? '—'}</td>
              <td>{formatCount(row.itemsSeen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
