/**
 * The parts of the live page the content script needs besides the signals: whose top card is
 * on screen, where to watch for it, LinkedIn's own controls to point at, and the theme.
 */
import { queryEntry } from './dom';
import { findActionRow } from './read-actions';
import { COMPOSER, PAGE } from './selectors';

function decode(text: string): string {
  try {
    return decodeURIComponent(text).toLowerCase();
  } catch {
    return text.toLowerCase();
  }
}

/** Any layout's top card, as one selector (for cheap checks on added nodes). */
export const TOP_CARD_SELECTOR = PAGE.topCard.map((alternative) => alternative.css).join(', ');

/**
 * The top card, only when it belongs to `slug`. After an SPA navigation the previous person's
 * card stays in the page until LinkedIn renders the new one: never read that one.
 */
export function findTopCardFor(root: ParentNode, slug: string): Element | null {
  const topCard = queryEntry(root, 'topCard', PAGE.topCard)?.element;
  if (!topCard) return null;
  const wanted = decode(slug);
  for (const link of topCard.querySelectorAll('a[href*="/in/"]')) {
    const found = /\/in\/([^/?#]+)/.exec(link.getAttribute('href') ?? '')?.[1];
    if (found && decode(found) === wanted) return topCard;
  }
  const drawer = queryEntry(root, 'connectDrawer', PAGE.connectDrawer)?.element.getAttribute('componentkey');
  return drawer && decode(drawer.slice('ProfilePostConnectDrawer_'.length)) === wanted ? topCard : null;
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
