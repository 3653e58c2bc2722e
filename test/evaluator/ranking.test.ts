/**
 * How causes are ranked (fast-check, over random signals and viewers): the root cause of a lock
 * comes before what follows from it, causes that depend on the same uncertainty move together,
 * and a claim LinkedIn does not confirm never reaches 50 %.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../lib/evaluator/evaluate';
import { CAUSE_RULES, FOLLOWER_CEILING, ROOT_FLOOR } from '../../lib/evaluator/rulebook';
import type { ProfileSignals } from '../../lib/signals';
import { signalsArb, viewerArb } from './arbitraries';

const RUNS = { numRuns: 2000 };
const roleOf = new Map(CAUSE_RULES.map((rule) => [rule.id, rule.lock ?? null]));
const lockCauses = (signals: ProfileSignals, viewer: Parameters<typeof evaluate>[1]) =>
  evaluate(signals, viewer).causes.filter((cause) => roleOf.get(cause.id));

/** The same page with a free route seen or not: a Premium badge, a shared group. */
function withFreeRoute(signals: ProfileSignals, route: 'premium' | 'group', on: boolean): ProfileSignals {
  const copy = structuredClone(signals);
  if (route === 'premium') copy.premiumBadge = { value: on, evidence: ['prop'] };
  else {
    const others = (copy.highlights.value ?? []).filter((h) => h !== 'shared-group');
    copy.highlights = { value: on ? [...others, 'shared-group'] : others, evidence: ['prop'] };
  }
  return copy;
}

describe('ranking causes', () => {
  test('the constants keep every root above every follower', () => {
    expect(ROOT_FLOOR).toBeGreaterThan(FOLLOWER_CEILING);
  });

  test('the root cause of a lock (pending, not connected, out of network) comes before what follows from it', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        const roles = lockCauses(signals, viewer).map((cause) => roleOf.get(cause.id));
        const lastRoot = roles.lastIndexOf('root');
        const firstFollower = roles.indexOf('follower');
        if (lastRoot >= 0 && firstFollower >= 0) expect(lastRoot).toBeLessThan(firstFollower);
      }),
      RUNS,
    );
  });

  test('a free route seen (Premium badge, shared group) weakens every lock cause equally: their order and top stay', () => {
    fc.assert(
      fc.property(
        signalsArb,
        viewerArb,
        fc.constantFrom('premium' as const, 'group' as const),
        (signals, viewer, route) => {
          const other = route === 'premium' ? 'group' : 'premium';
          const base = withFreeRoute(signals, other, false);
          const without = lockCauses(withFreeRoute(base, route, false), viewer);
          const withRoute = lockCauses(withFreeRoute(base, route, true), viewer);
          expect(withRoute.map((c) => c.id)).toEqual(without.map((c) => c.id));
          // One factor for all of them: every ratio equals the first one's, and none is above 1.
          const ratios = withRoute.map((cause, index) => cause.confidence / (without[index]?.confidence ?? Number.NaN));
          for (const ratio of ratios) {
            expect(ratio).toBeLessThanOrEqual(1);
            expect(ratio).toBeCloseTo(ratios[0] ?? 1, 9);
          }
        },
      ),
      RUNS,
    );
  });

  test('every cause at the community level stays below 50 %', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        for (const cause of evaluate(signals, viewer).causes) {
          if (cause.source === 'community') expect(cause.confidence).toBeLessThan(0.5);
        }
      }),
      RUNS,
    );
  });

  test('a free user on a 2nd-degree Premium member: "not connected" leads, not "InMail needs a paid plan"', () => {
    const signals = fc.sample(signalsArb, { numRuns: 1, seed: 7 })[0] as ProfileSignals;
    const page: ProfileSignals = {
      ...signals,
      degree: { value: '2nd', evidence: ['t'] },
      pending: { value: false, evidence: ['t'] },
      premiumBadge: { value: true, evidence: ['t'] },
      highlights: { value: [], evidence: ['t'] },
    };
    const verdict = evaluate(page, { plan: 'free' });
    const ids = verdict.causes.map((c) => c.id);
    expect(ids[0]).toBe('not-connected');
    expect(ids.indexOf('not-connected')).toBeLessThan(ids.indexOf('needs-premium-for-inmail'));
  });
});
