/**
 * The viewer's context for the evaluator: the settings, completed with what the pace ledger
 * knows (invitations this week, notes this month, messages today, credits LinkedIn showed) and
 * with the summary of the user's own profile.
 */
import type { ViewerContext } from '../evaluator/types';
import type { OwnProfileSummary } from '../own-profile';
import type { PaceSummary } from '../pace/pace-summary';

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
