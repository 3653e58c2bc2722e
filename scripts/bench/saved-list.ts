/**
 * The bench's full saved list: 2,000 people (MAX_SAVED, the most the list keeps), each with a note,
 * a third with a follow-up 14 days after saving (so all but the last two weeks' are due: the list
 * opens on due people, as a long-kept list would), a tenth marked done. Fake people only. The bench had
 * no saved people until 2026-12-05, and so never saw the popup draw all of them as it opened
 * (1.2 s with 2,000 on a slow machine).
 */
import { MAX_SAVED } from '../../lib/saved/bounds';
import type { SavedPerson } from '../../lib/saved/schema';
import { savedPerson } from '../../test/helpers/saved-person';

const DAY_MS = 86_400_000;

export function fullSavedList(now: number): SavedPerson[] {
  return Array.from({ length: MAX_SAVED }, (_, i) => {
    const savedAt = now - (MAX_SAVED - i) * 4 * 3_600_000;
    return savedPerson(`sam-sample-${i}`, savedAt, {
      name: `Sam Sample ${i}`,
      note: 'Met at the product meetup; ask about the platform role they posted last week.',
      followUpAt: i % 3 === 0 ? savedAt + 14 * DAY_MS : null,
      done: i % 10 === 0,
    });
  });
}
