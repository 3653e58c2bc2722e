/**
 * The reader: a LinkedIn page (live or saved) → `ProfileSignals`. Reads only the owner's top
 * card and cards, never the right rail, and never throws: an unrecognized page comes back as
 * such, with the reason. It stores nothing and sends nothing.
 */
import { profileSlugFromUrl } from '../page-detection';
import type { ProfileIdentity, ProfileSignals, ReadResult, Signal } from '../signals';
import { foldedText, queryEntry } from './dom';
import { findActionRow, labelTables, readConnect, readDegree, readFollowPrimary, readPresence } from './read-actions';
import { readBadge, readOptionalMarker, readOwnerCards, readPhoto } from './read-cards';
import { readCounts, readMutualConnections } from './read-counts';
import { CONNECT_DRAWER_PREFIX, PAGE, TOP_CARD, TOP_CARD_KEY } from './selectors';
import { found, unknown } from './signal';

export interface ReadOptions {
  /** The page's URL when known (the live page); a saved file has none. */
  url?: string;
  /** The owner's top card, when the caller has just found it (the content script): not looked up again. */
  topCard?: Element;
}

/** Two or three letters a–z: a primary language subtag (checked without a pattern, see LABELS). */
const isPrimarySubtag = (text: string) =>
  (text.length === 2 || text.length === 3) && [...text].every((char) => char >= 'a' && char <= 'z');

function readLanguage(document: Document): Signal<string> {
  const lang = document.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  const primary = lang.replace('_', '-').split('-')[0] ?? '';
  return isPrimarySubtag(primary) ? found(primary, 'html[lang]') : unknown('absent:html[lang]');
}

function readIdentity(document: Document, topCard: Element, url: string | undefined): ProfileIdentity {
  const name = queryEntry(topCard, 'name', TOP_CARD.name);
  return {
    // The live page's URL names the profile; a saved file falls back on the page's own links.
    slug: (url ? profileSlugFromUrl(url) : null) ?? (slugFromPage(document, topCard) || null),
    profileId: idFromKey(topCard) || idFromMessageLink(topCard) || null,
    name: name ? foldedText(name.element) || null : null,
  };
}

function idFromKey(topCard: Element): string {
  const key = topCard.getAttribute('componentkey') ?? topCard.getAttribute('id') ?? '';
  return key.startsWith(TOP_CARD_KEY.prefix) && key.endsWith(TOP_CARD_KEY.suffix)
    ? key.slice(TOP_CARD_KEY.prefix.length, -TOP_CARD_KEY.suffix.length)
    : '';
}

function idFromMessageLink(topCard: Element): string {
  const message = queryEntry(topCard, 'message', TOP_CARD.message)?.element.getAttribute('href') ?? '';
  return /[?&]recipient=([A-Za-z0-9_-]+)/.exec(message)?.[1] ?? '';
}

function slugFromPage(document: Document, topCard: Element): string {
  const drawer = queryEntry(document, 'connectDrawer', PAGE.connectDrawer)?.element.getAttribute('componentkey') ?? '';
  if (drawer.startsWith(CONNECT_DRAWER_PREFIX)) return drawer.slice(CONNECT_DRAWER_PREFIX.length);
  const link = queryEntry(topCard, 'profileLink', TOP_CARD.profileLink)?.element.getAttribute('href') ?? '';
  return safeDecode(/\/in\/([^/?#]+)/.exec(link)?.[1] ?? '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readSignals(document: Document, topCard: Element, language: Signal<string>): ProfileSignals {
  const tables = labelTables(language.value);
  const row = findActionRow(topCard);
  const degree = readDegree(topCard, row, tables);
  const counts = readCounts(topCard, tables);
  const cards = readOwnerCards(document);
  return {
    degree,
    messageAction: readPresence(row, 'message'),
    connect: readConnect(document, row, degree.value),
    pending: readPresence(row, 'pending'),
    followPrimary: readFollowPrimary(topCard, row),
    premiumBadge: readBadge(topCard, 'premiumBadge'),
    verified: readBadge(topCard, 'verified'),
    photo: readPhoto(topCard),
    connections: counts.connections,
    followers: counts.followers,
    mutualConnections: readMutualConnections(topCard),
    openToWork: readOptionalMarker(topCard, 'openToWork'),
    hiring: readOptionalMarker(topCard, 'hiring'),
    about: cards.about,
    activity: cards.activity,
    highlights: cards.highlights,
    language,
  };
}

/**
 * The two signals the hint's chip shows (free, locked, unknown: `messagingFrom`), read without the
 * rest of the card, so that the chip can be in the page before LinkedIn's next frame and the full
 * read can wait until after it. Never throws: a card it cannot read is unknown.
 */
export function readMessagingSignals(document: Document, topCard: Element): Pick<ProfileSignals, 'degree' | 'pending'> {
  try {
    const row = findActionRow(topCard);
    return {
      degree: readDegree(topCard, row, labelTables(readLanguage(document).value)),
      pending: readPresence(row, 'pending'),
    };
  } catch {
    return { degree: unknown('reader-error'), pending: unknown('reader-error') };
  }
}

export function readProfile(document: Document, options: ReadOptions = {}): ReadResult {
  try {
    if (options.url !== undefined && profileSlugFromUrl(options.url) === null) {
      return { page: 'unrecognized', reason: 'not-a-profile-page' };
    }
    const topCard = options.topCard ? { element: options.topCard } : queryEntry(document, 'topCard', PAGE.topCard);
    if (!topCard) {
      const onProfileScreen = options.url !== undefined || queryEntry(document, 'profileScreen', PAGE.profileScreen);
      return { page: 'unrecognized', reason: onProfileScreen ? 'top-card-missing' : 'not-a-profile-page' };
    }
    const language = readLanguage(document);
    return {
      page: 'profile',
      identity: readIdentity(document, topCard.element, options.url),
      signals: readSignals(document, topCard.element, language),
    };
  } catch {
    // A page we do not understand must never break: say so instead.
    return { page: 'unrecognized', reason: 'reader-error' };
  }
}
