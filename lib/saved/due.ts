/** Whether a saved person's follow-up is due: shared by the list, the badge and the hint. */
import type { SavedPerson } from './schema';

export function isDue(person: Pick<SavedPerson, 'done' | 'followUpAt'>, now: number): boolean {
  return !person.done && person.followUpAt !== null && person.followUpAt <= now;
}
