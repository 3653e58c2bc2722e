/**
 * The reader on every fixture, parsed two ways: by happy-dom (like the live page) and by
 * linkedom (like `npm run explain` on a saved file). Both must give exactly the expected signals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readMessagingSignals, readProfile } from '../../lib/reader/read-profile';
import { signalValues } from '../../lib/signals';
import { FIXTURE_CASES } from '../fixtures/profiles.expected';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const html = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

const PARSERS = {
  'happy-dom': (source: string) => new DOMParser().parseFromString(source, 'text/html'),
  linkedom: (source: string) => parseHTML(source).document as unknown as Document,
};

test('there are at least 20 fixtures, each listed once', () => {
  expect(FIXTURE_CASES.length).toBeGreaterThanOrEqual(20);
  expect(new Set(FIXTURE_CASES.map((c) => c.file)).size).toBe(FIXTURE_CASES.length);
});

describe.each(Object.entries(PARSERS))('reader via %s', (_parser, parse) => {
  test.each(FIXTURE_CASES)('$file ($state)', (fixture) => {
    const result = readProfile(parse(html(fixture.file)));
    if (fixture.page === 'unrecognized') {
      expect(result).toEqual({ page: 'unrecognized', reason: fixture.reason });
      return;
    }
    expect(result.page).toBe('profile');
    if (result.page !== 'profile') return;
    expect(signalValues(result.signals)).toEqual(fixture.signals);
    expect(result.identity).toEqual(fixture.identity);
  });
});

test("the chip's early read (degree, pending) says what the full read says, on every fixture", () => {
  for (const fixture of FIXTURE_CASES.filter((c) => c.page === 'profile')) {
    for (const parse of Object.values(PARSERS)) {
      const page = parse(html(fixture.file));
      const full = readProfile(page);
      const topCard = page.querySelector('section[componentkey$="Topcard"], div[id$="Topcard"], .pv-top-card');
      if (full.page !== 'profile' || !topCard) throw new Error(`${fixture.file} not read as a profile`);
      const early = readMessagingSignals(page, topCard);
      expect(early, fixture.file).toEqual({ degree: full.signals.degree, pending: full.signals.pending });
    }
  }
});

test('with the live URL, the slug comes from the URL and non-profile URLs are refused early', () => {
  const page = new DOMParser().parseFromString(html('pending.html'), 'text/html');
  const pending = FIXTURE_CASES.find((c) => c.file === 'pending.html');
  const result = readProfile(page, { url: pending?.url ?? '' });
  expect(result.page === 'profile' && result.identity.slug).toBe(pending?.identity?.slug);
  expect(readProfile(page, { url: 'https://www.linkedin.com/feed/' })).toEqual({
    page: 'unrecognized',
    reason: 'not-a-profile-page',
  });
});

test('every signal says what it was read from', () => {
  for (const fixture of FIXTURE_CASES.filter((c) => c.page === 'profile')) {
    const result = readProfile(PARSERS.linkedom(html(fixture.file)));
    if (result.page !== 'profile') throw new Error(`${fixture.file} not read as a profile`);
    for (const [name, signal] of Object.entries(result.signals)) {
      expect(signal.evidence.length, `${fixture.file}: ${name} has no evidence`).toBeGreaterThan(0);
    }
  }
});

test('given the top card the content script found, the reader reads the same as when it looks for it', () => {
  for (const fixture of FIXTURE_CASES.filter((c) => c.page === 'profile' && c.url)) {
    const page = PARSERS['happy-dom'](html(fixture.file));
    const looked = readProfile(page, { url: fixture.url });
    if (looked.page !== 'profile') throw new Error(`${fixture.file} not read as a profile`);
    const topCard = page.querySelector('section[componentkey$="Topcard"], div[id$="Topcard"], .pv-top-card');
    if (!topCard) throw new Error(`${fixture.file}: no top card`);
    expect(readProfile(page, { url: fixture.url, topCard }), fixture.file).toEqual(looked);
  }
});
