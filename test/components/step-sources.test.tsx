/**
 * Every next step says how well what it states is sourced, as causes do (rule 4): the level of the
 * claim its rule rests on, so advice from "message locked" articles reads as a community claim and
 * never as LinkedIn's rule.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { VerdictDetails } from '../../components/verdict/verdict-details';
import { CLAIMS } from '../../lib/evaluator/claims';
import { evaluate } from '../../lib/evaluator/evaluate';
import { STEP_RULES } from '../../lib/evaluator/rulebook';
import { signalsFrom } from '../helpers/signals';

afterEach(cleanup);

// A 2nd-degree member with mutual connections and recent posts, locked: the community steps show.
const verdict = evaluate(signalsFrom({ degree: '2nd', connect: 'primary', mutualConnections: 3, activity: true }), {
  plan: 'free',
});

describe('next steps carry their source level', () => {
  test('each step’s level is its rule’s claim’s', () => {
    expect(verdict.nextSteps.length).toBeGreaterThan(1);
    for (const step of verdict.nextSteps) {
      const rule = STEP_RULES.find((candidate) => candidate.id === step.id);
      expect(rule).toBeDefined();
      if (typeof rule?.claim === 'string') expect(step.source).toBe(CLAIMS[rule.claim].level);
    }
    expect(STEP_RULES.every((rule) => typeof rule.claim === 'function' || rule.claim in CLAIMS)).toBe(true);
  });

  test('the panel shows it beside each step: engaging with posts first is a community claim', () => {
    render(<VerdictDetails verdict={verdict} />);
    const engage = document.querySelector('[data-step="engage-with-posts"]');
    expect(engage).not.toBeNull();
    expect(engage?.querySelector('[data-source]')?.getAttribute('data-source')).toBe('community');
    expect(engage?.textContent).toContain('Community claim, not confirmed by LinkedIn');
    const official = verdict.nextSteps.find((step) => step.source === 'official');
    if (official) {
      const item = document.querySelector(`[data-step="${official.id}"]`);
      expect(item?.textContent).toContain("LinkedIn's own rule");
    }
    // Every step says its level.
    expect(document.querySelectorAll('.ll-step [data-source]')).toHaveLength(verdict.nextSteps.length);
  });
});
