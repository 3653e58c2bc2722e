/**
 * The claims table (lib/evaluator/claims.ts) is the product's own record of what it tells the
 * user: every cause, step and limit rests on a claim; every claim has a source fit for its level;
 * the texts that state a claim exist and say no more than its level allows.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CLAIM_RECORDS, CLAIMS, type ClaimId, type ClaimRecord, type ClaimSource } from '../lib/evaluator/claims';
import { evaluate } from '../lib/evaluator/evaluate';
import { deriveFacts } from '../lib/evaluator/facts';
import { CAUSE_RULES, claimOf, STEP_RULES } from '../lib/evaluator/rulebook';
import { PLANS } from '../lib/evaluator/types';
import { EN } from '../lib/messages/en';
import { effectiveLimit, LIMITS } from '../lib/pace/limits';
import { signalsArb, viewerArb } from './evaluator/arbitraries';

type Claim = ClaimSource & ClaimRecord;
const ENTRIES = (Object.keys(CLAIMS) as ClaimId[]).map((id): [ClaimId, Claim] => [
  id,
  { ...CLAIMS[id], ...CLAIM_RECORDS[id] },
]);
const RUNS = { numRuns: 1500 };

/** Keys stated only by claims LinkedIn does not make: they must not read as LinkedIn's rule. */
const UNCONFIRMED_LEVELS = new Set(['community', 'lockLens-guideline', 'contradicted']);
/** Saying that LinkedIn does not publish something is honest; only these assertive forms are not. */
const NEGATIONS = /not a LinkedIn rule|LinkedIn does not \w+|LinkedIn publishes no \w+|LinkedIn does not confirm/gi;
const RULE_WORDING =
  /\bLinkedIn(?:['’]s)?\s+(?:own\s+)?(?:rules?|limits?|lets|allows|blocks|restricts|requires|caps|enforces|only)\b/i;

const claimsStating = (key: string) => ENTRIES.filter(([, claim]) => claim.keys.includes(key));

describe('the claims table', () => {
  test('every claim has its record, and every record a claim', () => {
    expect(Object.keys(CLAIM_RECORDS).sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  test.each(ENTRIES)('%s has a source fit for its level and a date', (_id, claim) => {
    expect(claim.checked).toMatch(/^20\d\d-(0[1-9]|1[0-2])(-\d\d)?$/);
    expect(claim.keys.length).toBeGreaterThan(0);
    switch (claim.level) {
      case 'official':
      case 'contradicted':
        // LinkedIn's own help says it (or says the opposite).
        expect(claim.help?.trim()).toBeTruthy();
        break;
      case 'lockLens-guideline':
        expect(claim.note?.trim()).toBeTruthy();
        break;
      default:
        expect((claim.web ?? claim.note ?? '').trim()).toBeTruthy();
    }
  });

  test.each(ENTRIES)('%s is stated by texts that exist', (_id, claim) => {
    for (const key of claim.keys) expect(EN[key], key).toBeTypeOf('string');
  });

  test('no text stated only by an unconfirmed claim is worded as LinkedIn’s rule', () => {
    const keys = new Set(ENTRIES.flatMap(([, claim]) => claim.keys));
    const checked: string[] = [];
    for (const key of keys) {
      if (!claimsStating(key).every(([, claim]) => UNCONFIRMED_LEVELS.has(claim.level))) continue;
      checked.push(key);
      expect(EN[key]?.replace(NEGATIONS, ''), key).not.toMatch(RULE_WORDING);
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  test('the wording check catches a community claim stated as a rule', () => {
    expect('LinkedIn limits you to 100 invitations a week.'.replace(NEGATIONS, '')).toMatch(RULE_WORDING);
    expect('LinkedIn’s limit is 40 messages a day.'.replace(NEGATIONS, '')).toMatch(RULE_WORDING);
    expect('LockLens’s own guideline, not a LinkedIn rule'.replace(NEGATIONS, '')).not.toMatch(RULE_WORDING);
  });

  test('every cause text, step explanation and limit label rests on a claim', () => {
    const stated = new Set(ENTRIES.flatMap(([, claim]) => claim.keys));
    const texts = Object.keys(EN).filter(
      (key) => key.startsWith('cause.') || /^step\.[\w-]+\.why/.test(key) || key.startsWith('ui.limit.'),
    );
    expect(texts.filter((key) => !stated.has(key))).toEqual([]);
  });
});

describe('rules and limits name their claims', () => {
  test('a cause rule’s claim states the cause, and none is contradicted', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        const facts = deriveFacts(signals, viewer);
        for (const rule of CAUSE_RULES) {
          const id = claimOf(rule, facts);
          expect(CLAIM_RECORDS[id].keys, rule.id).toContain(`cause.${rule.id}`);
          expect(CLAIMS[id].level).not.toBe('contradicted');
        }
      }),
      RUNS,
    );
  });

  test('a step’s claim states the explanation the step gives', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        const facts = deriveFacts(signals, viewer);
        for (const rule of STEP_RULES) {
          if (!rule.when(facts)) continue;
          expect(CLAIM_RECORDS[claimOf(rule, facts)].keys, rule.id).toContain(rule.why(facts).key);
        }
      }),
      RUNS,
    );
  });

  test('a verdict’s causes carry their claim’s level, and its source where one can be named', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        for (const cause of evaluate(signals, viewer).causes) {
          if (cause.source === 'official') expect(cause.basis?.key).toBe('basis.help');
          if (cause.basis) expect(EN[cause.basis.key]).toBeTypeOf('string');
        }
      }),
      RUNS,
    );
  });

  test.each(LIMITS.map((limit) => [limit.id, limit] as const))('limit %s rests on a claim that states it', (id) => {
    for (const plan of PLANS) {
      const limit = effectiveLimit(id, plan);
      expect(limit.claim).not.toBeNull();
      const claim = limit.claim as ClaimId;
      expect(CLAIM_RECORDS[claim].keys).toContain(`ui.limit.${id}`);
      expect(limit.source).toBe(CLAIMS[claim].level);
    }
  });

  test('a limit calibrated by LinkedIn’s alert rests on that observation; the user’s own, on none', () => {
    expect(effectiveLimit('invites-per-week', 'free', {}, 80)).toMatchObject({
      source: 'observed',
      claim: 'weekly-invite-calibrated',
    });
    expect(effectiveLimit('invites-per-week', 'free', { 'invites-per-week': 50 })).toMatchObject({
      source: 'user',
      claim: null,
    });
  });
});
