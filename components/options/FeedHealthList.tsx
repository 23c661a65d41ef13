import type { FeedHealthRow } from '../../utils/db';
import { timeAgo } from '../../utils/format';
import { safeHref } from '../../utils/safe-url';

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
  if (failing(row)) return <span class="flag">Failing: {row.consecutiveFailures} times in a row</span>;
  if (row.lastError) return <span>Last try failed</span>;
  if (row.lastSuccess) return <span>Working</span>;
  return <span class="fine">Not fetched yet{row.lastAttempt ? ` (tried ${timeAgo(row.lastAttempt, now)})` : ''}</span>;
}

/** Every feed's health: failing ones first and flagged, each with its last error in words. */
export function FeedHealthList({ rows, nameOf, now }: FeedHealthListProps) {
  if (!rows) return <p role="status">Reading feed status…</p>;
  if (rows.length === 0) return <p class="fine">No feed has been fetched yet. Press “Refresh now” to fetch your sources’ feeds.</p>;
  const bad = rows.filter(failing).length;
  const sorted = [...rows].sort((a, b) => Number(failing(b)) - Number(failing(a)) || nameOf(a.outletId).localeCompare(nameOf(b.outletId)));
  return (
    <details class="feed-health" open={bad > 0}>
      <summary>
        Feed status: {rows.length} {rows.length === 1 ? 'feed' : 'feeds'}
        {bad > 0 ? (
          <>
            , <span class="flag">{bad} failing</span>
          </>
        ) : (
          ', all working'
        )}
      </summary>
      <table>
        <caption class="visually-hidden">Health of each feed</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Last success</th>
            <th scope="col">Last error</th>
            <th scope="col">Items seen</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.url} class={failing(row) ? 'failing' : undefined}>
              <th scope="row">
                {nameOf(row.outletId)}
                <br />
                <a class="fine" href={safeHref(row.url)}>
                  {row.url}
                </a>
              </th>
              <td>
                <Status row={row} now={now} />
              </td>
              <td>{row.lastSuccess ? timeAgo(row.lastSuccess, now) : 'never'}</td>
              <td>{row.lastError ?? '—'}</td>
              <td>{row.itemsSeen}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
