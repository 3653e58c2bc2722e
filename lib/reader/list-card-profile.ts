/**
 * A list card's signals as a profile's, for the one evaluator: everything a card does not show is
 * "could not tell", never "no". Apart from the card reader (read-list-card.ts) so that the
 * background, which evaluates the cards the content script read, takes no selector with it.
 */
import type { CardSignals, ProfileSignals, Signal } from '../signals';
import { unknown } from './make-signal';

/** What a card does not show: the profile may, so it is "could not tell", never "no". */
export const NOT_ON_CARD: Signal<never> = unknown('not-on-list-card');

export function listCardProfile(card: CardSignals): ProfileSignals {
  return {
    ...card,
    verified: NOT_ON_CARD,
    photo: NOT_ON_CARD,
    connections: NOT_ON_CARD,
    followers: NOT_ON_CARD,
    mutualConnections: NOT_ON_CARD,
    openToWork: NOT_ON_CARD,
    hiring: NOT_ON_CARD,
    about: NOT_ON_CARD,
    activity: NOT_ON_CARD,
    highlights: NOT_ON_CARD,
  };
}
