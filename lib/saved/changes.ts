/**
 * What changed for a saved person since they were saved, from the two verdicts: the way may
 * have opened (now connected), an invitation may be lingering or gone, a follow-up may be due.
 */
import type { MessageRef, Verdict } from '../evaluator/types';
import type { ProfileSignals } from '../signals';
import { isDue } from './due';
import type { SavedPerson, VerdictSnapshot } from './schema';

const DAY = 86_400_000;
/** An invitation pending this long is worth a thought (LinkedIn lets invitations linger for months). */
export const LINGERING_PENDING_DAYS = 14;

export function describeChanges(
  saved: Pick<SavedPerson, 'savedAt' | 'verdict' | 'followUpAt' | 'done'>,
  now: VerdictSnapshot,
  at: number,
): MessageRef[] {
  const before = saved.verdict;
  const changes: MessageRef[] = [];
  if (before.messaging !== 'free' && now.messaging === 'free' && now.degree === '1st') {
    changes.push({ key: 'saved.now-connected' });
  } else if (before.pending && now.pending) {
    const days = Math.floor((at - saved.savedAt) / DAY);
    if (days >= LINGERING_PENDING_DAYS)
      changes.push({ key: 'saved.still-pending', params: { weeks: Math.floor(days / 7) } });
  } else if (before.pending && !now.pending && now.degree !== '1st') {
    changes.push({ key: 'saved.invitation-gone' });
  } else if (before.degree === '3rd' && now.degree === '2nd') {
    changes.push({ key: 'saved.closer' });
  }
  if (isDue(saved, at)) changes.push({ key: 'saved.follow-up-due' });
  return changes;
}

/** A verdict in short, as the saved list keeps it to compare with later. */
export function snapshotOf(verdict: Verdict, signals: ProfileSignals): VerdictSnapshot {
  return {
    messaging: verdict.messaging,
    degree: signals.degree.value,
    pending: signals.pending.value === true,
    topCause: verdict.causes[0]?.id ?? null,
  };
}
