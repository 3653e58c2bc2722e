/**
 * The selector registry's discipline (lib/reader/selectors.ts): every alternative dated, stable
 * hooks only, one name per entry across its groups; and the lookup `npm run explain` uses to say
 * which alternative a read went through.
 */
import { describe, expect, test } from 'vitest';
import { matchedAlternative, matchedAlternatives, REGISTRY } from '../../lib/reader/matched-alternative';
import { COMPOSER, LIST, PAGE, TOP_CARD } from '../../lib/reader/selectors';

const ALTERNATIVES = Object.entries(REGISTRY).flatMap(([entry, alternatives]) =>
  alternatives.map((alternative, index) => ({ entry, index, ...alternative })),
);

describe('the selector registry', () => {
  test('names each entry once across its groups', () => {
    const names = [PAGE, TOP_CARD, COMPOSER, LIST].flatMap((group) => Object.keys(group));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(REGISTRY)).toHaveLength(names.length);
  });

  test.each(ALTERNATIVES)('$entry#$index says when its markup was seen', ({ seen }) => {
    expect(seen).toMatch(/\b20\d\d-(?:0[1-9]|1[0-2])\b/);
  });

  test.each(ALTERNATIVES)('$entry#$index says in which language it matches words, if it does', ({ css, words }) => {
    // A label compared with words ("Message ", "More actions"), not a hashtag (#OPEN_TO_WORK, the same everywhere):
    // on a page in another language its absence proves nothing, and the reader must know that.
    const matchesWords = /\[(?:aria-label|title|alt)[\^$*|~]?="(?!#)[^"]*\p{L}/u.test(css);
    expect(words !== undefined, css).toBe(matchesWords);
  });

  test.each(ALTERNATIVES)('$entry#$index uses no hashed class', ({ css }) => {
    // LinkedIn's build hashes (`_8d5be5b1`) change with every release.
    expect(css).not.toMatch(/\._[0-9a-f]{6,}|class[*^$]?="_/);
  });
});

describe('matchedAlternative', () => {
  test('finds the alternative an evidence string names, with or without a prefix', () => {
    expect(matchedAlternative('more#1')).toEqual({
      evidence: 'more#1',
      entry: 'more',
      index: 1,
      of: TOP_CARD.more.length,
      css: TOP_CARD.more[1].css,
      seen: TOP_CARD.more[1].seen,
    });
    expect(matchedAlternative('not-mutual:followedByLink#0')).toMatchObject({ entry: 'followedByLink', index: 0 });
    expect(matchedAlternative('topCard#2')).toMatchObject({
      entry: 'topCard',
      seen: expect.stringMatching(/^2025-12/),
    });
  });

  test.each(['absent:pending', 'html[lang]', 'inferred:menu-closed', 'topCard#9', 'constructor#0', 'reader-error', ''])(
    'names nothing for %j',
    (evidence) => {
      expect(matchedAlternative(evidence)).toBeNull();
    },
  );

  test('lists each alternative once, in the order first named', () => {
    const list = matchedAlternatives(['countText#0', 'absent:verified', 'message#0', 'countText#0']);
    expect(list.map((m) => m.evidence)).toEqual(['countText#0', 'message#0']);
  });
});
