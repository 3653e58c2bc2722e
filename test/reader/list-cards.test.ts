/**
 * The card reader (lib/reader/read-list-card.ts) on the people-list fixtures, parsed two ways
 * (happy-dom like the live page, linkedom like a saved file): every card found, each read from its
 * own markup, with exactly the expected signals; and never the wrong person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { messagingFrom } from '../../lib/evaluator/messaging';
import { listCardProfile } from '../../lib/reader/list-card-profile';
import { cardPerson, cardsIn, type ListCard, readListCard } from '../../lib/reader/read-list-card';
import { readLanguage } from '../../lib/reader/read-profile';
import { signalValues } from '../../lib/signals';
import { type CardAction, LIST_FIXTURES } from '../fixtures/lists.expected';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const html = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

const PARSERS = {
  'happy-dom': (source: string) => new DOMParser().parseFromString(source, 'text/html'),
  linkedom: (source: string) => parseHTML(source).document as unknown as Document,
};

/** Which of LinkedIn's actions the card's mark sits beside, by its hook. */
function actionOf(card: ListCard): CardAction {
  const { action } = card;
  if (action.matches('a[href*="/preload/custom-invite/"]')) return 'connect';
  if (action.matches('a[href*="/messaging/compose/"]')) return 'message';
  if (action.querySelector('svg#clock-small')) return 'pending';
  if (action.querySelector('svg#add-small')) return 'follow';
  return 'accept';
}

function readAll(page: Document) {
  const language = readLanguage(page);
  return cardsIn(page.body).map((card) => readListCard(card, language));
}

describe.each(Object.entries(PARSERS))('the card reader via %s', (_parser, parse) => {
  test.each(LIST_FIXTURES)('$file ($state)', ({ file, cards }) => {
    const read = readAll(parse(html(file)));
    expect(read.map((card) => card?.key)).toEqual(cards.map((card) => card.key));
    for (const [index, expected] of cards.entries()) {
      const card = read[index];
      if (!card) throw new Error(`${file}: card ${index} not read`);
      expect(card.name, expected.key).toBe(expected.name);
      expect(actionOf(card), expected.key).toBe(expected.action);
      expect(signalValues(listCardProfile(card.signals)), expected.key).toEqual(expected.signals);
      const { degree, pending } = card.signals;
      expect(messagingFrom(degree.value, pending.value === true), expected.key).toBe(expected.messaging);
    }
  });
});

test('the evidence names the registry entries it came from', () => {
  const page = PARSERS['happy-dom'](html('search-results-people.html'));
  const [dana, sam] = readAll(page);
  expect(dana?.signals.messageAction.evidence).toEqual(['listMessage#0']);
  expect(dana?.signals.degree.evidence).toEqual(['listDegree#0']);
  expect(sam?.signals.connect.evidence).toEqual(['listConnect#0']);
  expect(sam && listCardProfile(sam.signals).about.evidence).toEqual(['not-on-list-card']);
});

describe('a card', () => {
  const language = { value: 'en', evidence: ['html[lang]'] };
  const cardWith = (inner: string) => {
    const holder = document.createElement('ul');
    holder.innerHTML = `<li><div data-view-name="people-search-result">${inner}</div></li>`;
    document.body.replaceChildren(holder);
    return holder.querySelector('[data-view-name]') as Element;
  };
  const connect = (slug: string) =>
    `<a href="/preload/custom-invite/?vanityName=${slug}"><svg id="connect-small"></svg>Connect</a>`;

  test('naming two people is not read: a mark must never speak of the wrong one', () => {
    const card = cardWith(
      `<a href="/in/ada-one/">Ada One</a><p>· 2nd</p><a href="/in/bo-two/">Bo Two</a>${connect('ada-one')}`,
    );
    expect(cardPerson(card)).toBeNull();
    expect(readListCard(card, language)).toBeNull();
  });

  test('whose Connect invites someone else than its links name is not read', () => {
    const card = cardWith(`<a href="/in/ada-one/">Ada One</a><p>· 2nd</p>${connect('bo-two')}`);
    expect(readListCard(card, language)).toBeNull();
  });

  test('naming one person by vanity name and by member id is theirs (the vanity name is the key)', () => {
    const id = 'ACoAAFAKE000000000000000000000000000077';
    const card = cardWith(
      `<a href="/in/${id}/">Ada One</a><a href="/in/ada-one/">Ada One</a><p>· 1st</p><a href="/messaging/compose/?recipient=${id}">Message</a>`,
    );
    expect(readListCard(card, language)?.key).toBe('v:ada-one');
  });

  test('named by its member id only is read under it', () => {
    const id = 'ACoAAFAKE000000000000000000000000000078';
    const card = cardWith(`<p>· 1st</p><a href="/messaging/compose/?recipient=${id}">Message</a>`);
    expect(readListCard(card, language)?.key).toBe(`m:${id}`);
  });

  test('without any action it knows is not read', () => {
    const card = cardWith('<a href="/in/ada-one/">Ada One</a><p>· 2nd</p><button>Something new</button>');
    expect(readListCard(card, language)).toBeNull();
  });

  test('with a hidden "after acceptance" degree reads the visible one; with two visible that disagree, none', () => {
    const hidden = cardWith(
      `<a href="/in/ada-one/">Ada One</a><div data-display-contents="true"><p>· 1st</p></div><p>· 2nd</p>${connect('ada-one')}`,
    );
    expect(readListCard(hidden, language)?.signals.degree.value).toBe('2nd');
    const both = cardWith(`<a href="/in/ada-one/">Ada One</a><p>· 1st</p><p>· 3rd</p>${connect('ada-one')}`);
    expect(readListCard(both, language)?.signals.degree).toEqual({
      value: null,
      evidence: ['ambiguous:listDegree'],
    });
  });

  test('reads a degree only with a suffix of a known language (a card has no place that says "degree")', () => {
    const card = cardWith(`<a href="/in/ada-one/">Ada One</a><p>· 2次</p>${connect('ada-one')}`);
    expect(readListCard(card, language)?.signals.degree.value).toBeNull();
  });

  test('re-rendered in place for someone else names the new person', () => {
    const card = cardWith(`<a href="/in/ada-one/">Ada One</a><p>· 2nd</p>${connect('ada-one')}`);
    expect(cardPerson(card)).toBe('v:ada-one');
    for (const link of card.querySelectorAll('a')) {
      link.setAttribute('href', (link.getAttribute('href') ?? '').replace('ada-one', 'bo-two'));
    }
    expect(cardPerson(card)).toBe('v:bo-two');
  });

  test('cardsIn finds the cards a subtree holds, and the card a node sits in', () => {
    const card = cardWith(`<a href="/in/ada-one/">Ada One</a><p>· 2nd</p>${connect('ada-one')}`);
    expect(cardsIn(document.body)).toEqual([card]);
    expect(cardsIn(card.querySelector('p') as Element)).toEqual([card]);
    expect(cardsIn(document.createElement('div'))).toEqual([]);
  });

  test('never throws, whatever the markup', () => {
    const card = cardWith('<a href="/in/%E0%A4%A/">Odd</a><p>· 2nd</p><a href="/messaging/compose/?recipient=%">x</a>');
    expect(() => readListCard(card, language)).not.toThrow();
  });
});
