/**
 * The evaluator: (signals, viewer) → verdict. Pure and deterministic: it walks the rulebook and
 * imports nothing from the DOM, the browser or storage (test/evaluator/purity.test.ts checks).
 */
import type { ProfileSignals } from '../signals';
import { basisOf, claimLevel } from './claims';
import { deriveFacts } from './facts';
import { messagingFrom } from './messaging';
import { CAUSE_RULES, claimOf, STEP_RULES } from './rulebook';
import type { Cause, NextStep, StepCost, Verdict, ViewerContext } from './types';

const COST_ORDER: Record<StepCost, number> = { free: 0, credit: 1, paid: 2 };
const ROOTS: ReadonlySet<string> = new Set(CAUSE_RULES.filter((rule) => rule.lock === 'root').map((rule) => rule.id));

export function evaluate(signals: ProfileSignals, viewer: ViewerContext): Verdict {
  const facts = deriveFacts(signals, viewer);
  const causes: Cause[] = [];
  for (const rule of CAUSE_RULES) {
    const confidence = rule.when(facts);
    if (confidence === null) continue;
    const claim = claimOf(rule, facts);
    const basis = basisOf(claim);
    causes.push({
      id: rule.id,
      confidence,
      evidence: rule.evidence(facts),
      source: claimLevel(claim),
      ...(basis ? { basis } : {}),
    });
  }
  // The root causes of a lock (pending, not connected, out of network) come first, then the rest
  // by confidence: a visible free route lowers the roots, but a limit on inviting (say) is still
  // not why messaging is locked. The sort is stable: equal places keep the rulebook's order.
  causes.sort((a, b) => Number(ROOTS.has(b.id)) - Number(ROOTS.has(a.id)) || b.confidence - a.confidence);

  const nextSteps: NextStep[] = STEP_RULES.filter((rule) => rule.when(facts)).map((rule) => ({
    id: rule.id,
    why: rule.why(facts),
    cost: rule.cost,
    source: claimLevel(claimOf(rule, facts)),
  }));
  nextSteps.sort((a, b) => COST_ORDER[a.cost] - COST_ORDER[b.cost]);

  return { messaging: messagingFrom(facts.degree, facts.pending), causes, nextSteps };
}
