/** Fingerprints: small, salted, deterministic; near-duplicates found, unrelated texts not; never throws. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  fingerprint,
  NEAR_DUPLICATE_THRESHOLD,
  nearDuplicates,
  repeatedSends,
  SKETCH_SIZE,
  similarity,
  words,
} from '../../lib/pace/fingerprint';

const SALT = 'test-salt';

const TEMPLATE =
  'Hi Anna, I came across your profile while researching product teams in Berlin and was impressed by your work ' +
  'on the payments platform. I am building a small tool for recruiters and would love to hear how your team ' +
  'handles outreach. Would you be open to a short call next week? Best regards, Sam';

/** A long text of distinct words (no repeated shingles). */
const longText = (count: number, prefix = 'w') => Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(' ');

describe('words', () => {
  test.each([
    ['Hello, World!', ['hello', 'world']],
    ['  spaces\t\n and\u00a0tabs  ', ['spaces', 'and', 'tabs']],
    ['ＨＥＬＬＯ ｗｏｒｌｄ', ['hello', 'world']], // NFKC folds full-width letters
    ['ﬁne', ['fine']], // NFKC unfolds ligatures
    ['Great 👍🏽 thanks!!!', ['great', 'thanks']],
    ['—…', []],
    ['مرحبا بك، كيف حالك؟', ['مرحبا', 'بك', 'كيف', 'حالك']],
    ['你好世界', ['你', '好', '世', '界']],
  ])('%j → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('fingerprint', () => {
  test('sorted, distinct, 8 hex digits each, at most 64', () => {
    const short = fingerprint(TEMPLATE, SALT);
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThanOrEqual(SKETCH_SIZE);
    expect([...short].sort()).toEqual(short);
    expect(new Set(short).size).toBe(short.length);
    for (const hash of short) expect(hash).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(longText(1000), SALT)).toHaveLength(SKETCH_SIZE);
  });

  test('3-shingles: n words give n - 2 hashes; under 3 words, one per word', () => {
    expect(fingerprint('one two three four five', SALT)).toHaveLength(3);
    expect(fingerprint('one two', SALT)).toHaveLength(2);
    expect(fingerprint('one', SALT)).toHaveLength(1);
    expect(fingerprint('', SALT)).toEqual([]);
    expect(fingerprint('!!! 🙂', SALT)).toEqual([]);
  });

  test('deterministic, and salted: another install hashes differently', () => {
    expect(fingerprint(TEMPLATE, SALT)).toEqual(fingerprint(TEMPLATE, SALT));
    const other = fingerprint(TEMPLATE, 'other-salt');
    expect(similarity(fingerprint(TEMPLATE, SALT), other)).toBe(0);
  });

  test('case, punctuation and spacing do not matter', () => {
    const a = fingerprint(TEMPLATE, SALT);
    const b = fingerprint(TEMPLATE.toUpperCase().replaceAll(',', ' ;').replaceAll(' ', '   '), SALT);
    expect(b).toEqual(a);
  });

  test('never throws, whatever the string, and stays deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string(), (text, salt) => {
        const once = fingerprint(text, salt);
        expect(once.length).toBeLessThanOrEqual(SKETCH_SIZE);
        expect(fingerprint(text, salt)).toEqual(once);
      }),
    );
  });

  test.each([
    ['100 KB of words', 'lorem ipsum dolor sit amet '.repeat(3800)],
    ['100 KB without a space', 'x'.repeat(100_000)],
    ['100 KB of emoji', '👩🏽‍💻'.repeat(14_000)],
    ['lone surrogates', '\ud800 abc \udfff def \ud83d'],
    ['right-to-left with marks', '\u202eשלום עולם\u202c שלום'],
    ['control characters', '\u0000\u0001\u0007 hello \u001b[31m red'],
  ])('%s: no throw', (_name, text) => {
    expect(() => fingerprint(text, SALT)).not.toThrow();
    expect(fingerprint(text, SALT).length).toBeLessThanOrEqual(SKETCH_SIZE);
  });
});

