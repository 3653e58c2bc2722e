/** Markers read on their own: badges, photo, Open to Work / Hiring, and the owner's other cards. */
import type { Highlight, Signal } from '../signals';
import { queryEntry, queryEntryAll } from './dom';
import { found, presence, unknown } from './make-signal';
import { PAGE, TOP_CARD } from './selectors';

/** The mutual-connection and followed-by links: their silhouettes are other people's faces. */
const FACES = [...TOP_CARD.mutualLink, ...TOP_CARD.followedByLink].map((alternative) => alternative.css).join(', ');

/**
 * The owner's photo: an image beside the first silhouette that is not someone else's face. The
 * silhouette alone is "no photo"; beside an image of a kind not known (a frame drawn another way,
 * a new URL form) it is "could not tell", never "no photo".
 */
export function readPhoto(topCard: Element): Signal<boolean> {
  const placeholder = queryEntryAll(topCard, 'photoPlaceholder', TOP_CARD.photoPlaceholder).find(
    (m) => !m.element.closest(FACES),
  );
  if (placeholder) {
    // The photo's link holds the silhouette and the image (2026-03), whatever wraps them.
    const link = placeholder.element.closest('a');
    const holder =
      (link && topCard.contains(link) ? link : null) ??
      placeholder.element.closest('figure') ??
      placeholder.element.parentElement;
    const image = holder ? queryEntry(holder, 'photoImage', TOP_CARD.photoImage) : null;
    if (image) return found(true, placeholder.evidence, image.evidence);
    const other = holder ? queryEntry(holder, 'photoAnyImage', TOP_CARD.photoAnyImage) : null;
    return other ? unknown(`unparsed:${other.evidence}`) : found(false, placeholder.evidence);
  }
  const emberPhoto = queryEntry(topCard, 'emberPhoto', TOP_CARD.emberPhoto);
  if (!emberPhoto) return unknown('absent:photo');
  // Ember served the ghost silhouette as an <img> too.
  const ghost =
    emberPhoto.element.matches('.ghost-person') || /ghost-person/.test(emberPhoto.element.getAttribute('src') ?? '');
  return found(!ghost, emberPhoto.evidence);
}

/** No reliable 2026 marker exists: a marker means true, its absence means "could not tell". */
export function readOptionalMarker(
  topCard: Element,
  name: 'openToWork' | 'hiring' | 'incomingInvitation',
): Signal<boolean> {
  const marker = queryEntry(topCard, name, TOP_CARD[name]);
  return marker ? found(true, marker.evidence) : unknown(`absent:${name}`);
}

export function readBadge(topCard: Element, name: 'premiumBadge' | 'verified'): Signal<boolean> {
  return presence(queryEntry(topCard, name, TOP_CARD[name]), name);
}

export interface OwnerCards {
  about: Signal<boolean>;
  activity: Signal<boolean>;
  highlights: Signal<Highlight[]>;
  /** The column the owner's cards are in (null: not found): where their other cards are looked for. */
  column: Element | null;
}

export function readOwnerCards(root: ParentNode): OwnerCards {
  const column = queryEntry(root, 'mainColumn', PAGE.mainColumn);
  if (!column) {
    return {
      about: unknown('absent:mainColumn'),
      activity: unknown('absent:mainColumn'),
      highlights: unknown('absent:mainColumn'),
      column: null,
    };
  }
  const scope = column.element;
  const activity = queryEntry(scope, 'activityCard', PAGE.activityCard);
  const groupLinks = [...scope.querySelectorAll(PAGE.sharedGroupLink[0].css)].filter(
    (link) => !activity?.element.contains(link),
  );
  const highlights: Highlight[] = groupLinks.length > 0 ? ['shared-group'] : [];
  return {
    about: presence(queryEntry(scope, 'aboutCard', PAGE.aboutCard), 'aboutCard'),
    activity: presence(activity, 'activityCard'),
    highlights: found(highlights, groupLinks.length > 0 ? 'sharedGroupLink#0' : 'absent:sharedGroupLink'),
    column: scope,
  };
}
