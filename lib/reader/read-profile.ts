/**
 * The reader: a LinkedIn page (live or saved) → `ProfileSignals`. Reads only the owner's top
 * card and cards, never the right rail, and never throws: an unrecognized page comes back as
 * such, with the reason. It stores nothing and sends nothing.
 */
import { profileKeyFromUrl, vanityOf } from '../linkedin-urls';
import type { ProfileIdentity, ProfileSignals, ReadResult, Signal } from '../signals';
import { foldedText, queryEntry } from './dom';
import { found, unknown } from './make-signal';
import { topCardKeys } from './page-parts';
import { findActionRow, labelTables, readConnect, readDegree, readFollowPrimary, readPresence } from './read-actions';
import { readBadge, readOptionalMarker, readOwnerCards, readPhoto } from './read-cards';
import { readCounts, readMutualConnections } from './read-counts';
import { withSharedCompany } from './read-routes';
import { PAGE, TOP_CARD } from './selectors';

export interface ReadOptions {
  /** The page's URL when known (the live page); a saved file has none. */
  url?: string;
  /** The owner's top card, when the caller has just found it (the content script): not looked up again. */
  topCard?: Element;
}

/** Two or three letters a–z: a primary language subtag (checked without a pattern, see LABELS). */
const isPrimarySubtag = (text: string) =>
  (text.length === 2 || text.length === 3) && [...text].every((char) => char >= 'a' && char <= 'z');

/** The page's UI language: the primary subtag of `<html lang>`. */
export function readLanguage(document: Document): Signal<string> {
  const lang = document.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  const primary = lang.replace('_', '-').split('-')[0] ?? '';
  return isPrimarySubtag(primary) ? found(primary, 'html[lang]') : unknown('absent:html[lang]');
}

/**
 * Who the card belongs to, from the card's own names (page-parts' topCardKeys): the vanity name
 * (the URL's when it has one, else the card's links': a member-id URL `/in/ACoAA…/` names none),
 * else the member id (an out-of-network member shows no vanity name at all), and the member id.
 */
function readIdentity(document: Document, topCard: Element, url: string | undefined): ProfileIdentity {
  const name = queryEntry(topCard, 'name', TOP_CARD.name);
  const keys = [...topCardKeys(document, topCard)];
  const vanity = keys.find((key) => key[0] === 'v');
  const profileId = keys.find((key) => key[0] === 'm')?.slice(2);
  return {
    slug: vanityOf(url ? profileKeyFromUrl(url) : null) ?? vanityOf(vanity ?? null) ?? profileId ?? null,
    profileId: profileId ?? null,
    name: name ? foldedText(name.element) || null : null,
  };
}

function readSignals(document: Document, topCard: Element, language: Signal<string>): ProfileSignals {
  const row = findActionRow(topCard, language.value);
  const degree = readDegree(topCard, row, labelTables(language.value));
  const counts = readCounts(topCard, language.value);
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
    mutualConnections: readMutualConnections(topCard, language.value),
    openToWork: readOptionalMarker(topCard, 'openToWork'),
    hiring: readOptionalMarker(topCard, 'hiring'),
    about: cards.about,
    activity: cards.activity,
    highlights: withSharedCompany(cards.column, cards.highlights),
    incomingInvitation: readOptionalMarker(topCard, 'incomingInvitation'),
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
    const language = readLanguage(document).value;
    const row = findActionRow(topCard, language);
    return {
      degree: readDegree(topCard, row, labelTables(language)),
      pending: readPresence(row, 'pending'),
    };
  } catch {
    return { degree: unknown('reader-error'), pending: unknown('reader-error') };
  }
}

export function readProfile(document: Document, options: ReadOptions = {}): ReadResult {
  try {
    if (options.url !== undefined && profileKeyFromUrl(options.url) === null) {
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
