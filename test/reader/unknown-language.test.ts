/**
 * LinkedIn in a language LockLens has no words for. Every fixture is read again with each of its
 * visible words and labels rewritten into a made-up language (`lang="xx"`): letters swapped,
 * digits, punctuation, hrefs, ids, classes and componentkeys kept. Every signal must then be the
 * fixture's own value or unknown, never another value; and what LinkedIn marks without words
 * (links, icon ids, digits in their place) must still be read. Both parsers the reader tests use.
 * Then the language-independent hooks one by one: degree suffixes, counts as links, network
 * filters, the photo beside a frame, Ember's English labels.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readProfile } from '../../lib/reader/read-profile';
import { LABELS } from '../../lib/reader/selectors';
import { type SignalName, type SignalValues, signalValues } from '../../lib/signals';
import { FIXTURE_CASES } from '../fixtures/profiles.expected';
import { fixtureHtml } from '../helpers/fixtures';

const PARSERS = {
  'happy-dom': (source: string) => new DOMParser().parseFromString(source, 'text/html'),
  linkedom: (source: string) => parseHTML(source).document as unknown as Document,
};

/** a→j, b→k, …: a Latin-script language whose words are in no table; other letters become "ŋ". */
function madeUp(text: string): string {
  return text.replace(/\p{L}/gu, (letter) => {
    const code = letter.charCodeAt(0);
    if (letter >= 'a' && letter <= 'z') return String.fromCharCode(97 + ((code - 97 + 9) % 26));
    if (letter >= 'A' && letter <= 'Z') return String.fromCharCode(65 + ((code - 65 + 9) % 26));
    return 'ŋ';
  });
}

/** Hashtags (`#OPEN_TO_WORK` in a photo's title) are LinkedIn's own tokens, the same in every language. */
const madeUpLabel = (value: string) =>
  value.replace(/#\S+|[^#]+/g, (part) => (part.startsWith('#') ? part : madeUp(part)));

const LABEL_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Rewrites the page into the made-up language; returns how many texts and labels changed. */
function swapLanguage(document: Document): number {
  let changed = 0;
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) {
        const text = child as Text;
        const swapped = madeUp(text.data);
        if (swapped !== text.data) changed++;
        text.data = swapped;
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName.toUpperCase())) {
        const element = child as Element;
        for (const name of LABEL_ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value) element.setAttribute(name, madeUpLabel(value));
        }
        walk(element);
      }
    }
  };
  if (document.body) walk(document.body);
  document.documentElement?.setAttribute('lang', 'xx');
  return changed;
}

const TABLE_WORDS = new Set(
  Object.values(LABELS).flatMap((table) => [...table.connections, ...table.followers, ...table.and]),
);

/** What holds without words on each layout: read exactly, never unknown. */
const WORD_FREE: Record<'sdui' | 'ember', SignalName[]> = {
  sdui: [
    'degree',
    'messageAction',
    'connect',
    'pending',
    'followPrimary',
    'premiumBadge',
    'verified',
    'photo',
    'mutualConnections',
    'openToWork',
    'hiring',
    'about',
    'activity',
    'highlights',
  ],
  // Ember names Connect, Pending and Follow only in English, and marks no names in its mutual line.
  ember: ['degree', 'messageAction', 'premiumBadge', 'verified', 'photo', 'openToWork', 'hiring', 'about', 'activity'],
};

const TOP_CARD_2026 = 'section[componentkey$="Topcard"], div[id$="Topcard"]';
/** The connections count as a link: the 1st-degree page's search (network F,S) or the self view's page. */
const CONNECTIONS_LINK = 'a[href*="%22F%22%2C%22S%22"], a[href*="/mynetwork/invite-connect/connections/"]';

const PROFILES = FIXTURE_CASES.filter((c) => c.page === 'profile');

