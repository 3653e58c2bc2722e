/**
 * How causes are ranked (fast-check, over random signals and viewers): the root cause of a lock
 * comes before what follows from it, causes that depend on the same uncertainty move together,
 * a claim LinkedIn does not confirm (or a number LockLens chose) never reaches 50 %, and a claim
 * LinkedIn contradicts is never a cause.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../lib/evaluator/evaluate';
import { CAUSE_RULES, FOLLOWER_CEILING, ROOT_FLOOR } from '../../lib/evaluator/rulebook';
import type { ViewerContext } from '../../lib/evaluator/types';
import type { ProfileSignals } from '../../lib/signals';
import { signalsFrom } from '../helpers/signals';
import { signalsArb, viewerArb } from './arbitraries';

const RUNS = { numRuns: 2000 };
const roleOf = new Map(CAUSE_RULES.map((rule) => [rule.id, rule.lock ?? null]));
const lockCauses = (signals: ProfileSignals, viewer: Parameters<typeof evaluate>[1]) =>
  evaluate(signals, viewer).causes.filter((cause) => roleOf.get(cause.id));

/** The free routes that lower the lock: the page shows them for certain enough. */
const ROUTES = ['premium', 'group', 'invitation'] as const;
type Route = (typeof ROUTES)[number];

/** The same page and viewer with a free route seen or not: a Premium badge, a shared group, their invitation. */
function withFreeRoute(
  [signals, viewer]: [ProfileSignals, ViewerContext],
  route: Route,
  on: boolean,
): [ProfileSignals, ViewerContext] {
  const copy = structuredClone(signals);
  if (route === 'premium') copy.premiumBadge = { value: on, evidence: ['prop'] };
  if (route === 'invitation') copy.incomingInvitation = { value: on, evidence: ['prop'] };
  if (route === 'group') {
    const others = (copy.highlights.value ?? []).filter((h) => h !== 'shared-group');
    copy.highlights = { value: on ? [...others, 'shared-group'] : others, evidence: ['prop'] };
  }
  return [copy, viewer];
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

  test('any free route seen weakens every lock cause equally: their order and top stay', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, fc.constantFrom(...ROUTES), (signals, viewer, route) => {
        let base: [ProfileSignals, ViewerContext] = [signals, viewer];
        for (const other of ROUTES) if (other !== route) base = withFreeRoute(base, other, false);
        const without = lockCauses(...withFreeRoute(base, route, false));
        const withRoute = lockCauses(...withFreeRoute(base, route, true));
        expect(withRoute.map((c) => c.id)).toEqual(without.map((c) => c.id));
        // One factor for all of them: every ratio equals the first one's, and none is above 1.
        const ratios = withRoute.map((cause, index) => cause.confidence / (without[index]?.confidence ?? Number.NaN));
        for (const ratio of ratios) {
          expect(ratio).toBeLessThanOrEqual(1);
          expect(ratio).toBeCloseTo(ratios[0] ?? 1, 9);
        }
      }),
      RUNS,
    );
  });

  test('the top cause never changes when only a free route changes, whatever else is true', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, fc.constantFrom(...ROUTES), (signals, viewer, route) => {
        let base: [ProfileSignals, ViewerContext] = [signals, viewer];
        for (const other of ROUTES) if (other !== route) base = withFreeRoute(base, other, false);
        const top = (on: boolean) => evaluate(...withFreeRoute(base, route, on)).causes[0]?.id;
        expect(top(true)).toBe(top(false));
      }),
      RUNS,
    );
  });

  test('a shared company (modelled markup) and the user’s own past messages add steps, but do not lower the lock', () => {
    const page = signalsFrom({ degree: '2nd', connect: 'more-menu', highlights: ['shared-company'] });
    const plain = evaluate(signalsFrom({ degree: '2nd', connect: 'more-menu' }), { plan: 'free' });
    const withCompany = evaluate(page, { plan: 'free' });
    const withContact = evaluate(page, { plan: 'free', lastContact: { kind: 'inmail', at: 1 } });
    for (const verdict of [withCompany, withContact]) {
      expect(verdict.causes.find((c) => c.id === 'not-connected')?.confidence).toBe(
        plain.causes.find((c) => c.id === 'not-connected')?.confidence,
      );
    }
    expect(withCompany.nextSteps.map((s) => s.id)).toContain('message-request-coworker');
  });

  test('every cause at the community or LockLens-guideline level stays below 50 %', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        for (const cause of evaluate(signals, viewer).causes) {
          if (cause.source === 'community' || cause.source === 'lockLens-guideline') {
            expect(cause.confidence).toBeLessThan(0.5);
          }
        }
      }),
      RUNS,
    );
  });

  test('a claim LinkedIn contradicts is never a cause', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        for (const cause of evaluate(signals, viewer).causes) expect(cause.source).not.toBe('contradicted');
      }),
      RUNS,
    );
  });

  test('the unverified receive cap ranks below every other cause', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        const causes = evaluate(signals, viewer).causes;
        const cap = causes.find((cause) => cause.id === 'recipient-message-cap');
        if (cap)
          for (const cause of causes) if (cause !== cap) expect(cause.confidence).toBeGreaterThan(cap.confidence);
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
    // With this month's notes used up too, the lock's root still leads: notes are not why it is locked.
    const notesUsed = evaluate(page, { plan: 'free', noteQuotaPerMonth: 5, notesUsedThisMonth: 5 });
    expect(notesUsed.causes[0]?.id).toBe('not-connected');
  });
});
