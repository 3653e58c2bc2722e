/**
 * People lists (search results, My Network's suggestions and invitations): the cards in a part of
 * the page, and one card read from its own markup only: whom it is about, its degree label (read
 * as the profile's, degreeFromLabels), the action it offers (Message, Connect, Pending, Follow, or
 * Accept of their invitation) and a Premium badge: `CardSignals`, which `listCardProfile` (list-card-profile.ts) turns
 * into a profile's signals with everything a card does not show unknown, for the same evaluator
 * the profile's signals go to (in the background: the content script sends only what the card
 * shows). A card that does not name exactly one person is not read at all: a mark must never speak
 * of the wrong person. Never throws.
 */
import { hrefParam, inviteeFromHref, type ProfileKey, profileKey, profileKeyFromHref } from '../linkedin-urls';
import type { CardSignals, Signal } from '../signals';
import { closestEntry, documentOrder, foldedText, queryEntry, queryEntryAll } from './dom';
import { NOT_ON_CARD } from './list-card-profile';
import { found } from './make-signal';
import { closestActionable, degreeFromLabels, labelTables } from './read-actions';
import { LIST, type ListEntry } from './selectors';

export interface ListCard {
  /** The card's person: their vanity name, else their member id. */
  key: ProfileKey;
  /** The name the card shows, if it does. */
  name: string | null;
  /** Where the card's mark goes: beside its action (Accept, Pending, Connect, Message or Follow). */
  action: Element;
  signals: CardSignals;
}

/** The actions a card may offer, the one its mark goes beside first. */
const ACTIONS = ['listAccept', 'listPending', 'listConnect', 'listMessage', 'listFollow'] as const;

/** Any action of a person in a list, as one selector: a subtree without one holds no card. */
const ACTION_CSS = ACTIONS.flatMap((name) => LIST[name].map((alternative) => alternative.css)).join(', ');

/** The card around `element` (an action, or anything inside a card), if any. */
export function cardOf(element: Element): Element | null {
  return closestEntry(element, LIST.listCard);
}

/**
 * The cards `node` is in or holds, each once. A card is always its actions' nearest card: an
 * element the registry would also take for one around it (a search result's `li`) is not another.
 */
export function cardsIn(node: Element): Element[] {
  const scope = cardOf(node) ?? node;
  const actions = scope.matches(ACTION_CSS) ? [scope] : scope.querySelectorAll(ACTION_CSS);
  return [...new Set(Array.from(actions, cardOf))].filter((card) => card !== null);
}

/** The card's first action hook in page order, or null: with its person, what tells that a card changed. */
export function firstAction(card: Element): Element | null {
  return card.querySelector(ACTION_CSS);
}

const href = (card: Element, name: ListEntry) => queryEntry(card, name, LIST[name])?.element.getAttribute('href') ?? '';

/** The one person the card's links name (a vanity name and a member id may both be theirs), else null. */
export function cardPerson(card: Element): ProfileKey | null {
  const keys = queryEntryAll(card, 'listProfileLink', LIST.listProfileLink).map(({ element }) =>
    profileKeyFromHref(element.getAttribute('href') ?? ''),
  );
  const recipient = hrefParam(href(card, 'listMessage'), 'recipient');
  keys.push(inviteeFromHref(href(card, 'listConnect')), recipient ? profileKey(recipient) : null);
  const named = [...new Set(keys)].filter((key) => key !== null);
  // At most one of each form; `v:` sorts after `m:`, so the vanity name comes last.
  return new Set(named.map((key) => key[0])).size === named.length ? (named.sort().pop() ?? null) : null;
}

/** Shown on the card: true; not shown: could not tell. */
const shownOnCard = (match: { evidence: string } | null | undefined): Signal<boolean> =>
  match ? found(true, match.evidence) : NOT_ON_CARD;

function readCard(card: Element, language: Signal<string>): ListCard | null {
  const key = cardPerson(card);
  if (!key) return null;
  const [accept, pending, connect, message, follow] = ACTIONS.map((name) => {
    const match = queryEntry(card, name, LIST[name]);
    const element = match && closestActionable(match.element, card);
    return element ? { element, evidence: match.evidence } : null;
  });
  const offered = [accept, pending, connect, message, follow].flatMap((action) => (action ? [action.element] : []));
  const [action] = offered;
  if (!action) return null;
  const degree = degreeFromLabels(
    card,
    queryEntryAll(card, 'listDegree', LIST.listDegree),
    'listDegree',
    labelTables(language.value),
    // Only a suffix of the known languages: a card's paragraphs have no place that says "degree".
    () => false,
  );
  const named = queryEntryAll(card, 'listProfileLink', LIST.listProfileLink).find((m) => foldedText(m.element));
  return {
    key,
    name: named ? foldedText(named.element).slice(0, 200) : null,
    action,
    signals: {
      degree,
      messageAction: shownOnCard(message),
      // Connect on the card is its action; Pending, or a connection, means none is offered.
      connect: connect
        ? found('primary', connect.evidence)
        : pending
          ? found('none', pending.evidence)
          : degree.value === '1st'
            ? found('none', 'degree:1st')
            : NOT_ON_CARD,
      pending: pending ? found(true, pending.evidence) : connect ? found(false, connect.evidence) : NOT_ON_CARD,
      // Follow is their main button when it is the card's first action.
      followPrimary: found(
        documentOrder(card, offered)[0] === follow?.element,
        follow?.evidence ?? 'absent:listFollow',
      ),
      premiumBadge: shownOnCard(queryEntry(card, 'listPremium', LIST.listPremium)),
      // Accept is matched by English words: its absence proves nothing.
      incomingInvitation: shownOnCard(accept),
      language,
    },
  };
}

/**
 * One card, read from its own markup; null when it names no one person or offers no action this
 * reader knows (then nothing is said about it). `language` is the page's (readLanguage).
 */
export function readListCard(card: Element, language: Signal<string>): ListCard | null {
  try {
    return readCard(card, language);
  } catch {
    return null;
  }
}
