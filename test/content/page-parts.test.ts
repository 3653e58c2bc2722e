import { beforeEach, describe, expect, test } from 'vitest';
import {
  findControl,
  findTopCardFor,
  pageTheme,
  profileOnScreen,
  stableContainer,
  topCardKeys,
} from '../../lib/reader/page-parts';
import { loadIntoDocument } from '../helpers/fixtures';

const NONE = new Set<never>();
const PENDING_ID = 'm:ACoAAFAKE000000000000000000000000000008';

describe('findTopCardFor', () => {
  test('finds the card of the person the URL names, in either form, and refuses another person’s card', () => {
    loadIntoDocument('pending.html');
    expect(findTopCardFor(document, 'v:quinn-prototype', NONE)).not.toBeNull();
    expect(findTopCardFor(document, PENDING_ID, NONE)).not.toBeNull();
    expect(findTopCardFor(document, 'v:dana-example', NONE)).toBeNull();
    expect(findTopCardFor(document, 'm:ACoAAFAKE000000000000000000000000000001', NONE)).toBeNull();
  });

  test('the card knows its owner from its links, its key, its Message and Connect links and the drawer', () => {
    loadIntoDocument('second-degree-connect-primary.html');
    const card = document.querySelector('section[componentkey$="Topcard"]') as Element;
    const keys = topCardKeys(document, card);
    expect([...keys].sort()).toEqual(['m:ACoAAFAKE000000000000000000000000000003', 'v:casey-mockwell']);
    // Only the Connect link's vanityName left: still Casey's.
    for (const link of card.querySelectorAll('a[href*="/in/"], a[href*="recipient="]')) link.removeAttribute('href');
    card.removeAttribute('componentkey');
    document.querySelector('[componentkey^="ProfilePostConnectDrawer_"]')?.remove();
    expect([...topCardKeys(document, card)]).toEqual(['v:casey-mockwell']);
  });

  test('the page’s connect drawer names a card only when the card names nobody: a stale one never hides the next card', () => {
    loadIntoDocument('pending.html');
    const card = document.querySelector('section[componentkey$="Topcard"]') as Element;
    const previous = new Set(['v:dana-example' as const]);
    // The previous person's drawer is still in the page; the new card is Quinn's.
    document
      .querySelector('[componentkey^="ProfilePostConnectDrawer_"]')
      ?.setAttribute('componentkey', 'ProfilePostConnectDrawer_dana-example');
    expect([...topCardKeys(document, card)]).not.toContain('v:dana-example');
    expect(findTopCardFor(document, 'v:quinn-prototype', previous)).toBe(card);
    // A card that names nobody (all its names gone) is named by the drawer, here the previous person's.
    for (const link of card.querySelectorAll('a[href]')) link.removeAttribute('href');
    card.removeAttribute('componentkey');
    expect([...topCardKeys(document, card)]).toEqual(['v:dana-example']);
    expect(findTopCardFor(document, 'v:quinn-prototype', previous)).toBeNull();
  });

  test('never the previous person’s card, nor one half re-pointed from it', () => {
    loadIntoDocument('first-degree.html');
    const card = document.querySelector('section[componentkey$="Topcard"]') as Element;
    const previous = topCardKeys(document, card);
    expect(findTopCardFor(document, 'v:quinn-prototype', previous)).toBeNull();
    for (const link of card.querySelectorAll('a[href*="/in/"]')) link.setAttribute('href', '/in/quinn-prototype/');
    // Links re-pointed, the componentkey and the Message link still Dana's.
    expect(findTopCardFor(document, 'v:quinn-prototype', previous)).toBeNull();
    // The same person again (the view started anew) is found.
    loadIntoDocument('first-degree.html');
    expect(findTopCardFor(document, 'v:dana-example', previous)).not.toBeNull();
  });

  test('a card without member ids (the Ember layout) on a member-id URL: taken unless it is the previous person’s', () => {
    loadIntoDocument('legacy-ember-2025.html');
    expect(findTopCardFor(document, 'v:pat-legacy', NONE)).not.toBeNull();
    expect(findTopCardFor(document, PENDING_ID, NONE)).not.toBeNull();
    expect(findTopCardFor(document, PENDING_ID, new Set(['v:pat-legacy' as const]))).toBeNull();
    expect(findTopCardFor(document, PENDING_ID, new Set(['v:pat-legacy' as const, PENDING_ID]))).not.toBeNull();
  });

  test('finds nothing on a page without a top card', () => {
    loadIntoDocument('top-card-missing.html');
    expect(findTopCardFor(document, 'v:anything', NONE)).toBeNull();
  });
});

describe('profileOnScreen', () => {
  test('the card and the vanity name, from a vanity URL or a member-id URL', () => {
    loadIntoDocument('pending.html');
    const byId = profileOnScreen(document, `https://www.linkedin.com/in/${PENDING_ID.slice(2)}/?lipi=x`);
    expect(byId?.vanity).toBe('quinn-prototype');
    expect(byId?.card).not.toBeNull();
    expect(profileOnScreen(document, 'https://www.linkedin.com/in/Quinn-Prototype/')?.vanity).toBe('quinn-prototype');
    expect(profileOnScreen(document, 'https://www.linkedin.com/feed/')).toBeNull();
    expect(profileOnScreen(document, 'https://www.linkedin.com/in/dana-example/')?.card).toBeNull();
  });
});

describe('page parts', () => {
  beforeEach(() => loadIntoDocument('second-degree-follow-primary.html'));

  test('the stable container is React’s root', () => {
    expect(stableContainer(document).id).toBe('root');
  });

  test('LinkedIn’s own controls can be found to point at, in the top card only', () => {
    const card = document.querySelector('section[componentkey$="Topcard"]');
    if (!card) throw new Error('fixture has no top card');
    expect(findControl(document, card, 'more')?.textContent).toContain('More');
    expect(findControl(document, card, 'message')?.getAttribute('href')).toContain('/messaging/compose/');
    expect(findControl(document, card, 'connect')).toBeNull();
    expect(findControl(document, card, 'activity')?.getAttribute('componentkey')).toMatch(/Activity$/);
  });

  test('the theme comes from LinkedIn’s own class', () => {
    expect(pageTheme(document)).toBe('light');
    document.getElementById('interop-outlet')?.classList.replace('theme--light', 'theme--dark');
    expect(pageTheme(document)).toBe('dark');
  });
});
