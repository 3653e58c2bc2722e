/** Markers read on their own: badges, photo, Open to Work / Hiring, and the owner's other cards. */
import type { Highlight, Signal } from '../signals';
import { queryEntry } from './dom';
import { PAGE, TOP_CARD } from './selectors';
import { found, presence, unknown } from './signal';

export function readPhoto(topCard: Element): Signal<boolean> {
  const placeholder = queryEntry(topCard, 'photoPlaceholder', TOP_CARD.photoPlaceholder);
  if (placeholder) {
    const figure = placeholder.element.closest('figure') ?? placeholder.element.parentElement;
    const image = figure ? queryEntry(figure, 'photoImage', TOP_CARD.photoImage) : null;
    return image ? found(true, placeholder.evidence, image.evidence) : found(false, placeholder.evidence);
  }
  const emberPhoto = queryEntry(topCard, 'emberPhoto', TOP_CARD.emberPhoto);
  if (!emberPhoto) return unknown('absent:photo');
  // Ember served the ghost silhouette as an <img> too.
  const ghost =
    emberPhoto.element.matches('.ghost-person') || /ghost-person/.test(emberPhoto.element.getAttribute('src') ?? '');
  return found(!ghost, emberPhoto.evidence);
}

/** No reliable 2026 marker exists: a marker means true, its absence means "could not tell". */
export function readOptionalMarker(topCard: Element, name: 'openToWork' | 'hiring'): Signal<boolean> {
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
}

export function readOwnerCards(root: ParentNode): OwnerCards {
  const column = queryEntry(root, 'mainColumn', PAGE.mainColumn);
  if (!column) {
    return {
      about: unknown('absent:mainColumn'),
      activity: unknown('absent:mainColumn'),
      highlights: unknown('absent:mainColumn'),
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
  };
}
