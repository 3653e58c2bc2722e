/**
 * The localized label words (LABELS in lib/reader/selectors.ts), one by one: every spelling the
 * earlier patterns accepted is still read, in any letter case, and a word beside them is not.
 * Each case is a minimal 2026 top card with the page's language set.
 */
import { describe, expect, test } from 'vitest';
import { readProfile } from '../../lib/reader/read-profile';
import { signalValues } from '../../lib/signals';

function card(lang: string, paragraphs: string[]): Document {
  const html = `<html lang="${lang}"><body><main><section componentkey="com.linkedin.sdui.profile.card.refACoAAFakeTopcard">
    <h2>Sam Placeholder</h2>${paragraphs.map((text) => `<p>${text}</p>`).join('')}
    <a href="/in/sam-placeholder/">Sam</a></section></main></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(lang: string, paragraphs: string[]) {
  const result = readProfile(card(lang, paragraphs));
  if (result.page !== 'profile') throw new Error('not read as a profile');
  const { degree, connections, followers } = signalValues(result.signals);
  return { degree, connections, followers };
}

const COUNTS: [lang: string, text: string, kind: 'connections' | 'followers', count: number, atLeast: boolean][] = [
  ['en', '1 connection', 'connections', 1, false],
  ['en', '500+ Connections', 'connections', 500, true],
  ['en', '1 follower', 'followers', 1, false],
  ['en', '2,345 FOLLOWERS', 'followers', 2345, false],
  ['de', '1 Kontakt', 'connections', 1, false],
  ['de', '500+ Kontakte', 'connections', 500, true],
  ['de', '2.345 Follower', 'followers', 2345, false],
  ['de', '12 Followerinnen', 'followers', 12, false],
  ['fr', '+ de 500 relations', 'connections', 500, true],
  ['fr', '+de 500 relations', 'connections', 500, true],
  ['fr', 'Plus de 500 relations', 'connections', 500, true],
  ['fr', '1 relation', 'connections', 1, false],
  ['fr', '1 abonné', 'followers', 1, false],
  ['fr', '1 abonnée', 'followers', 1, false],
  ['fr', '2\u202F345 abonnés', 'followers', 2345, false],
  ['fr', '3 Abonnées', 'followers', 3, false],
  ['es', 'Más de 500 contactos', 'connections', 500, true],
  ['es', '1 contacto', 'connections', 1, false],
  ['es', '1 seguidor', 'followers', 1, false],
  ['es', '1,2 mil seguidores', 'followers', 1200, true],
  ['pt', 'Mais de 500 conexões', 'connections', 500, true],
  ['pt', '1 conexão', 'connections', 1, false],
  ['pt', '10 conexoes', 'connections', 10, false],
  ['pt', '1 conexao', 'connections', 1, false],
  ['pt', '12 mil seguidores', 'followers', 12000, true],
];

describe('count nouns', () => {
  test.each(COUNTS)('%s: "%s" is %s', (lang, text, kind, count, atLeast) => {
    expect(read(lang, [text])[kind]).toEqual({ count, atLeast });
  });

  test('the page’s own language comes first, but any table reads (pages mix languages)', () => {
    expect(read('en', ['Más de 500 contactos', '2.345 Follower'])).toMatchObject({
      connections: { count: 500, atLeast: true },
      followers: { count: 2345, atLeast: false },
    });
  });

  test('a word beside a count word is not one, nor is a count word with no number before it', () => {
    for (const text of ['500 connectionsx', '500 conexiones', 'connections', '12 mutual connections here']) {
      expect(read('en', [text]), text).toMatchObject({ connections: null, followers: null });
    }
  });
});

const DEGREES: [lang: string, label: string, degree: '1st' | '2nd' | '3rd'][] = [
  ['en', '· 1st', '1st'],
  ['en', '· 2ND', '2nd'],
  ['en', '· 3rd+', '3rd'],
  ['de', '· 2.', '2nd'],
  ['fr', '· 1er', '1st'],
  ['fr', '· 1re', '1st'],
  ['fr', '· 2e', '2nd'],
  ['fr', '· 2ème', '2nd'],
  ['fr', '· 3è+', '3rd'],
  ['es', '· 2º', '2nd'],
  ['es', '· 2.º', '2nd'],
  ['es', '· 1er', '1st'],
  ['es', '· 2do', '2nd'],
  ['es', '· 3ro', '3rd'],
  ['pt', '· 2°', '2nd'],
  ['pt', '• 2o', '2nd'],
];

describe('degree labels', () => {
  test.each(DEGREES)('%s: "%s" is %s', (lang, label, degree) => {
    expect(read(lang, [label]).degree).toBe(degree);
  });

  test('an unknown ordinal suffix, or a text that does not start with a dot, is no degree', () => {
    for (const text of ['· 2xy', '2nd', 'Level · 2nd']) expect(read('en', [text]).degree, text).toBeNull();
  });
});
