/**
 * `save-profile` and `save-tab`: saves the profile a tab shows, or the person of a list card's
 * mark (evaluated now, as their mark was), with the user's chosen step, note and follow-up date.
 */
import type { StepId } from '../evaluator/types';
import { profileUrl } from '../linkedin-urls';
import type { SaveAnswer } from '../protocol/answers';
import type { ListedPerson } from '../protocol/schemas';
import type { VerdictSnapshot } from '../saved/schema';
import { personEvaluator } from './list-report';
import type { State } from './state';

type SaveFields = { step: StepId | null; note: string; followUpAt: number | null };

export async function saveFromTab(
  state: State,
  tabId: number,
  fields: SaveFields & { person?: ListedPerson | undefined },
  now: number,
): Promise<SaveAnswer> {
  const { person } = fields;
  if (person) {
    const { key, snapshot } = (await personEvaluator(state, now)).evaluatePerson(person);
    return saveAs(state, key, person.name ?? key, snapshot, fields, now);
  }
  const tab = await state.tabs.load(tabId);
  if (!tab?.slug || !tab.snapshot) return { ok: false, error: 'not-a-profile' };
  return saveAs(state, tab.slug, tab.name ?? tab.slug, tab.snapshot, fields, now);
}

async function saveAs(
  state: State,
  key: string,
  name: string,
  snapshot: VerdictSnapshot,
  fields: SaveFields,
  now: number,
): Promise<SaveAnswer> {
  const result = await state.saved.save(
    {
      key,
      url: profileUrl(key),
      name,
      savedAt: now,
      updatedAt: now,
      verdict: snapshot,
      step: fields.step,
      note: fields.note.trim(),
      followUpAt: fields.followUpAt,
      done: false,
    },
    now,
  );
  // The list itself stays here: the sender only learns whether it was saved.
  return result.ok ? { ok: true } : result;
}
