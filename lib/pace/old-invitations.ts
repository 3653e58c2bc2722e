/**
 * The user's own invitations that may still be outstanding: sent more than two weeks ago, to
 * people the user has not messaged since. LinkedIn names "too many outstanding invitations" as a
 * reason to restrict inviting (help a551012). The ledger cannot tell which were accepted (only a
 * later message to the person suggests it), so the count is of invitations that *may* be pending,
 * and only of those it still holds in detail (the retention window; older ones are day counts
 * without recipients).
 */
import { INVITE_KINDS } from './ledger';
import type { SendEvent } from './types';
import { DAY_MS } from './windows';

/** An invitation older than this with no message since is worth a look (two weeks). */
export const OLD_INVITATION_DAYS = 14;

/**
 * Per list of events: the latest invitation of each person not written to since, as instants in
 * ascending order. Independent of the time, so computed once per ledger (a list of events is never
 * changed in place: every ledger write makes a new one) instead of over a year of sends per view.
 */
const candidatesOf = new WeakMap<readonly SendEvent[], number[]>();

function candidates(events: readonly SendEvent[]): number[] {
  let found = candidatesOf.get(events);
  if (found) return found;
  const invitedAt = new Map<string, number>();
  const wroteAt = new Map<string, number>();
  for (const e of events) {
    const seen = INVITE_KINDS.includes(e.kind) ? invitedAt : wroteAt;
    seen.set(e.recipient, Math.max(seen.get(e.recipient) ?? 0, e.at));
  }
  found = [];
  for (const [recipient, at] of invitedAt) if ((wroteAt.get(recipient) ?? 0) < at) found.push(at);
  found.sort((a, b) => a - b);
  candidatesOf.set(events, found);
  return found;
}

/** Distinct recipients invited before `now - 14 days` and not sent a message, follow-up or InMail since. */
export function oldInvitations(events: readonly SendEvent[], now: number): number {
  const before = now - OLD_INVITATION_DAYS * DAY_MS;
  const sorted = candidates(events);
  // How many are before `before`: the first index at or after it.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < before) low = middle + 1;
    else high = middle;
  }
  return low;
}
