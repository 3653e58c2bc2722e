/**
 * The counts line ("2,345 followers · 500+ connections") and the mutual-connections line.
 * Counts are matched by their localized noun (LABELS); a connections count that is a link (the
 * 1st-degree page's search, the self view's connections page) is read from its digits in any
 * language. Mutuals come from the canned-search link, the same in every language (2026-03).
 */
import type { Count, Signal } from '../signals';
import { foldedText, isHiddenByMarkup, queryEntry, queryEntryAll } from './dom';
import { found, unknown } from './make-signal';
import { firstInteger, parseCount } from './numbers';
import { labelTables } from './read-actions';
import {
  CONNECTIONS_NETWORK,
  CONNECTIONS_SHOWN_UP_TO,
  LABELS,
  type LabelTable,
  MUTUAL_NETWORK,
  MUTUAL_NETWORK_KEYS,
  TOP_CARD,
} from './selectors';

export interface Counts {
  connections: Signal<Count>;
  followers: Signal<Count>;
}

const hasTable = (language: string | null): language is string => language !== null && Object.hasOwn(LABELS, language);

/**
 * Texts of the count candidates, with a bare number joined to the noun that follows it
 * (`<p>500+</p><p>connections</p>`). Nested matches (an anchor around a `<p>`) count once.
 */
function countTexts(topCard: Element, tables: LabelTable[]): { text: string; evidence: string }[] {
  const matches = queryEntryAll(topCard, 'countText', TOP_CARD.countText).filter(
    (m) => !isHiddenByMarkup(m.element, topCard),
  );
  const texts = matches.map((m) => ({
    text: withoutAtLeastPrefix(foldedText(m.element), tables),
    evidence: m.evidence,
  }));
  const joined: { text: string; evidence: string }[] = [];
  for (const [index, item] of texts.entries()) {
    const next = texts[index + 1];
    if (/^[\d.,\u00A0\u202F ]+\+?$/.test(item.text) && next)
      joined.push({ ...item, text: `${item.text} ${next.text}` });
    joined.push(item);
  }
  return joined;
}

/** "Más de 500" → "500+": the localized "more than" becomes the lower-bound mark. */
function withoutAtLeastPrefix(text: string, tables: LabelTable[]): string {
  for (const table of tables) {
    for (const prefix of table.atLeastPrefixes ?? []) {
      if (text.charAt(prefix.length) !== ' ' || text.slice(0, prefix.length).toLowerCase() !== prefix) continue;
      const rest = text.slice(prefix.length + 1);
      const number = /^[\d.,\u00A0\u202F ]*\d/.exec(rest);
      if (number) return `${number[0]}+${rest.slice(number[0].length)}`;
    }
  }
  return text;
}

/** "2,345 followers" → the number and the noun: the noun is the last word, the number all before it. */
function numberThenNoun(text: string): { number: string; noun: string } | null {
  const space = text.lastIndexOf(' ');
  return space > 0 ? { number: text.slice(0, space), noun: text.slice(space + 1).toLowerCase() } : null;
}

/** Digits of another script ("٥٠٠") are not read: a sentence's number would be missed or misread. */
const OTHER_DIGITS = /[^\P{Nd}0-9]/u;
const NUMBER = /\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+(?!\d)|\d+/g;

/**
 * A count read from its digits alone, whatever the words around it ("500+ connessioni",
 * "つながり500人以上"): only when the text holds one number. Without the words a count of
 * CONNECTIONS_SHOWN_UP_TO or more may be LinkedIn's "more than", so it is a lower bound.
 */
function connectionsFromDigits(text: string): Count | null {
  const numbers = [...text.matchAll(NUMBER)];
  const [only] = numbers;
  if (numbers.length !== 1 || !only) return null;
  const plus = text
    .slice((only.index ?? 0) + only[0].length)
    .trimStart()
    .startsWith('+');
  const count = parseCount(only[0]);
  return count ? { count: count.count, atLeast: plus || count.count >= CONNECTIONS_SHOWN_UP_TO } : null;
}

/** The connections count as a link (2026-03 1st-degree search, 2026-09 self view), from its digits. */
function linkedConnections(topCard: Element): Signal<Count> | null {
  const searches = queryEntryAll(topCard, 'mutualLink', TOP_CARD.mutualLink).filter((m) =>
    isNetwork(m.element.getAttribute('href') ?? '', CONNECTIONS_NETWORK),
  );
  const links =
    searches.length > 0 ? searches : queryEntryAll(topCard, 'ownConnectionsLink', TOP_CARD.ownConnectionsLink);
  for (const link of links) {
    if (isHiddenByMarkup(link.element, topCard)) continue;
    const count = connectionsFromDigits(foldedText(link.element));
    if (count) return found(count, link.evidence, 'inferred:connections-link-digits');
  }
  return null;
}

