/**
 * The self view's own-profile read (lib/reader/read-own-profile.ts) and the summary the background
 * makes of it (lib/own-profile/summary.ts), on the two self-view fixtures, parsed as the live page
 * (happy-dom) and as a saved file (linkedom); and never a throw or a report the background would
 * refuse, however the page is cut down.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { ownProfileReadSchema } from '../../lib/own-profile/schema';
import { completenessOf, type OwnProfileRead } from '../../lib/own-profile/summary';
import { experienceFromTitles, readOwnProfile, summarizeOwnProfile } from '../../lib/reader/read-own-profile';
import { readProfile } from '../../lib/reader/read-profile';
import { PAGE } from '../../lib/reader/selectors';
import { FIXTURE_CASES } from '../fixtures/profiles.expected';
import { fixtureHtml } from '../helpers/fixtures';
import { signalsFrom } from '../helpers/signals';

const PARSERS = {
  'happy-dom': (source: string) => new DOMParser().parseFromString(source, 'text/html'),
  linkedom: (source: string) => parseHTML(source).document as unknown as Document,
};

const NOW = Date.UTC(2026, 11, 1);

/** The page's own-profile read and summary, as the content script and then the background make them. */
function readSelfView(page: Document): { read: OwnProfileRead; summary: ReturnType<typeof summarizeOwnProfile> } {
  const result = readProfile(page);
  if (result.page !== 'profile') throw new Error('not read as a profile');
  const topCard = page.querySelector(PAGE.topCard.map((alternative) => alternative.css).join(', '));
  if (!topCard) throw new Error('no top card');
  const read = readOwnProfile(page, topCard);
  return { read, summary: summarizeOwnProfile(result.signals, read, NOW) };
}

describe.each(Object.entries(PARSERS))('on the self view, via %s', (_parser, parse) => {
  test('self.html: everything there (the company chip says there is a current position)', () => {
    const { read, summary } = readSelfView(parse(fixtureHtml('self.html')));
    expect(read).toEqual({
      headline: true,
      experience: true,
      cardTitles: ['Experience', 'Education', 'Skills'],
      posts: true,
    });
    expect(summary).toEqual({
      parts: { photo: true, headline: true, about: true, experience: true, activity: true },
      connections: 500,
      completeness: 1,
      readAt: NOW,
    });
  });

  test('an About card not there yet counts as missing only once the Activity card below it has loaded', () => {
    const { read, summary } = readSelfView(parse(fixtureHtml('self.html')));
    const signals = signalsFrom({ photo: true, about: false, activity: null, language: 'en' });
    expect(summarizeOwnProfile(signals, read, NOW).parts.about).toBeNull();
    const loaded = signalsFrom({ photo: true, about: false, activity: true, language: 'en' });
    expect(summarizeOwnProfile(loaded, read, NOW).parts.about).toBe(false);
    expect(summary.parts.about).toBe(true);
  });

  test('self-incomplete.html: each missing part read as missing, and a small network', () => {
    const { read, summary } = readSelfView(parse(fixtureHtml('self-incomplete.html')));
    expect(read).toEqual({ headline: false, experience: null, cardTitles: ['Education'], posts: false });
    expect(summary).toEqual({
      parts: { photo: false, headline: false, about: false, experience: false, activity: false },
      connections: 23,
      completeness: 0,
      readAt: NOW,
    });
  });
});

describe('what the page does not show stays unknown', () => {
  test('no toolbar: the headline is unknown; no Activity card: the posts are unknown', () => {
    const page = PARSERS['happy-dom'](fixtureHtml('self-incomplete.html'));
    page.querySelector('[role="toolbar"]')?.remove();
    page.querySelector('[componentkey$="Activity"]')?.remove();
    expect(readSelfView(page).read).toMatchObject({ headline: null, posts: null });
  });

  test('no card below Activity loaded yet: the experience is unknown, not missing', () => {
    const page = PARSERS['happy-dom'](fixtureHtml('self-incomplete.html'));
    for (const card of page.querySelectorAll('[componentkey^="profileCardsBelowActivity"] section')) card.remove();
    const { read, summary } = readSelfView(page);
    expect(read.cardTitles).toEqual([]);
    expect(summary.parts.experience).toBeNull();
    // Four parts known, all missing.
    expect(summary.completeness).toBe(0);
  });

  test('the Experience title in each language LockLens reads; other languages and no titles say nothing', () => {
    expect(experienceFromTitles(['Berufserfahrung', 'Ausbildung'], 'de')).toBe(true);
    expect(experienceFromTitles(['Expérience'], 'fr')).toBe(true);
    expect(experienceFromTitles(['Formación'], 'es')).toBe(false);
    expect(experienceFromTitles(['Experiência'], 'pt')).toBe(true);
    expect(experienceFromTitles(['EXPERIENCE'], 'en')).toBe(true);
    expect(experienceFromTitles(['Esperienza'], 'it')).toBeNull();
    expect(experienceFromTitles(['Education'], null)).toBeNull();
    expect(experienceFromTitles([], 'en')).toBeNull();
    expect(experienceFromTitles(['Education'], 'toString')).toBeNull();
  });

  test('the completeness is a share of the known parts, only when at least three are known', () => {
    expect(completenessOf({ photo: true, headline: false, about: null, experience: true, activity: false })).toBe(0.5);
    expect(completenessOf({ photo: true, headline: null, about: null, experience: true, activity: null })).toBeNull();
  });
});

test('cut down at random, the self views are read without a throw, and the background would take the report', () => {
  const pages = ['self.html', 'self-incomplete.html'];
  fc.assert(
    fc.property(fc.constantFrom(...pages), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (file, cuts) => {
      const page = PARSERS.linkedom(fixtureHtml(file));
      for (const cut of cuts) {
        const elements = [...page.querySelectorAll('body *')];
        elements[cut % Math.max(elements.length, 1)]?.remove();
      }
      const topCard = page.querySelector(PAGE.topCard.map((alternative) => alternative.css).join(', '));
      const read = readOwnProfile(page, topCard ?? page.body);
      expect(ownProfileReadSchema.safeParse(read).success).toBe(true);
    }),
    { numRuns: 300, seed: 20261201 },
  );
});

test('no other fixture has a self view', () => {
  const selfViews = FIXTURE_CASES.filter((c) => c.page === 'profile' && c.signals?.degree === 'self').map(
    (c) => c.file,
  );
  expect(selfViews.sort()).toEqual(['self-incomplete.html', 'self.html']);
});
