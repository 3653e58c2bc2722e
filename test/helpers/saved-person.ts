/** A saved person for tests: a pending invitation saved at `savedAt`, with any field changed. */
import { type SavedPreview, savedPreview } from '../../lib/saved/list';
import type { SavedPerson } from '../../lib/saved/schema';

export function savedPerson(key: string, savedAt: number, change: Partial<SavedPerson> = {}): SavedPerson {
  return {
    key,
    url: `https://www.linkedin.com/in/${key}/`,
    name: key,
    savedAt,
    updatedAt: savedAt,
    verdict: { messaging: 'locked', degree: '2nd', pending: true, topCause: 'invitation-pending' },
    step: 'wait-for-acceptance',
    note: '',
    followUpAt: null,
    done: false,
    ...change,
  };
}

/** Everyone in `people` as the popup is sent them after "Show more": sorted for display, with the counts. */
export function everyoneShown(people: readonly SavedPerson[], now: number): SavedPreview {
  return savedPreview(people, now, Infinity);
}
