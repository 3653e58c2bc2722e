import { beforeEach, describe, expect, test } from 'vitest';
import { findControl, findTopCardFor, pageTheme, stableContainer } from '../../lib/reader/page-parts';
import { loadIntoDocument } from '../helpers/fixtures';

describe('findTopCardFor', () => {
  test('finds the card of the profile in the URL, and refuses another person’s card', () => {
    loadIntoDocument('pending.html');
    expect(findTopCardFor(document, 'quinn-prototype')).not.toBeNull();
    expect(findTopCardFor(document, 'QUINN-PROTOTYPE')).not.toBeNull();
    expect(findTopCardFor(document, 'dana-example')).toBeNull();
  });

  test('works on the Ember layout too', () => {
    loadIntoDocument('legacy-ember-2025.html');
    expect(findTopCardFor(document, 'pat-legacy')).not.toBeNull();
  });

  test('finds nothing on a page without a top card', () => {
    loadIntoDocument('top-card-missing.html');
    expect(findTopCardFor(document, 'anything')).toBeNull();
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
