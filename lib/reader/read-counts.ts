/**
 * The counts line ("2,345 followers · 500+ connections") and the mutual-connections line.
 * Counts are matched by their localized noun; mutuals by the canned-search link, which is the
 * same in every language (2026-03).
 */
import type { Count, Signal } from '../signals';
import { foldedText, isHiddenByMarkup, queryEntry, queryEntryAll } from './dom';
import { parseCount } from './numbers';
import { type LabelTable, MUTUAL_NETWORK_KEYS, MUTUAL_NETWORK_PARAM, TOP_CARD } from './selectors';
import { found, unknown } from './signal';

export interface Counts {
  connections: Signal<Count>;
  followers: Signal<Count>;
}

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

export function readCounts(topCard: Element, tables: LabelTable[]): Counts {
  let connections: Signal<Count> = unknown('absent:connections');
  let followers: Signal<Count> = unknown('absent:followers');
  for (const { text, evidence } of countTexts(topCard, tables)) {
    const parts = numberThenNoun(text);
    if (!parts) continue;
    const { noun } = parts;
    const isConnections = connections.value === null && tables.some((t) => t.connections.includes(noun));
    const isFollowers = followers.value === null && tables.some((t) => t.followers.includes(noun));
    if (!isConnections && !isFollowers) continue;
    const count = parseCount(parts.number);
    if (!count) continue;
    if (isConnections) connections = found(count, evidence);
    if (isFollowers) followers = found(count, evidence);
  }
  return { connections, followers };
}

function isMutualSearch(href: string): boolean {
  try {
    const params = new URL(href, 'https://www.linkedin.com/').searchParams;
    return MUTUAL_NETWORK_KEYS.some((key) => params.get(key) === MUTUAL_NETWORK_PARAM);
  } catch {
    return false;
  }
}

/**
 * "Alex, Sam and 4 other mutual connections" → 6; "Alex is a mutual connection" → 1.
 * Named people are the `<strong>`s (or the faces when names are not marked); the rest is the
 * one number in the sentence. Works in every language without reading the words.
 */
export function readMutualConnections(topCard: Element): Signal<number> {
  const links = queryEntryAll(topCard, 'mutualLink', TOP_CARD.mutualLink).filter((m) =>
    isMutualSearch(m.element.getAttribute('href') ?? ''),
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
  const others = /\d/.test(rest) ? Number((/\d[\d.,\u00A0\u202F]*/.exec(rest)?.[0] ?? '0').replace(/\D/g, '')) : 0;
  // Ember's sentence marks no names: count the comma/"and"-separated names before the number.
  const listed = faces === 0 && names === 0 ? namesBeforeNumber(rest) : 0;
  const named = names > 0 ? names : faces > 0 ? Math.min(faces, 2) : listed;
  const total = named + others;
  return total > 0 && Number.isSafeInteger(total) ? found(total, link.evidence) : unknown(`unparsed:${link.evidence}`);
}

function namesBeforeNumber(sentence: string): number {
  const index = sentence.search(/\d/);
  if (index <= 0) return 0;
  return sentence
    .slice(0, index)
    .split(/,|\band\b/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0).length;
}
