/**
 * What the user's own profile (the self view) shows beyond the signals every profile has: a
 * headline, an Experience card, recent posts. Each is tri-state: `null` when the page does not
 * let the reader tell (a card not loaded yet, a language without the Experience title), never a
 * guess. The content script reads the page on the self view only (`readOwnProfile`: small, for
 * its 20 kB budget); the background names the Experience card from the titles it sends
 * (`experienceFromTitles`) and folds it all with the signals (photo, About, connections) into the
 * user's profile summary (`summarizeOwnProfile`; its shape: lib/own-profile/summary.ts).
 */
import { completenessOf, type OwnProfileRead, type OwnProfileSummary } from '../own-profile/summary';
import type { ProfileSignals } from '../signals';
import { foldedText, queryEntry, queryEntryAll } from './dom';
import { EXPERIENCE_TITLE, PAGE, type PageEntry, TOP_CARD } from './selectors';

/** Static selectors and text reads only: nothing here can throw into the page. */
export function readOwnProfile(document: Document, topCard: Element): OwnProfileRead {
  const has = (name: PageEntry) => queryEntry(document, name, PAGE[name]) !== null;
  return {
    // The toolbar's header has the name and, when there is one, the headline after it.
    headline: has('toolbarHeadline') || (has('toolbarName') ? false : null),
    // The top card's current-company chip comes from a current position.
    experience: queryEntry(topCard, 'companyChip', TOP_CARD.companyChip) !== null || null,
    cardTitles: queryEntryAll(document, 'lowerCardTitle', PAGE.lowerCardTitle).map((title) =>
      foldedText(title.element),
    ),
    // The self view shows the Activity card without posts too.
    posts: has('activityPosts') || (has('activityCard') ? false : null),
  };
}

/**
 * The Experience card among the titles of the cards below Activity, in the page's language: none
 * of them being Experience means there is none, as LinkedIn puts it first there (2026-09 self
 * view). No titles yet (the cards load as the page scrolls), or a language without the word: null.
 */
export function experienceFromTitles(titles: readonly string[], language: string | null): boolean | null {
  const title = language !== null && Object.hasOwn(EXPERIENCE_TITLE, language) ? EXPERIENCE_TITLE[language] : undefined;
  if (!title || titles.length === 0) return null;
  return titles.some((text) => text.toLowerCase() === title);
}

/** The summary of a self view, from its signals and what only that page shows. */
export function summarizeOwnProfile(
  signals: Pick<ProfileSignals, 'photo' | 'about' | 'activity' | 'connections' | 'language'>,
  read: OwnProfileRead,
  now: number,
): OwnProfileSummary {
  const parts = {
    photo: signals.photo.value,
    headline: read.headline,
    // An About card not there (yet) is missing only once a card below it has loaded: LinkedIn
    // renders the column's cards as the page scrolls, and Activity comes after About (2026-09).
    about: signals.about.value === false && signals.activity.value !== true ? null : signals.about.value,
    experience: read.experience ?? experienceFromTitles(read.cardTitles, signals.language.value),
    activity: read.posts,
  };
  return {
    parts,
    connections: signals.connections.value?.count ?? null,
    completeness: completenessOf(parts),
    readAt: now,
  };
}