describe('similarity', () => {
  const base = fingerprint(TEMPLATE, SALT);

  test.each([
    ['another first name', TEMPLATE.replace('Anna', 'Benedikt')],
    ['another name and city', TEMPLATE.replace('Anna', 'Ben').replace('Berlin', 'Munich')],
    ['a dropped sign-off', TEMPLATE.replace(' Best regards, Sam', '')],
    ['a typo', TEMPLATE.replace('impressed', 'impresed')],
    ['an added sentence', `${TEMPLATE} PS: congratulations on the launch!`],
  ])('near-duplicate: %s', (_name, edited) => {
    expect(similarity(base, fingerprint(edited, SALT))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  test.each([
    ['another message', 'Thanks for connecting! Looking forward to reading your posts about distributed systems.'],
    ['a reply', 'Sure, Tuesday works for me. Send me an invite?'],
    ['the same words, reordered', TEMPLATE.split(' ').reverse().join(' ')],
  ])('unrelated: %s', (_name, other) => {
    expect(similarity(base, fingerprint(other, SALT))).toBeLessThan(0.2);
  });

  test('long texts (sketch truncated): a small edit stays near, a rewrite does not', () => {
    const long = longText(600);
    const edited = long.replace('w300 ', 'changed ').replace('w10 ', 'other ');
    expect(similarity(fingerprint(long, SALT), fingerprint(edited, SALT))).toBeGreaterThan(0.8);
    expect(similarity(fingerprint(long, SALT), fingerprint(longText(600, 'v'), SALT))).toBe(0);
    // Half the shingles shared: the estimate lands near the true Jaccard index (≈ 1/3).
    const half = `${longText(300)} ${longText(300, 'z')}`;
    const estimate = similarity(fingerprint(long, SALT), fingerprint(half, SALT));
    expect(estimate).toBeGreaterThan(0.15);
    expect(estimate).toBeLessThan(0.55);
  });

  test('exact Jaccard index for short texts', () => {
    // 5 words → 3 shingles each; 2 shared of 4 distinct.
    expect(similarity(fingerprint('a b c d e', SALT), fingerprint('a b c d x', SALT))).toBeCloseTo(2 / 4);
  });

  test('empty fingerprints are alike to nothing', () => {
    expect(similarity([], [])).toBe(0);
    expect(similarity(base, [])).toBe(0);
  });

  test('properties: within 0..1, symmetric, 1 with itself, order and repeats ignored', () => {
    const sketch = fc.array(fc.constantFrom('00', '01', '02', '03', '04', '05', '06', '07', '08', '09'), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(sketch, sketch, (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBe(s);
        expect(similarity([...a].reverse().concat(a), b)).toBe(s);
        if (a.length > 0) expect(similarity(a, a)).toBe(1);
      }),
    );
  });

  test('properties on real texts: symmetric and 1 with itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (x, y) => {
        const a = fingerprint(x, SALT);
        const b = fingerprint(y, SALT);
        expect(similarity(a, b)).toBe(similarity(b, a));
        if (a.length > 0) expect(similarity(a, a)).toBe(1);
      }),
    );
  });
});

describe('nearDuplicates and repeatedSends', () => {
  const t0 = Date.parse('2026-05-01T09:00:00Z');
  const send = (id: string, minutes: number, text: string) => ({
    id,
    at: t0 + minutes * 60_000,
    fingerprint: fingerprint(text, SALT),
  });
  const events = [
    send('a', 0, TEMPLATE),
    send('b', 10, TEMPLATE.replace('Anna', 'Ben')),
    send('c', 20, 'Thanks for connecting! Looking forward to reading your posts about distributed systems.'),
    { id: 'd', at: t0 + 30 * 60_000 }, // an invitation without a note: nothing to compare
    send('e', 40, TEMPLATE.replace('Anna', 'Carla')),
  ];

  test('counts earlier sends in the range that are near-duplicates of the candidate', () => {
    const candidate = fingerprint(TEMPLATE.replace('Anna', 'Dana'), SALT);
    expect(nearDuplicates(events, candidate, { since: t0 })).toBe(3);
    expect(nearDuplicates(events, candidate, { since: t0 + 5 * 60_000 })).toBe(2);
    expect(nearDuplicates(events, candidate, { since: t0, before: t0 + 40 * 60_000 })).toBe(2);
    expect(nearDuplicates(events, candidate, { since: t0, threshold: 1 })).toBe(0);
    expect(nearDuplicates(events, [], { since: t0 })).toBe(0);
    expect(nearDuplicates(events, fingerprint('Sure, Tuesday works for me.', SALT), { since: t0 })).toBe(0);
  });

  test('repeated sends: each copy after the first counts once, in any input order', () => {
    expect(repeatedSends(events, { since: t0 })).toBe(2);
    expect(repeatedSends([...events].reverse(), { since: t0 })).toBe(2);
    expect(repeatedSends(events, { since: t0 + 5 * 60_000 })).toBe(1);
    const copies = Array.from({ length: 5 }, (_, i) => send(`x${i}`, 0, TEMPLATE));
    expect(repeatedSends(copies, { since: t0 })).toBe(4);
    expect(repeatedSends([], { since: t0 })).toBe(0);
  });

  test('repeated sends agree with comparing every pair, on random mixes of near-copies and other texts', () => {
    const sentences = [
      TEMPLATE,
      'Thanks for connecting! Looking forward to reading your posts about distributed systems.',
      'Congratulations on the new role at the studio, well deserved and exciting news for the team.',
    ];
    const names = ['Anna', 'Ben', 'Carla', 'Dev', 'Eli'];
    const text = fc
      .tuple(fc.nat(sentences.length - 1), fc.constantFrom(...names), fc.boolean())
      .map(([i, name, extra]) => `${(sentences[i] ?? '').replaceAll('Anna', name)}${extra ? ' Cheers!' : ''}`);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 25 }), (texts) => {
        const sends = texts.map((t, i) => send(`s${i}`, i, t));
        const bruteForce = sends.filter((s, i) =>
          sends
            .slice(0, i)
            .some((earlier) => similarity(s.fingerprint, earlier.fingerprint) >= NEAR_DUPLICATE_THRESHOLD),
        ).length;
        expect(repeatedSends(sends, { since: t0 })).toBe(bruteForce);
      }),
      { numRuns: 60 },
    );
  });
});
