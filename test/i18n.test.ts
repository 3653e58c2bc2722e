/**
 * Every translation says everything the English says: the same keys, the same `{params}`, no
 * empty or forgotten English text, one form of address, and a valid `_locales` file. (That every
 * key the code uses has an English text is test/messages.test.ts's job.)
 */
import { describe, expect, test } from 'vitest';
import { CATALOGUES, DEFAULT_LOCALE } from '../lib/messages/catalogues';
import { paramOrder, toChromeMessages } from '../lib/messages/chrome-messages';
import { EN } from '../lib/messages/en';

const TRANSLATIONS = Object.entries(CATALOGUES).filter(([locale]) => locale !== DEFAULT_LOCALE);

/** Chrome Web Store limit for the manifest description, in every language. */
const DESCRIPTION_MAX = 132;

/**
 * Texts of three or more words that may read exactly as in English, by `locale:key`, each with its
 * reason. Short texts (product names such as "Premium Career", "InMail") need no entry.
 */
const SAME_AS_ENGLISH: Record<string, string> = {};

/** Names LinkedIn and LockLens use in every language: a text that has one in English keeps it. */
const PRODUCT_NAMES = ['LinkedIn', 'LockLens', 'InMail', 'Premium', 'Sales Navigator', 'Recruiter', 'Open Profile'];

/** The form of address each language does not use (German "Sie", French "vous", Spanish "tú", Brazilian "você"). */
const OTHER_ADDRESS: Record<string, RegExp> = {
  de: /(?<!\p{L})(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?!\p{L})/iu,
  fr: /(?<!\p{L})(tu|toi|ton|ta|tes)(?!\p{L})/iu,
  es: /(?<!\p{L})(usted|ustedes|vosotros|vosotras|vuestro|vuestra|vuestros|vuestras)(?!\p{L})/iu,
  pt_BR: /(?<!\p{L})(tu|teu|tua|teus|tuas|contigo)(?!\p{L})/iu,
};

const words = (text: string) => text.replace(/\{\w+\}/g, ' ').match(/\p{L}+/gu) ?? [];

test('English is the default locale and every locale folder name is one browsers accept', () => {
  expect(CATALOGUES[DEFAULT_LOCALE]).toBe(EN);
  expect(TRANSLATIONS.length).toBeGreaterThan(0);
  for (const locale of Object.keys(CATALOGUES)) expect(locale).toMatch(/^[a-z]{2,3}(_[A-Z]{2})?$/);
});

test('the allowlist of English-looking texts names only texts that need it', () => {
  for (const [entry, reason] of Object.entries(SAME_AS_ENGLISH)) {
    const [locale = '', key = ''] = entry.split(':');
    expect(reason, entry).not.toBe('');
    expect(CATALOGUES[locale]?.[key], `${entry} is not the English text`).toBe(EN[key]);
  }
});

describe.each(TRANSLATIONS)('%s', (locale, catalogue) => {
  test('has exactly the English keys', () => {
    const missing = Object.keys(EN).filter((key) => !(key in catalogue));
    const extra = Object.keys(catalogue).filter((key) => !(key in EN));
    expect({ missing, extra }, `keys of lib/messages for ${locale}`).toEqual({ missing: [], extra: [] });
  });

  test('uses the same {params} as English in every text, and no stray braces', () => {
    const wrong = Object.keys(EN)
      .filter((key) => key in catalogue)
      .filter((key) => paramOrder(catalogue[key] ?? '').join() !== paramOrder(EN[key] ?? '').join())
      .map((key) => `${key}: ${catalogue[key]}`);
    expect(wrong, 'texts whose {params} differ from the English').toEqual([]);
    const stray = Object.entries(catalogue).filter(([, text]) => /[{}]/.test(text.replace(/\{\w+\}/g, '')));
    expect(stray, 'texts with a brace outside a {param}').toEqual([]);
  });

  test('has no empty text and no text left in English', () => {
    const empty = Object.entries(catalogue)
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    expect(empty, 'empty texts').toEqual([]);
    const english = Object.keys(EN)
      .filter((key) => words(EN[key] ?? '').length >= 3 && catalogue[key] === EN[key])
      .filter((key) => !(`${locale}:${key}` in SAME_AS_ENGLISH));
    expect(english, 'texts still in English (translate them, or allowlist them with a reason)').toEqual([]);
  });

  test('keeps the product names the English text uses', () => {
    const lost = Object.keys(EN)
      .filter((key) => key in catalogue)
      .flatMap((key) =>
        PRODUCT_NAMES.filter((name) => EN[key]?.includes(name) && !catalogue[key]?.includes(name)).map(
          (name) => `${key}: ${name}`,
        ),
      );
    expect(lost, 'product names dropped or translated').toEqual([]);
    expect(catalogue['ext.name']).toBe('LockLens');
  });

  test('addresses the user one way throughout', () => {
    const pattern = OTHER_ADDRESS[locale];
    expect(pattern, `OTHER_ADDRESS has no entry for ${locale}`).toBeDefined();
    const mixed = Object.entries(catalogue)
      .filter(([, text]) => pattern?.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(mixed, 'texts in the other form of address').toEqual([]);
  });

  test(`has a store description of at most ${DESCRIPTION_MAX} characters`, () => {
    const description = catalogue['ext.description'] ?? '';
    expect(description.length, description).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });

  test('becomes a _locales messages.json with the same names and placeholders as English', () => {
    const messages = toChromeMessages(catalogue);
    const english = toChromeMessages(EN);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [name, message] of Object.entries(messages)) {
      expect(message.placeholders, name).toEqual(english[name]?.placeholders);
    }
  });
});

test(`the English store description has at most ${DESCRIPTION_MAX} characters`, () => {
  expect(EN['ext.description']?.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
});