export function readCounts(topCard: Element, language: string | null): Counts {
  const tables = labelTables(language);
  let connections: Signal<Count> | null = null;
  let followers: Signal<Count> | null = null;
  for (const { text, evidence } of countTexts(topCard, tables)) {
    const parts = numberThenNoun(text);
    if (!parts) continue;
    const { noun } = parts;
    const isConnections = connections === null && tables.some((t) => t.connections.includes(noun));
    const isFollowers = followers === null && tables.some((t) => t.followers.includes(noun));
    if (!isConnections && !isFollowers) continue;
    const count = parseCount(parts.number);
    if (!count) continue;
    if (isConnections) connections = found(count, evidence);
    if (isFollowers) followers = found(count, evidence);
  }
  connections ??= linkedConnections(topCard);
  // Without the page language's words a count may be there, unread: say so.
  const missing = (name: string) => unknown<Count>(hasTable(language) ? `absent:${name}` : `unknown-language:${name}`);
  return { connections: connections ?? missing('connections'), followers: followers ?? missing('followers') };
}

/**
 * Whether a search href's network filter is `wanted` (sorted degree letters), however the list is
 * written: `["F"]`, `[ 'F' ]`, `F`, `F,S`, the parameter repeated, percent-encoded once or twice.
 */
function isNetwork(href: string, wanted: readonly string[]): boolean {
  try {
    const params = new URL(href, 'https://www.linkedin.com/').searchParams;
    const key = MUTUAL_NETWORK_KEYS.find((name) => params.has(name));
    let value = key ? params.getAll(key).join() : '';
    if (value.includes('%')) value = decodeURIComponent(value);
    const letters = value
      .replace(/[[\]"'\s]/g, '')
      .toUpperCase()
      .split(',');
    return letters.every((letter) => /^[A-Z]$/.test(letter)) && [...new Set(letters)].sort().join() === wanted.join();
  } catch {
    return false;
  }
}

/**
 * "Alex, Sam and 4 other mutual connections" → 6; "Alex is a mutual connection" → 1.
 * Named people are the `<strong>`s (or the faces when names are not marked); the rest is the
 * one number in the sentence. Works in every language without reading the words, except Ember's
 * sentence, which marks no names: those are counted by the commas and "and"s of LABELS.
 */
export function readMutualConnections(topCard: Element, language: string | null = null): Signal<number> {
  const links = queryEntryAll(topCard, 'mutualLink', TOP_CARD.mutualLink).filter((m) =>
    isNetwork(m.element.getAttribute('href') ?? '', MUTUAL_NETWORK),
  );
  const link = links.find((m) => foldedText(m.element) !== '') ?? links[0];
  if (!link) {
    const followedBy = queryEntry(topCard, 'followedByLink', TOP_CARD.followedByLink);
    return unknown(followedBy ? `not-mutual:${followedBy.evidence}` : 'absent:mutualLink');
  }
  // The faces list and the sentence may be two anchors with the same href: read the sentence.
  const sentence = links.map((m) => m.element).find((el) => el.querySelector('strong')) ?? link.element;
  const names = new Set([...sentence.querySelectorAll('strong')].map(foldedText)).size;
  const faces = sentence.querySelectorAll('figure').length;
  let rest = foldedText(sentence);
  for (const strong of sentence.querySelectorAll('strong')) rest = rest.replace(foldedText(strong), '');
  if (OTHER_DIGITS.test(rest)) return unknown(`unparsed:${link.evidence}`);
  const others = firstInteger(rest) ?? 0;
  let named = names > 0 ? names : Math.min(faces, 2);
  if (faces === 0 && names === 0) {
    if (!hasTable(language)) return unknown(`unknown-language:${link.evidence}`);
    named = namesBeforeNumber(rest);
  }
  const total = named + others;
  return total > 0 && Number.isSafeInteger(total) ? found(total, link.evidence) : unknown(`unparsed:${link.evidence}`);
}

/** "Alex Fixture, Sam Sample, and 3 other…" → 2: the names before the number, split by commas and "and"s. */
function namesBeforeNumber(sentence: string): number {
  const index = sentence.search(/\d/);
  if (index <= 0) return 0;
  const ands = new Set(Object.values(LABELS).flatMap((table) => table.and));
  let names = 0;
  let inName = false;
  for (const token of sentence.slice(0, index).replaceAll(',', ' , ').split(' ')) {
    if (token === '') continue;
    const separator = token === ',' || ands.has(token.toLowerCase());
    if (!separator && !inName) names++;
    inName = !separator;
  }
  return names;
}
