/** Every message key the rulebook can produce has an English text, and every text is used. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { evaluate } from '../lib/evaluator/evaluate';
import { CAUSE_IDS, PLANS, SOURCE_LEVELS, STEP_IDS } from '../lib/evaluator/types';
import { EN } from '../lib/messages/en';
import { formatMessage } from '../lib/messages/format';
import { DEGREES } from '../lib/signals';
import { signalsFrom } from './helpers/signals';

const ROOT = join(import.meta.dirname, '..');

test('every key a verdict can carry has a text, and every text is reachable', () => {
  const used = new Set<string>();
  for (const id of CAUSE_IDS) used.add(`cause.${id}`);
  for (const id of STEP_IDS) used.add(`step.${id}`);
  for (const v of ['free', 'locked', 'unknown']) used.add(`messaging.${v}`);
  // A `contradicted` claim is never a cause (test/evaluator/ranking.test.ts): no text shows that level.
  for (const v of SOURCE_LEVELS.filter((level) => level !== 'contradicted')) used.add(`source.${v}`);
  for (const v of [...DEGREES, 'unknown']) used.add(`degree.${v}`);
  for (const v of PLANS) used.add(`plan.${v}`);
  used.add('ext.name');
  used.add('ext.description');
  fc.assert(
    fc.property(
      fc.constantFrom(...DEGREES, null),
      fc.constantFrom('primary', 'more-menu', 'none', null),
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom(...PLANS),
      fc.constantFrom(0, 3, null),
      fc.constantFrom(0, 5),
      fc.boolean(),
      fc.constantFrom('message' as const, 'inmail' as const, null),
      (degree, connect, pending, premiumBadge, followPrimary, plan, credits, notes, flag, contact) => {
        const verdict = evaluate(
          signalsFrom({
            degree,
            connect,
            pending,
            premiumBadge,
            followPrimary,
            mutualConnections: 2,
            highlights: flag ? ['shared-group'] : ['shared-company'],
            incomingInvitation: contact === 'inmail',
            photo: !flag,
            openToWork: flag,
            hiring: flag,
            activity: flag,
          }),
          {
            plan,
            inmailCredits: credits,
            notesUsedThisMonth: notes,
            noteQuotaPerMonth: flag ? null : 5,
            // Near the invitation limit, or only near the message pace.
            invitesLast7Days: flag ? 95 : 10,
            inviteLimit7Days: 100,
            messagesToday: 50,
            messagePacePerDay: 40,
            nearDuplicatesThisWeek: 4,
            profileCompleteness: 0.3,
            ownConnections: 10,
            lastContact: contact ? { kind: contact, at: 1 } : null,
            oldInvitations: 30,
          },
        );
        for (const cause of verdict.causes) {
          for (const e of cause.evidence) used.add(e.key);
          if (cause.basis) used.add(cause.basis.key);
        }
        for (const step of verdict.nextSteps) used.add(step.why.key);
      },
    ),
    { numRuns: 3000, seed: 42 },
  );
  // UI texts are used where the UI names them.
  const sources = ['components', 'lib']
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(ROOT, dir, f)),
    )
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  // Families of keys built from an id in a template literal, e.g. `ui.cost.${step.cost}`.
  const families = [
    'ui.unreadable.',
    'ui.cost.',
    'ui.kind.',
    'ui.limit.',
    'ui.options.toggle.',
    'ui.contact.',
    'ui.problems.',
    'ui.own-profile.missing.',
    'ui.own-profile.part.',
  ];
  for (const key of Object.keys(EN).filter((k) => k.startsWith('saved.'))) {
    if (sources.includes(`'${key}'`)) used.add(key);
  }
  for (const key of Object.keys(EN).filter((k) => k.startsWith('ui.'))) {
    const family = families.find((prefix) => key.startsWith(prefix));
    if (sources.includes(`'${key}'`) || (family && sources.includes(`\`${family}\${`))) used.add(key);
  }
  // The composer's texts are checked for reachability by test/composer/properties.test.ts.
  for (const key of Object.keys(EN).filter((k) => k.startsWith('composer.'))) used.add(key);
  const missing = [...used].filter((key) => !(key in EN));
  expect(missing, 'keys without an English text in lib/messages/en.ts').toEqual([]);
  const unused = Object.keys(EN).filter((key) => !used.has(key));
  expect(unused, 'texts no verdict uses: remove them or the rule that lost them').toEqual([]);
});

test('substitutes parameters and translates ids inside them', () => {
  expect(formatMessage({ key: 'evidence.degree', params: { degree: '3rd' } })).toBe('they are 3rd-degree');
  expect(formatMessage({ key: 'evidence.plan', params: { plan: 'premium-career' } })).toBe(
    'your plan is Premium Career',
  );
  expect(formatMessage({ key: 'step.send-inmail.why', params: { credits: 4 } })).toContain('credits left: 4');
  expect(formatMessage({ key: 'no.such.key' })).toBe('no.such.key');
});

test('plural forms follow each language’s rule', async () => {
  const { choosePlural } = await import('../lib/messages/format');
  expect(choosePlural('{count} day | {count} days', 1, 'en')).toBe('{count} day');
  expect(choosePlural('{count} day | {count} days', 0, 'en')).toBe('{count} days');
  expect(choosePlural('{count} jour | {count} jours', 0, 'fr')).toBe('{count} jour');
  expect(choosePlural('{count} Tag | {count} Tage', 2, 'de')).toBe('{count} Tage');
  expect(choosePlural('no forms here', 1, 'en')).toBe('no forms here');
  expect(formatMessage({ key: 'ui.composer.count', params: { count: 1 } })).toBe('1 suggestion');
  expect(formatMessage({ key: 'ui.composer.count', params: { count: 3 } })).toBe('3 suggestions');
});
