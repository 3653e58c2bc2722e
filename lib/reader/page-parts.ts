/**
 * The parts of the live page the content script needs besides the signals: whose top card is
 * on screen, where to watch for it, LinkedIn's own controls to point at, and the theme.
 */
import {
  hrefParam,
  type ProfileKey,
  profileKey,
  profileKeyFromHref,
  profileKeyFromUrl,
  vanityOf,
} from '../linkedin-urls';
import { queryEntry, queryEntryAll } from './dom';
import { findActionRow } from './read-actions';
import { COMPOSER, CONNECT_DRAWER_PREFIX, PAGE, TOP_CARD, TOP_CARD_KEY } from './selectors';

/** Any layout's top card, as one selector (for cheap checks on added nodes). */
export const TOP_CARD_SELECTOR = PAGE.topCard.map((alternative) => alternative.css).join(', ');

const add = (keys: Set<ProfileKey>, name: string | null | undefined) => {
  const key = name ? profileKey(name) : null;
  if (key) keys.add(key);
};

/**
 * Who a top card belongs to, from what the card itself carries (2026-03 markup): its links to
 * the owner's profile (vanity names, sometimes member ids), the member id in its componentkey and
 * in its Message link's `recipient=`, the `vanityName=` of its Connect link; and, for a card that
 * carries none of these, the page's connect drawer key. Any of them names the owner, whichever
 * form the address bar has.
 */
export function topCardKeys(root: ParentNode, topCard: Element): Set<ProfileKey> {
  const keys = new Set<ProfileKey>();
  for (const { element } of queryEntryAll(topCard, 'profileLink', TOP_CARD.profileLink)) {
    const key = profileKeyFromHref(element.getAttribute('href') ?? '');
    if (key) keys.add(key);
  }
  const cardKey = topCard.getAttribute('componentkey') ?? topCard.getAttribute('id') ?? '';
  if (cardKey.startsWith(TOP_CARD_KEY.prefix) && cardKey.endsWith(TOP_CARD_KEY.suffix)) {
    add(keys, cardKey.slice(TOP_CARD_KEY.prefix.length, -TOP_CARD_KEY.suffix.length));
  }
  const href = (entry: 'message' | 'connect') =>
    queryEntry(topCard, entry, TOP_CARD[entry])?.element.getAttribute('href') ?? '';
  add(keys, hrefParam(href('message'), 'recipient'));
  add(keys, hrefParam(href('connect'), 'vanityName'));
  // The connect drawer is the page's, not the card's: after an SPA navigation the last person's
  // may still be there. Only a card that names nobody itself is named by it.
  if (keys.size > 0) return keys;
  const drawer = queryEntry(root, 'connectDrawer', PAGE.connectDrawer)?.element.getAttribute('componentkey') ?? '';
  if (drawer.startsWith(CONNECT_DRAWER_PREFIX)) add(keys, drawer.slice(CONNECT_DRAWER_PREFIX.length));
  return keys;
}

/**
 * The top card, only when it belongs to the person `wanted` names. After an SPA navigation the
 * previous person's card stays in the page until LinkedIn renders the new one: never read that
 * one, nor one React is still re-pointing from them to the next: a card carrying any of
 * `previous` (the names on the card the last view read, and the URL's it was read at; empty on a
 * fresh page) is not taken. A
 * card that names neither `wanted` nor anyone else in the same form is taken: the older layout
 * carries no member id, so on a member-id URL only its vanity links say who it is.
 */
export function findTopCardFor(
  root: ParentNode,
  wanted: ProfileKey,
  previous: ReadonlySet<ProfileKey>,
): Element | null {
  const topCard = queryEntry(root, 'topCard', PAGE.topCard)?.element;
  if (!topCard) return null;
  const keys = topCardKeys(root, topCard);
  if (keys.size === 0) return null;
  let theirs = false;
  for (const key of keys) theirs ||= previous.has(key);
  // The same person again (the view started anew): a card with the previous names is theirs.
  if (previous.has(wanted)) return theirs ? topCard : null;
  // Otherwise a card that still carries any previous name is the last person's, or half re-rendered.
  if (theirs) return null;
  if (keys.has(wanted)) return topCard;
  // Another name of the same form (another vanity name, another member id): someone else's card.
  for (const key of keys) if (key[0] === wanted[0]) return null;
  return topCard;
}

const NO_NAMES: ReadonlySet<ProfileKey> = new Set();

/**
 * The profile a URL names, with its top card while it is on screen and its vanity name (the
 * URL's, else the card's): for the send detector and the composer check, which know no previous
 * view (a card naming someone else in the URL's form is still never taken).
 */
export function profileOnScreen(root: Document, url: string): { card: Element | null; vanity: string | null } | null {
  const key = profileKeyFromUrl(url);
  if (!key) return null;
  const card = findTopCardFor(root, key, NO_NAMES);
  const named = card ? [...topCardKeys(root, card)].find((name) => name[0] === 'v') : undefined;
  return { card, vanity: vanityOf(key) ?? vanityOf(named ?? null) };
}

export function stableContainer(root: Document): Element {
  return queryEntry(root, 'stableContainer', PAGE.stableContainer)?.element ?? root.documentElement;
}

export type PageTheme = 'light' | 'dark' | null;

/** Dark or light as LinkedIn's page says, newest layout's marks first (a 2026 page never pays for Ember's). */
export function pageTheme(root: ParentNode): PageTheme {
  const layouts = Math.max(PAGE.darkTheme.length, PAGE.lightTheme.length);
  for (let index = 0; index < layouts; index++) {
    const dark = PAGE.darkTheme[index];
    if (dark && root.querySelector(dark.css)) return 'dark';
    const light = PAGE.lightTheme[index];
    if (light && root.querySelector(light.css)) return 'light';
  }
  return null;
}

export type Control = 'message' | 'connect' | 'more' | 'activity';

/** LinkedIn's own control for a next step, to scroll to and focus (never to click). */
export function findControl(root: ParentNode, topCard: Element, control: Control): HTMLElement | null {
  if (control === 'activity') {
    return (queryEntry(root, 'activityCard', PAGE.activityCard)?.element as HTMLElement | undefined) ?? null;
  }
  const row = findActionRow(topCard);
  const element = control === 'message' ? row.message : control === 'connect' ? row.connect : row.more;
  return (element as HTMLElement | null) ?? null;
}

/** LinkedIn's interop layer (composers, dialogs): the open shadow root of `#interop-outlet`, once attached. */
export function interopShadowRoot(root: Document): ShadowRoot | null {
  return (
    (queryEntry(root, 'interopOutlet', COMPOSER.interopOutlet)?.element.shadowRoot as ShadowRoot | undefined) ?? null
  );
}
