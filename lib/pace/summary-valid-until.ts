/**
 * Until when a pace summary stays exact as time passes, with the ledger, settings and the other
 * browsers' counts unchanged: the first instant after `now` at which any of its windows can gain
 * or lose something. The background keeps a summary until then instead of recomputing it every
 * minute (a year of heavy use costs several ms per summary). It may name an instant too early
 * (one more recomputation), never too late: test/pace/summary-valid-until.test.ts checks that
 * `paceSummary` gives the same figures at any instant before it. Keep it in step with
 * `paceSummary`'s windows when they change.
 */
import type { Ledger } from './ledger';
import type { PaceOptions } from './pace-summary';
import {
  addDays,
  CREDITS_TRUSTED_DAYS,
  creditPeriod,
  DAY_MS,
  dayKey,
  FOLLOWUP_WINDOW_DAYS,
  localTimeZone,
  ROLLING_WEEK_DAYS,
  startOfDayKey,
} from './windows';

/**
 * Offsets after a send or notice at which it enters or leaves a window: itself (a send stamped in
 * the future), the rolling week (invitations, near-duplicates, LinkedIn's weekly alert) and the
 * rolling 30 days (follow-ups).
 */
const EVENT_EDGES = [0, ROLLING_WEEK_DAYS * DAY_MS, FOLLOWUP_WINDOW_DAYS * DAY_MS] as const;
/** A credit count the InMail composer showed is trusted for a while without a known renewal. */
const CREDITS_SEEN_EDGES = [0, CREDITS_TRUSTED_DAYS * DAY_MS] as const;

export function paceSummaryValidUntil(ledger: Ledger, options: PaceOptions): number {
  const { now, plan } = options;
  const timeZone = options.timeZone ?? localTimeZone();
  // Today, the chart's days, the calendar month and the other browsers' day counts all change at
  // midnight (a month starts at one).
  let until = startOfDayKey(addDays(dayKey(now, timeZone), 1), timeZone);
  // Each edge also a millisecond early: a window bounded with a `+ 1` (LinkedIn's weekly alert is
  // kept while `at >= now - 7 days + 1`) turns there, and a stamp need not be a whole millisecond.
  const edge = (at: number, offsets: readonly number[]) => {
    for (const offset of offsets) {
      for (const instant of [at + offset - 1, at + offset]) {
        if (instant > now && instant < until) until = instant;
      }
    }
  };
  for (const event of ledger.events) edge(event.at, EVENT_EDGES);
  for (const notice of ledger.notices) edge(notice.at, EVENT_EDGES);
  if (ledger.inmailCreditsSeen) edge(ledger.inmailCreditsSeen.at, CREDITS_SEEN_EDGES);
  const period = creditPeriod(now, plan, options.renewalDay ?? null, timeZone);
  if (period) edge(period.end, [0]);
  return until;
}