describe.each(Object.entries(PARSERS))('every fixture in a made-up language, via %s', (_parser, parse) => {
  test.each(PROFILES)('$file: each signal right or unknown', (fixture) => {
    const expected = fixture.signals as SignalValues;
    const page = parse(fixtureHtml(fixture.file));
    expect(swapLanguage(page), 'nothing was rewritten').toBeGreaterThan(10);
    const words = (page.body?.textContent ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
    expect(words.filter((word) => TABLE_WORDS.has(word))).toEqual([]);

    const result = readProfile(page);
    if (result.page !== 'profile') throw new Error(`${fixture.file} not read as a profile`);
    const read = signalValues(result.signals);
    expect(read.language).toBe('xx');
    for (const name of Object.keys(expected) as SignalName[]) {
      if (name === 'language') continue;
      if (read[name] !== null) expect(read[name], `${name}: a value, but not the page's`).toEqual(expected[name]);
    }

    const topCard2026 = page.querySelector(TOP_CARD_2026);
    const mustRead = [...WORD_FREE[topCard2026 ? 'sdui' : 'ember']];
    if (topCard2026?.querySelector(CONNECTIONS_LINK)) mustRead.push('connections');
    for (const name of mustRead) expect(read[name], `${name} is read without words`).toEqual(expected[name]);
  });
});

// ---------------------------------------------------------------------------------------------
// The hooks one by one, on a small 2026 top card.

interface CardParts {
  lang?: string;
  degree?: string;
  /** Paragraphs straight in the card, outside the name row. */
  loose?: string[];
  photo?: string;
  links?: string;
}

function card(parts: CardParts): Document {
  const html = `<html lang="${parts.lang ?? 'xx'}"><body><main><section componentkey="com.linkedin.sdui.profile.card.refACoAAFakeTopcard">
    <div><a href="/in/sam-placeholder/"><div><figure><svg id="person-accent-4"></svg>${parts.photo ?? ''}</figure></div></a></div>
    <div><div><div data-display-contents="true"><a href="/in/sam-placeholder/"><h2>Sam Placeholder</h2></a></div>
      ${parts.degree === undefined ? '' : `<p>${parts.degree}</p>`}</div></div>
    ${(parts.loose ?? []).map((text) => `<p>${text}</p>`).join('')}
    ${parts.links ?? ''}
    <div><a href="/messaging/compose/?recipient=ACoAAFake">x</a><button type="button" aria-expanded="false">y</button></div>
  </section></main></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(parts: CardParts): SignalValues {
  const result = readProfile(card(parts));
  if (result.page !== 'profile') throw new Error('not read as a profile');
  return signalValues(result.signals);
}

describe('the degree, from its digit', () => {
  test.each([
    ['ja', '· 2次', '2nd'],
    ['ko', '· 1촌', '1st'],
    ['zh', '· 3度+', '3rd'],
    ['ru', '· 2-й', '2nd'],
    ['sv', '· 3:e', '3rd'],
    ['el', '· 2ος', '2nd'],
    ['it', '· 2°', '2nd'],
    ['nl', '· 1e', '1st'],
    ['tr', '· 3.+', '3rd'],
    ['xx', '· 2', '2nd'],
  ] as const)('%s: "%s" in the name row is %s', (lang, label, degree) => {
    expect(read({ lang, degree: label }).degree).toBe(degree);
  });

  test('outside the name row only a suffix LockLens knows is a degree', () => {
    expect(read({ loose: ['· 2次'] }).degree).toBeNull();
    expect(read({ loose: ['· 2nd'] }).degree).toBe('2nd');
  });

  test('a year, a long word or a number of another script in the name row is no degree', () => {
    for (const label of ['· 2024', '· 2 mutual', '· 2abcde', '· ٢', '· 4th', '2次']) {
      expect(read({ degree: label }).degree, label).toBeNull();
    }
  });
});

describe('counts without their words', () => {
  const connectionsLink = (text: string, network = '%5B%22F%22%2C%22S%22%5D') =>
    `<a href="https://www.linkedin.com/search/results/people/?connectionOf=%5B%22ACoAAFake%22%5D&amp;network=${network}&amp;origin=MEMBER_PROFILE_CANNED_SEARCH"><p>${text}</p></a>`;

  test.each([
    ['500+ connessioni', { count: 500, atLeast: true }],
    ['つながり500人以上', { count: 500, atLeast: true }],
    ['Oltre 500 collegamenti', { count: 500, atLeast: true }],
    ['342 collegamenti', { count: 342, atLeast: false }],
    ['1.204 bağlantı', { count: 1204, atLeast: true }],
  ])('the 1st-degree connections link "%s"', (text, count) => {
    expect(read({ links: connectionsLink(text) }).connections).toEqual(count);
  });

  test('the self view’s connections link, in any language', () => {
    const links = '<a href="https://www.linkedin.com/mynetwork/invite-connect/connections/"><p>500+ bağlantı</p></a>';
    expect(read({ links }).connections).toEqual({ count: 500, atLeast: true });
  });

  test('two numbers, digits of another script, or the mutual search: no count', () => {
    for (const text of ['12 von 500 Kontakten', '٥٠٠ اتصال']) {
      expect(read({ links: connectionsLink(text) }).connections, text).toBeNull();
    }
    expect(read({ links: connectionsLink('500+ connessioni', '%5B%22F%22%5D') }).connections).toBeNull();
  });

  test('a count beside a word of no table is unknown, and says why', () => {
    const result = readProfile(card({ lang: 'nl', loose: ['2.345 volgers', '500+ connecties'] }));
    if (result.page !== 'profile') throw new Error('not read as a profile');
    expect(result.signals.followers).toEqual({ value: null, evidence: ['unknown-language:followers'] });
    expect(result.signals.connections).toEqual({ value: null, evidence: ['unknown-language:connections'] });
  });
});

describe('mutual connections, whatever way the network filter is written', () => {
  const mutual = (network: string, sentence = '<strong>Alex</strong>, <strong>Sam</strong> e altri 4') =>
    `<a href="https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH&amp;${network}&amp;connectionOf=%5B%22ACoAAFake%22%5D">${sentence}</a>`;

  test.each([
    'network=%5B%22F%22%5D',
    'network=[&quot;F&quot;]',
    "network=[ 'F' ]",
    'network=F',
    'network=%255B%2522F%2522%255D',
    'facetNetwork=%5B%22F%22%5D',
  ])('%s', (network) => {
    expect(read({ links: mutual(network) }).mutualConnections).toBe(6);
  });

  test('another network, or a filter that is not a list of degrees, is not the mutual line', () => {
    for (const network of [
      'network=%5B%22F%22%2C%22S%22%5D',
      'network=F&amp;network=S',
      'network=%5B%5D',
      'network=first',
    ]) {
      expect(read({ links: mutual(network) }).mutualConnections, network).toBeNull();
    }
  });

  test('a number in another script is not misread as none', () => {
    expect(
      read({ links: mutual('network=F', '<strong>Alex</strong>, <strong>Sam</strong> و٤ آخرين') }).mutualConnections,
    ).toBeNull();
  });
});

describe('the photo', () => {
  test.each([
    [
      'the usual photo',
      '<img src="https://media.licdn.com/dms/image/v2/FAKE/profile-displayphoto-shrink_200_200/0/1">',
      true,
    ],
    [
      'a photo in the Open to Work frame',
      '<img src="https://media.licdn.com/dms/image/v2/FAKE/profile-framedphoto-shrink_200_200/0/1">',
      true,
    ],
    [
      'an image of a kind not known',
      '<img src="https://media.licdn.com/dms/image/v2/FAKE/profile-newkind_200_200/0/1">',
      null,
    ],
    ['the silhouette alone', '', false],
  ] as const)('%s', (_name, photo, value) => {
    expect(read({ photo }).photo).toBe(value);
  });

  test('the frame drawn around the figure: the image is still in the photo’s link', () => {
    const page = card({});
    const figure = page.querySelector('figure');
    const frame = page.createElement('div');
    frame.innerHTML = '<img src="https://media.licdn.com/dms/image/v2/FAKE/profile-framedphoto-shrink_200_200/0/1">';
    figure?.after(frame);
    const result = readProfile(page);
    expect(result.page === 'profile' && result.signals.photo.value).toBe(true);
  });

  test('a mutual connection’s face is not the owner’s photo', () => {
    const page = card({
      links:
        '<a href="https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH&amp;network=F&amp;connectionOf=%5B%22x%22%5D"><figure><svg id="person-accent-4"></svg></figure><strong>Alex</strong></a>',
    });
    page.querySelector('a[href="/in/sam-placeholder/"]')?.remove();
    const result = readProfile(page);
    expect(result.page === 'profile' && result.signals.photo.value).toBeNull();
  });
});

describe('the Ember layout names its actions in English only', () => {
  const ember = (transform: (html: string) => string) => {
    const result = readProfile(PARSERS.linkedom(transform(fixtureHtml('legacy-ember-2025.html'))));
    if (result.page !== 'profile') throw new Error('not read as a profile');
    return result.signals;
  };

  test('in English, an action not found is not there', () => {
    const signals = ember((html) => html);
    expect(signals.pending).toEqual({ value: false, evidence: ['absent:pending'] });
    expect(signals.followPrimary.value).toBe(false);
  });

  test('said to be English, with labels in another language: could not tell', () => {
    const signals = ember((html) =>
      html
        .replaceAll('aria-label="Invite Pat Legacy to connect"', 'aria-label="Pat Legacy uitnodigen om te connecten"')
        .replaceAll('aria-label="Message Pat Legacy"', 'aria-label="Bericht aan Pat Legacy"')
        .replaceAll('aria-label="More actions"', 'aria-label="Meer acties"'),
    );
    expect(signals.pending).toEqual({ value: null, evidence: ['unknown-language:pending'] });
    expect(signals.followPrimary.value).toBeNull();
    expect(signals.connect).toEqual({ value: null, evidence: ['unknown-language:connect'] });
    // Its icon says Message in any language.
    expect(signals.messageAction.value).toBe(true);
  });

  test('its mutual line marks no names: they are counted with the words of a known language only', () => {
    const mutual = (lang: string, sentence: string) =>
      ember((html) =>
        html
          .replace('<html lang="en"', `<html lang="${lang}"`)
          .replace('Alex Fixture, Sam Sample, and 3 other mutual connections', sentence),
      ).mutualConnections.value;
    expect(mutual('de', 'Alex Fixture, Sam Sample und 3 weitere gemeinsame Kontakte')).toBe(5);
    expect(mutual('es', 'Alex Fixture y 3 contactos en común más')).toBe(4);
    expect(mutual('nl', 'Alex Fixture, Sam Sample en 3 andere gemeenschappelijke connecties')).toBeNull();
    expect(mutual('ja', 'Alex Fixture、Sam Sample、他3人の共通のつながり')).toBeNull();
  });

  test('English labels on a page in another language: could not tell either', () => {
    const signals = ember((html) => html.replace('<html lang="en"', '<html lang="fr"'));
    expect(signals.pending.value).toBeNull();
    expect(signals.connect.value).toBe('primary');
  });
});
