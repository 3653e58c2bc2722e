/**
 * The pace at a glance, at the top of the popup on every page: one row with each limit of the
 * user's plan that has a number (invitations in the rolling 7 days, notes this month or InMails
 * this period, messages today), used against it. A limit past the user's warning share, or at
 * it, is marked as the pace summary says (its `warning`, from the user's own threshold): in
 * colour, with an icon whose shape says which, and in words for screen readers. The row is one
 * link that takes the focus to the full dashboard below. (A sentence, "Invitations 18/100 in 7
 * days · Notes 4/5 this month · Messages 6/40 today", took two lines of the 340 px popup in
 * English and three in German: the counts stand in a row of cells instead.)
 */
import type { TargetedMouseEvent } from 'preact';
import { formatKey, formatMessage } from '../../lib/messages/format';
import type { LimitUsage, PaceSummary, Warning } from '../../lib/pace/pace-summary';
import type { LimitId } from '../../lib/pace/types';

/** The dashboard's heading, where the line takes the focus (pace-dashboard.tsx). */
export const PACE_TITLE_ID = 'll-pace-title';

/** The limits the line shows, in this order, each with its label. */
const ITEMS: readonly { id: LimitId; label: string }[] = [
  { id: 'invites-per-week', label: 'ui.pace.line.invites' },
  { id: 'notes-per-month', label: 'ui.pace.line.notes' },
  { id: 'inmail-credits-per-month', label: 'ui.pace.line.inmail' },
  { id: 'messages-per-day', label: 'ui.pace.line.messages' },
];

// Built on first use, not as the popup's script loads (pace-dashboard.tsx says why).
let numberFormat: Intl.NumberFormat | undefined;

type Marked = Exclude<Warning, 'none'>;

/** A triangle at the warning share, a bar in a circle at the limit: their shapes tell them apart without colour. */
const WARNING_PATHS: Record<Marked, string> = {
  near: 'M8 1.5 15 14H1zm-.8 4.5v4h1.6V6zm0 5.2v1.6h1.6v-1.6z',
  reached: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zM4 7v2h8V7z',
};

/** The same, in words. */
const WARNING_TEXT: Record<Marked, string> = {
  near: 'ui.pace.line.near',
  reached: 'ui.pace.line.reached',
};

function WarningIcon({ warning }: { warning: Marked }) {
  return (
    <svg class="ll-icon ll-pace-mark" viewBox="0 0 16 16" aria-hidden="true">
      <path d={WARNING_PATHS[warning]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}

type Shown = LimitUsage & { value: number; used: number };

/** A limit the line can show: one with a number above 0 on the user's plan (no notes quota on Premium, no credits on Basic). */
const shown = (limit: LimitUsage): limit is Shown => limit.value !== null && limit.value > 0 && limit.used !== null;

function Item({ limit, label }: { limit: Shown; label: string }) {
  numberFormat ??= new Intl.NumberFormat();
  const used = numberFormat.format(limit.used);
  const max = numberFormat.format(limit.value);
  return (
    <span class="ll-pace-item" data-limit={limit.id} data-warning={limit.warning}>
      <span class="ll-pace-label">{formatKey(label)}</span>
      <span class="ll-pace-count">
        {limit.warning !== 'none' && <WarningIcon warning={limit.warning} />}
        <span class="ll-pace-figure" aria-hidden="true">{`${used}/${max}`}</span>
        <span class="ll-sr">
          {`: ${formatMessage({ key: 'ui.pace.of', params: { used, limit: max } })}`}
          {limit.warning !== 'none' && ` (${formatKey(WARNING_TEXT[limit.warning])})`}
          {'; '}
        </span>
      </span>
    </span>
  );
}

export function PaceLine({ pace }: { pace: PaceSummary }) {
  const items = ITEMS.flatMap(({ id, label }) => {
    const limit = pace.limits[id];
    return shown(limit) ? [{ limit, label }] : [];
  });
  if (items.length === 0) return null;
  const toDashboard = (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    const title = document.getElementById(PACE_TITLE_ID);
    if (!title) return;
    event.preventDefault();
    title.scrollIntoView({ block: 'start' });
    title.focus({ preventScroll: true });
  };
  return (
    <section class="ll-pace-line" aria-label={formatKey('ui.pace.line')}>
      <a href={`#${PACE_TITLE_ID}`} onClick={toDashboard}>
        {items.map(({ limit, label }) => (
          <Item key={limit.id} limit={limit} label={label} />
        ))}
        <span class="ll-sr">{formatKey('ui.pace.line.details')}</span>
      </a>
    </section>
  );
}
