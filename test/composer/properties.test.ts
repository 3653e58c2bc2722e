/**
 * Invariants of the composer checker (fast-check): it never throws on any string or context, it is
 * deterministic, its output is ordered and translatable, every English text is reachable, and it
 * stays pure. Its speed is printed, not asserted, since CI machines vary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkComposerText } from '../../lib/composer/check';
import { COMPOSER_EN } from '../../lib/composer/messages-en';
import { COMPOSER_KINDS, type ComposerContext, FINDING_IDS, type Finding, SEVERITIES } from '../../lib/composer/types';
import { PLANS } from '../../lib/evaluator/types';
import { formatMessage } from '../../lib/messages/format';

const BASE: ComposerContext = {
  kind: 'message',
  plan: 'free',
  recipient: { firstName: 'Anna', company: 'Acme', headlineWords: ['Data', 'Engineer'] },
  firstMessage: true,
  language: 'en',
  nearDuplicateCount: null,
  notesLeftThisMonth: null,
  invitesLeftThisWeek: null,
};

const RTL = fc.constantFrom(
  'مرحبا آنا، رأيت منشورك',
  'שלום אנה, ראיתי את הפוסט שלך',
  '\u202e\u200fevil.com\u202c',
  '\u0627\u0644\u0639\u0631\u0628\u064a\u0629 +971 50 123 4567',
);
const LONE_SURROGATE = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const TRICKY = fc.constantFrom(
  'Book a demo',
  'https://x.io',
  'www.',
  '+49 30 1234567',
  '2026-11-21',
  '.',
  '?',
  '\n',
  'İ',
  'ß',
  'e\u0301',
  '👩‍👩‍👧',
  '🇩🇪',
  'Anna',
);

/** Any string: every code point, graphemes, lone surrogates, right-to-left runs and tricky pieces. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.oneof(LONE_SURROGATE, RTL, TRICKY, fc.string({ unit: 'binary', maxLength: 3 })),
    maxLength: 60,
  }),
);

const count = fc.option(
  fc.oneof(
    fc.integer({ min: -5, max: 20 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5),
  ),
  { nil: null },
);

const contextArb: fc.Arbitrary<ComposerContext> = fc.record({
  kind: fc.constantFrom(...COMPOSER_KINDS),
  plan: fc.constantFrom(...PLANS),
  recipient: fc.record({
    firstName: fc.option(fc.oneof(fc.constantFrom('Anna', 'Zoë', 'Jean-Luc', 'O’Brien', ''), anyText), { nil: null }),
    company: fc.option(fc.oneof(fc.constantFrom('Acme GmbH', 'Inc', 'Deutsche Bank AG'), anyText), { nil: null }),
    headlineWords: fc.array(anyText, { maxLength: 12 }),
  }),
  firstMessage: fc.boolean(),
  language: fc.option(fc.constantFrom('en', 'de', 'fr', 'es', 'pt', 'pt-BR', 'ar', 'he', '', 'DE_at', '__proto__'), {
    nil: null,
  }),
  nearDuplicateCount: count,
  notesLeftThisMonth: count,
  invitesLeftThisWeek: count,
});

const RUNS = { numRuns: 1500 };

function assertWellFormed(findings: Finding[]) {
  const ids = findings.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity) * FINDING_IDS.length + FINDING_IDS.indexOf(f.id);
  const ranks = findings.map(rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const f of findings) {
    for (const ref of [f.reason, f.suggestion]) {
      expect(COMPOSER_EN[ref.key], `${ref.key} has an English text`).toBeTypeOf('string');
      expect(formatMessage(ref)).not.toMatch(/\{\w+\}/);
    }
  }
}

describe('checkComposerText, for any text and context', () => {
  test('never throws, and returns unique, ordered, translatable findings', () => {
    fc.assert(
      fc.property(anyText, contextArb, (text, ctx) => assertWellFormed(checkComposerText(text, ctx))),
      RUNS,
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(anyText, contextArb, (text, ctx) => {
        expect(checkComposerText(text, ctx)).toEqual(checkComposerText(text, structuredClone(ctx)));
      }),
      RUNS,
    );
  });

  test('never throws on a 100 KB paste', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, RTL, TRICKY).filter(Boolean), contextArb, (piece, ctx) => {
        const text = piece.repeat(Math.ceil(100_000 / piece.length));
        assertWellFormed(checkComposerText(text, ctx));
      }),
      { numRuns: 25 },
    );
  });

  test('quotes a promotional phrase exactly as typed, whatever surrounds it', () => {
    const phrase = fc.constantFrom('Book a Demo', 'FREE\ntrial', '100% free', 'Don’t  miss out', 'ｆｒｅｅ ｔｒｉａｌ');
    fc.assert(
      fc.property(anyText, phrase, anyText, contextArb, (before, typed, after, ctx) => {
        const quote = (text: string) =>
          checkComposerText(text, ctx).find((f) => f.id === 'promotional')?.reason.params?.phrase;
        const found = quote(`${before} ${typed} ${after}`);
        expect(typeof found).toBe('string');
        // Quoting maps folded text back to what was typed: the quote, checked alone, quotes itself.
        expect(quote(String(found))).toBe(found);
      }),
      RUNS,
    );
  });

  test.each([
    ['emoji', '😀👩‍👩‍👧🇩🇪'],
    ['right-to-left', 'مرحبا آنا، رأيت منشورك \u202e'],
    ['digits', '0123456789 '],
    ['letters without a space', 'a'],
    ['full stops', '.'],
    ['sales copy', 'Book a demo at www.example.com, call +1 555 123 4567! '],
    ['lone surrogates', '\ud800\udfff\udc00'],
  ])('a 100 KB paste of %s: a "too long" problem, nothing thrown', (_name, piece) => {
    const text = piece.repeat(Math.ceil(100_000 / piece.length));
    for (const kind of COMPOSER_KINDS) {
      const findings = checkComposerText(text, { ...BASE, kind });
      assertWellFormed(findings);
      expect(findings.find((f) => f.id === 'too-long')?.severity).toBe('problem');
    }
  });
});

test('every English text is reachable', () => {
  const used = new Set<string>();
  const collect = (text: string, ctx: Partial<ComposerContext>) => {
    for (const f of checkComposerText(text, { ...BASE, ...ctx })) {
      used.add(f.reason.key);
      used.add(f.suggestion.key);
    }
  };
  collect('Hope you are well. Book a demo at www.example.com or call +1 555 123 4567.', {
    kind: 'invitation-note',
    nearDuplicateCount: 1,
    notesLeftThisMonth: 1,
    invitesLeftThisWeek: 3,
  });
  collect('a'.repeat(201), { kind: 'invitation-note', nearDuplicateCount: 5 });
  collect('a'.repeat(190), { kind: 'invitation-note' });
  collect('a'.repeat(8001), { kind: 'message' });
  collect('a'.repeat(7500), { kind: 'message' });
  fc.assert(
    fc.property(anyText, contextArb, (text, ctx) => collect(text, ctx)),
    { numRuns: 300 },
  );
  expect([...used].sort()).toEqual(Object.keys(COMPOSER_EN).sort());
});

// Its limits come from the limits table (lib/pace/limits.ts, pure data too) and the user's settings.
test('lib/composer stays pure: no DOM, browser, storage or clock', () => {
  const dir = join(import.meta.dirname, '../../lib/composer');
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const [, spec] of source.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      expect(spec, `${file} imports ${spec}`).toMatch(
        /^\.\/[\w-]+$|^\.\.\/evaluator\/(types|claims)$|^\.\.\/pace\/(limits|types)$/,
      );
    }
    expect(source, file).not.toMatch(/\b(document|window|browser|chrome|localStorage|storage|Date|performance)\./);
  }
});

test('speed: 10,000 checks of a 2,000-character text (printed, not asserted)', () => {
  const sentence =
    'Hi Anna, I noticed your post about data contracts at Acme and wanted to ask how your team rolled them out. ';
  const text = Array.from(sentence.repeat(Math.ceil(2000 / sentence.length)))
    .slice(0, 2000)
    .join('');
  const ctx: ComposerContext = { ...BASE, kind: 'inmail-body', language: 'de', nearDuplicateCount: 2 };
  checkComposerText(text, ctx);
  const start = performance.now();
  for (let i = 0; i < 10_000; i++) checkComposerText(text, ctx);
  const ms = performance.now() - start;
  console.info(
    `composer check: 10,000 × 2,000 characters in ${ms.toFixed(0)} ms (${((ms / 10_000) * 1000).toFixed(1)} µs each)`,
  );
});
