/**
 * Invariants over random signal combinations and viewer contexts (fast-check): the evaluator
 * never throws, always offers a step, never suggests what the user cannot do, and is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../lib/evaluator/evaluate';
import { CAUSE_RULES } from '../../lib/evaluator/rulebook';
import { signalsArb, viewerArb } from './arbitraries';

const CONNECT_STEPS = ['connect-with-note', 'connect-without-note', 'connect-from-more-menu'];
const RUNS = { numRuns: 2000 };

describe('evaluate, for any signals and viewer', () => {
  test('never throws, always offers at least one step, and keeps confidences in 0..1, most likely first', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        const verdict = evaluate(signals, viewer);
        expect(verdict.nextSteps.length).toBeGreaterThan(0);
        const confidences = verdict.causes.map((c) => c.confidence);
        for (const c of confidences) expect(c >= 0 && c <= 1).toBe(true);
        // The lock's root causes first, then the rest; each part most likely first.
        const roots = new Set(CAUSE_RULES.filter((rule) => rule.lock === 'root').map((rule) => rule.id));
        const isRoot = verdict.causes.map((c) => roots.has(c.id));
        expect(isRoot).toEqual([...isRoot].sort((a, b) => Number(b) - Number(a)));
        for (const part of [true, false]) {
          const own = verdict.causes.filter((c) => roots.has(c.id) === part).map((c) => c.confidence);
          expect(own).toEqual([...own].sort((a, b) => b - a));
        }
      }),
      RUNS,
    );
  });

  test('suggests nothing the user cannot do', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        const steps = evaluate(signals, viewer).nextSteps.map((s) => s.id);
        if (viewer.plan === 'free' || viewer.inmailCredits === 0) expect(steps).not.toContain('send-inmail');
        if (signals.pending.value === true || signals.connect.value !== 'primary') {
          expect(steps).not.toContain('connect-with-note');
          expect(steps).not.toContain('connect-without-note');
        }
        if (signals.pending.value === true || signals.connect.value === 'none' || signals.connect.value === null) {
          for (const id of CONNECT_STEPS) expect(steps).not.toContain(id);
        }
        const quota = viewer.noteQuotaPerMonth;
        const used = viewer.notesUsedThisMonth;
        if (typeof quota === 'number' && typeof used === 'number' && Number.isFinite(used) && used >= quota) {
          expect(steps).not.toContain('connect-with-note');
        }
        if (steps.includes('message-now')) expect(signals.degree.value).toBe('1st');
      }),
      RUNS,
    );
  });

  test('labels unconfirmed claims as community with low confidence, never as the top cause of a lock', () => {
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        const verdict = evaluate(signals, viewer);
        for (const id of [
          'recipient-message-cap',
          'sender-profile-incomplete',
          'sender-network-small',
          'recipient-requires-premium-sender',
        ]) {
          const cause = verdict.causes.find((c) => c.id === id);
          if (cause) {
            expect(cause.source).toBe('community');
            expect(cause.confidence).toBeLessThanOrEqual(0.3);
          }
        }
        if (verdict.messaging === 'locked') expect(verdict.causes[0]?.source).not.toBe('community');
      }),
      RUNS,
    );
  });

  test('orders steps free → credit → paid, and is deterministic', () => {
    const order = { free: 0, credit: 1, paid: 2 };
    fc.assert(
      fc.property(signalsArb, viewerArb, (signals, viewer) => {
        const first = evaluate(signals, viewer);
        const costs = first.nextSteps.map((s) => order[s.cost]);
        expect(costs).toEqual([...costs].sort((a, b) => a - b));
        expect(evaluate(structuredClone(signals), structuredClone(viewer))).toEqual(first);
      }),
      RUNS,
    );
  });
});
