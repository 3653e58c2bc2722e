/**
 * The viewer's context for the evaluator: the settings, completed with what the pace ledger
 * knows (invitations this week, notes this month, messages today, credits LinkedIn showed, old
 * invitations) and with the summary of the user's own profile; the user's own record of one
 * person (their latest send to them, whether they saved them); and the verdicts made with both,
 * alike for a profile's hint, a list card's mark and a save.
 */
import { evaluate } from '../evaluator/evaluate';
import type { ViewerContext } from '../evaluator/types';
import type { OwnProfileSummary } from '../own-profile/summary';
import { hash53 } from '../pace/hash';
import type { Ledger } from '../pace/ledger';
import { oldInvitations } from '../pace/old-invitations';
import type { PaceSummary } from '../pace/pace-summary';
import type { LastContact, SavedNotice } from '../protocol/answers';
import { describeChanges, snapshotOf } from '../saved/changes';
import type { SavedPerson, VerdictSnapshot } from '../saved/schema';
import { viewerFromSettings } from '../settings/schema';
import type { ProfileSignals } from '../signals';
import type { Current } from './state';

export function viewerWithPace(viewer: ViewerContext, pace: PaceSummary): ViewerContext {
  const invites = pace.limits['invites-per-week'];
  const pacePerDay = pace.limits['messages-per-day'];
  return {
    ...viewer,
    // What the user typed in the options wins; else the credit line LinkedIn last showed.
    inmailCredits: viewer.inmailCredits ?? pace.inmail.creditsLeft,
    invitesLast7Days: pace.invites.last7Days,
    inviteLimit7Days: invites.value,
    inviteLimitObserved: invites.source === 'observed',
    // LinkedIn's note-quota upsell means the month's notes are gone, whatever LockLens counted.
    notesUsedThisMonth:
      pace.notes.upsellSeenAt !== null && typeof viewer.noteQuotaPerMonth === 'number'
        ? Math.max(pace.notes.thisMonth, viewer.noteQuotaPerMonth)
        : pace.notes.thisMonth,
    messagesToday: pace.messages.today,
    messagePacePerDay: pacePerDay.value,
    nearDuplicatesThisWeek: pace.nearDuplicatesThisWeek,
  };
}

/**
 * The viewer's own profile, as LockLens last read it (the user's self view): how complete it
 * looked and their connection count. Unknown until they open their own profile once.
 */
export function viewerWithOwnProfile(viewer: ViewerContext, own: OwnProfileSummary | null): ViewerContext {
  return { ...viewer, profileCompleteness: own?.completeness ?? null, ownConnections: own?.connections ?? null };
}

/** The viewer a verdict is made for: plan, pace, own profile, and old invitations from the ledger. */
export function viewerOf(
  { settings, ledger, pace }: Current,
  own: OwnProfileSummary | null,
  now: number,
): ViewerContext {
  const viewer = viewerWithOwnProfile(viewerWithPace(viewerFromSettings(settings), pace), own);
  return { ...viewer, oldInvitations: oldInvitations(ledger.events, now) };
}

/**
 * The user's latest send to this person, found by the same salted hash the detector stores, under
 * any of their names (the vanity name a profile shows, the member id the messaging page uses).
 */
export function lastContactWith(ledger: Ledger, ...names: (string | null | undefined)[]): LastContact {
  const recipients = new Set(names.filter((name) => name).map((name) => hash53(`${ledger.salt}|${name}`)));
  let latest: LastContact = null;
  for (const event of ledger.events) {
    if (recipients.has(event.recipient) && (!latest || event.at > latest.at))
      latest = { kind: event.kind, at: event.at };
  }
  return latest;
}

/**
 * Verdicts for this viewer, person by person (by canonical vanity name, null when not known, and
 * by member id when known too), each with the user's last send to them: the user's own record of
 * the person is a free route or a restriction.
 */
export function verdictsFor(current: Current, own: OwnProfileSummary | null, now: number) {
  const viewer = viewerOf(current, own, now);
  return (key: string | null, signals: ProfileSignals, memberId?: string) => {
    const lastContact = key || memberId ? lastContactWith(current.ledger, key, memberId) : null;
    const verdict = evaluate(signals, { ...viewer, lastContact });
    return { verdict, lastContact, snapshot: snapshotOf(verdict, signals) };
  };
}

/** What changed for a saved person since they were saved, from a verdict made now; null when not saved. */
export function savedNotice(
  saved: readonly SavedPerson[],
  key: string | null,
  snapshot: VerdictSnapshot,
  now: number,
): SavedNotice {
  const person = key ? saved.find((p) => p.key === key) : undefined;
  return person ? { savedAt: person.savedAt, changes: describeChanges(person, snapshot, now) } : null;
}
