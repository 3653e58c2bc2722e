/**
 * What changed for a saved person since they were saved, from the two verdicts: the way may
 * have opened (now connected), an invitation may be lingering or gone, a follow-up may be due.
 */
import type { MessageRef } from '../evaluator/types';
import { isDue } from './list';
import type { SavedPerson, VerdictSnapshot } from './schema';

const DAY = 86_400_000;
/** An invitation pending this long is worth a thought (LinkedIn lets invitations linger for months). */
export const LINGERING_PENDING_DAYS = 14;

export function describeChanges(saved: SavedPerson, now: VerdictSnapshot, at: number): MessageRef[] {
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
