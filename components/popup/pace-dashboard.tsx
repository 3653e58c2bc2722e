/**
 * The user's own sending pace against the limits of their plan: counted on this device from
 * what LinkedIn confirmed, with each limit's source, and warnings at the user's warning share and
 * at 100 % (the pace summary's `warning`).
 */
import { formatKey, formatMessage } from '../../lib/messages/format';
import type { LimitUsage, PaceSummary } from '../../lib/pace/pace-summary';
import { SEND_KINDS } from '../../lib/pace/types';
import { CHART_COLORS, PaceChart } from './pace-chart';
import { PACE_TITLE_ID } from './pace-line';

// One formatter each: building an Intl formatter per value cost the popup milliseconds. Built on
// first use, not as the script loads: the popup's requests go out before anything is drawn.
let dateFormat: Intl.DateTimeFormat | undefined;
let numberFormat: Intl.NumberFormat | undefined;
function shortDate(at: number): string {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
  return dateFormat.format(at);
}
function number(n: number): string {
  numberFormat ??= new Intl.NumberFormat();
  return numberFormat.format(n);
}

interface RowProps {
  metric: string;
  title: string;
  used: number;
  limit: LimitUsage | null;
  note?: string | null;
  /** What reaching this limit means: LinkedIn's rule for invitations and notes, LockLens's guideline for messages. */
  reached?: string;
}

function Row({ metric, title, used, limit, note, reached = 'ui.pace.reached' }: RowProps) {
  const max = limit?.value ?? null;
  const share = max && max > 0 ? Math.min(1, used / max) : 0;
  const warning = limit?.warning ?? 'none';
  return (
    <li class="ll-metric" data-metric={metric} data-used={used} data-limit={max ?? ''} data-warning={warning}>
      <div class="ll-metric-head">
        <span class="ll-metric-title">{title}</span>
        <span class="ll-metric-count">
          {max === null
            ? number(used)
            : formatMessage({ key: 'ui.pace.of', params: { used: number(used), limit: number(max) } })}
        </span>
      </div>
      {max !== null && (
        <div class="ll-bar" aria-hidden="true">
          <div class="ll-bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
        </div>
      )}
      {warning !== 'none' && (
        <p class="ll-warning" role="status">
          {formatKey(warning === 'reached' ? reached : 'ui.pace.near')}
        </p>
      )}
      {limit && (
        <p class="ll-metric-note">
          {formatKey(limit.source === 'user' ? 'ui.pace.source-user' : `source.${limit.source}`)}
          {limit.guideline ? ` · ${formatKey('ui.pace.guideline')}` : ''}
          {note ? ` · ${note}` : ''}
        </p>
      )}
      {!limit && note && <p class="ll-metric-note">{note}</p>}
    </li>
  );
}

function isEmpty(pace: PaceSummary): boolean {
  return pace.series.every((day) => SEND_KINDS.every((kind) => day.counts[kind] === 0));
}

/**
 * `chart`: with the 30-day chart and its legend (the popup draws them a frame after the figures,
 * below what its first frame shows).
 */
export function PaceDashboard({ pace, chart = true }: { pace: PaceSummary; chart?: boolean }) {
  const { limits } = pace;
  const notesLimit = limits['notes-per-month'];
  const credits = pace.inmail;
  const empty = isEmpty(pace);
  return (
    <section class="ll-pace" aria-labelledby={PACE_TITLE_ID}>
      {/* Focusable by script only: the pace line at the top takes the focus here. */}
      <h2 id={PACE_TITLE_ID} tabIndex={-1}>
        {formatKey('ui.pace.title')}
      </h2>
      {empty && <p class="ll-muted ll-empty">{formatKey('ui.pace.empty')}</p>}
      <ul class="ll-metrics">
        <Row
          metric="invites"
          title={formatKey('ui.pace.invites')}
          used={pace.invites.last7Days}
          limit={limits['invites-per-week']}
          note={
            pace.invites.oldestLeavesAt
              ? formatMessage({ key: 'ui.pace.frees-on', params: { date: shortDate(pace.invites.oldestLeavesAt) } })
              : null
          }
        />
        <Row
          metric="notes"
          title={formatKey('ui.pace.notes')}
          used={pace.notes.thisMonth}
          limit={notesLimit.value === null ? null : notesLimit}
          note={notesLimit.value === null ? formatKey('ui.pace.no-note-limit') : null}
          reached={'ui.pace.reached.notes'}
        />
        <Row
          metric="inmail"
          title={formatKey('ui.pace.inmail')}
          used={credits.sentThisPeriod}
          limit={limits['inmail-credits-per-month'].value ? limits['inmail-credits-per-month'] : null}
          reached={'ui.pace.reached.inmail'}
          note={[
            credits.creditsLeft === null
              ? formatKey('ui.pace.credits-unknown')
              : formatMessage({ key: 'ui.pace.credits-left', params: { count: credits.creditsLeft } }),
            credits.nextRenewal
              ? formatMessage({ key: 'ui.pace.renews', params: { date: shortDate(credits.nextRenewal) } })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        />
        <Row
          metric="messages"
          title={formatKey('ui.pace.messages')}
          used={pace.messages.today}
          limit={limits['messages-per-day']}
          reached={'ui.pace.reached.messages'}
        />
        <Row metric="followups" title={formatKey('ui.pace.followups')} used={pace.followups.last30Days} limit={null} />
        <Row
          metric="duplicates"
          title={formatKey('ui.pace.duplicates')}
          used={pace.nearDuplicatesThisWeek}
          limit={null}
          note={pace.nearDuplicatesThisWeek > 0 ? formatKey('ui.pace.duplicates-advice') : null}
        />
      </ul>
      {chart && !empty && (
        <>
          <PaceChart series={pace.series} label={formatKey('ui.pace.chart')} />
          <ul class="ll-legend">
            {SEND_KINDS.map((kind) => (
              <li key={kind}>
                <span class="ll-swatch" style={{ background: CHART_COLORS[kind] }} />
                {formatKey(`ui.kind.${kind}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="ll-muted ll-counted">{formatKey('ui.pace.what-counts')}</p>
    </section>
  );
}
