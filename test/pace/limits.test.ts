/** The limits table: every plan has a value (or an explicit null) and a source for every limit. */
import { describe, expect, test } from 'vitest';
import { PLANS, type Plan, SOURCE_LEVELS } from '../../lib/evaluator/types';
import { effectiveLimit, LIMITS, limitDefinition } from '../../lib/pace/limits';
import { LIMIT_IDS, type LimitId } from '../../lib/pace/types';

const PAID = PLANS.filter((plan) => plan !== 'free');
const GRID = PLANS.flatMap((plan) => LIMIT_IDS.map((id) => [plan, id] as [Plan, LimitId]));

describe('LIMITS', () => {
  test('one definition per limit id, in order', () => {
    expect(LIMITS.map((limit) => limit.id)).toEqual([...LIMIT_IDS]);
  });

  test.each(GRID)('%s × %s: a non-negative whole number or null, and a source', (plan, id) => {
    const limit = limitDefinition(id);
    const value = limit.value(plan);
    if (value !== null) {
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
    expect(SOURCE_LEVELS).toContain(limit.source(plan));
    // A number LinkedIn contradicts is no limit.
    expect(limit.source(plan)).not.toBe('contradicted');
  });

  test('notes per month: 5 on free, officially; no such quota on paid plans', () => {
    const notes = limitDefinition('notes-per-month');
    expect(notes.value('free')).toBe(5);
    expect(notes.source('free')).toBe('official');
    for (const plan of PAID) expect(notes.value(plan)).toBeNull();
  });

  test('weekly invitations: the same community estimate, 100, on every plan (help a550555: none can buy more)', () => {
    const invites = limitDefinition('invites-per-week');
    for (const plan of PLANS) expect(invites.value(plan)).toBe(100);
    for (const plan of PLANS) expect(invites.source(plan)).toBe('community');
  });

  test('note length: 200 free, 300 paid, observed', () => {
    const length = limitDefinition('note-length');
    expect(length.value('free')).toBe(200);
    for (const plan of PAID) expect(length.value(plan)).toBe(300);
    for (const plan of PLANS) expect(length.source(plan)).toBe('observed');
  });

  test('InMail credits per plan (help 75, 57013); corporate Recruiter per contract', () => {
    const credits = limitDefinition('inmail-credits-per-month');
    expect(PLANS.map((plan) => credits.value(plan))).toEqual([0, 5, 15, 50, 30, null]);
    for (const plan of PLANS) expect(credits.source(plan)).toBe('official');
  });

  test('the message pace is a guideline, not a LinkedIn rule', () => {
    const pace = limitDefinition('messages-per-day');
    expect(pace.guideline).toBe(true);
    expect(pace.source('free')).toBe('lockLens-guideline');
    expect(pace.value('free')).toBeGreaterThan(0);
    for (const limit of LIMITS) if (limit.id !== 'messages-per-day') expect(limit.guideline).toBeFalsy();
  });

  test('the table cannot be changed at run time', () => {
    expect(Object.isFrozen(LIMITS)).toBe(true);
  });
});

describe('effectiveLimit', () => {
  test('the plan default, with its source', () => {
    expect(effectiveLimit('notes-per-month', 'free')).toEqual({
      value: 5,
      source: 'official',
      claim: 'notes-per-month',
      default: 5,
    });
    expect(effectiveLimit('notes-per-month', 'premium-career')).toEqual({
      value: null,
      source: 'official',
      claim: 'notes-per-month',
      default: null,
    });
    expect(effectiveLimit('invites-per-week', 'free')).toEqual({
      value: 100,
      source: 'community',
      claim: 'weekly-invite-estimate',
      default: 100,
    });
  });

  test('a user override wins and is labelled user', () => {
    expect(effectiveLimit('invites-per-week', 'free', { 'invites-per-week': 60 }, 80)).toEqual({
      value: 60,
      source: 'user',
      claim: null,
      default: 100,
    });
    expect(effectiveLimit('inmail-credits-per-month', 'recruiter', { 'inmail-credits-per-month': 100 })).toEqual({
      value: 100,
      source: 'user',
      claim: null,
      default: null,
    });
    expect(effectiveLimit('messages-per-day', 'free', { 'messages-per-day': 0 }).value).toBe(0);
  });

  test('a calibrated invitation limit wins over the default, as observed', () => {
    expect(effectiveLimit('invites-per-week', 'premium-career', {}, 137)).toEqual({
      value: 137,
      source: 'observed',
      claim: 'weekly-invite-calibrated',
      default: 100,
    });
    // It only concerns invitations.
    expect(effectiveLimit('messages-per-day', 'free', undefined, 137).source).toBe('lockLens-guideline');
  });

  test.each([Number.NaN, -1, Number.POSITIVE_INFINITY])('an unusable override (%s) is ignored', (bad) => {
    expect(effectiveLimit('invites-per-week', 'free', { 'invites-per-week': bad })).toEqual({
      value: 100,
      source: 'community',
      claim: 'weekly-invite-estimate',
      default: 100,
    });
  });

  test.each([null, 0, -5, Number.NaN])('an unusable calibration (%s) is ignored', (bad) => {
    expect(effectiveLimit('invites-per-week', 'free', undefined, bad).source).toBe('community');
  });
});
