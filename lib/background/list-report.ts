/**
 * `list-report`: the cards of a people list (search results, My Network), each evaluated as its
 * profile would be: the same evaluator, with the viewer's plan, pace and record. Nothing about
 * these people is kept.
 */

import type { Verdict } from '../evaluator/types';
import { canonicalName } from '../linkedin-urls';
import { formatKey, formatMessage } from '../messages/format';
import type { ListedAnswer } from '../protocol/answers';
import type { ListedPerson } from '../protocol/schemas';
import { listCardProfile } from '../reader/list-card-profile';
import type { CardSignals } from '../signals';
import { dismissKey } from '../storage/dismissed-hints';
import type { State } from './state';
import { savedNotice, verdictsFor } from './viewer';

/**
 * A list mark's one line, from its verdict: "Locked: not connected · Connect with a note (free)".
 * The top cause only where messaging is locked (a free message needs no reason).
 */
export function markLabel({ messaging, causes, nextSteps }: Verdict): string {
  const cause = messaging === 'locked' ? causes[0] : undefined;
  const state = cause
    ? formatMessage({ key: 'ui.mark.locked', params: { cause: formatKey(`ui.mark.cause.${cause.id}`) } })
    : formatKey(`messaging.${messaging}`);
  const [step] = nextSteps;
  if (!step) return state;
  const params = { step: formatKey(`step.${step.id}`), cost: formatKey(`ui.cost.${step.cost}`) };
  return `${state} · ${formatMessage({ key: 'ui.mark.step', params })}`;
}

/**
 * A verdict for a person read somewhere else than on their profile (a list card), with everything
 * the user's own record says of them: the same evaluator, the same viewer as a profile's.
 */
export async function personEvaluator(state: Pick<State, 'current' | 'ownProfile'>, now: number) {
  const [current, own] = await Promise.all([state.current(now), state.ownProfile.load()]);
  const verdictOf = verdictsFor(current, own, now);
  return {
    current,
    evaluatePerson(person: ListedPerson) {
      const key = canonicalName(person.slug) ?? person.slug;
      // What the card shows, and everything a card never shows as "could not tell".
      return { key, ...verdictOf(key, listCardProfile(person.signals as CardSignals)) };
    },
  };
}

/** Each card's answer; null for a person whose hint the user hid, and no answer at all when list marks are off. */
export async function answerListReport(
  state: Pick<State, 'current' | 'ownProfile' | 'saved' | 'hiddenHints'>,
  cards: readonly ListedPerson[],
  now: number,
): Promise<(ListedAnswer | null)[] | null> {
  const [{ current, evaluatePerson }, saved, hidden] = await Promise.all([
    personEvaluator(state, now),
    state.saved.load(),
    state.hiddenHints(),
  ]);
  const { settings, ledger } = current;
  if (!settings.listMarks || settings.quietMode) return null;
  return cards.map((card) => {
    const { key, verdict, lastContact, snapshot } = evaluatePerson(card);
    if (hidden.includes(dismissKey(key, ledger.salt))) return null;
    return { label: markLabel(verdict), verdict, lastContact, saved: savedNotice(saved, key, snapshot, now) };
  });
}
