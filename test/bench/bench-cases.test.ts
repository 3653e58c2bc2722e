/**
 * The bench's budgets and report rows name the cases' figures by id (scripts/bench): each must
 * name a case that runs in that browser and gives that figure, or a run of several minutes would
 * end on an empty row or a budget judged on nothing.
 */
import { expect, test } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets';
import { CASES, caseById } from '../../scripts/bench/cases';
import { REPORT_ROWS } from '../../scripts/bench/report';
import type { FigureRef } from '../../scripts/bench/samples';

const named = (ref: FigureRef) => {
  const bench = caseById(ref.case);
  return bench.browsers.includes(ref.browser) && bench.metrics.includes(ref.metric);
};

test('cases have distinct ids, and each runs in a browser at least', () => {
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  for (const c of CASES) expect(c.browsers.length).toBeGreaterThan(0);
});

test("every budget names a case's figure in a browser it runs in", () => {
  for (const budget of BUDGETS) {
    if (!('static' in budget.measure)) expect(named(budget.measure), budget.name).toBe(true);
    if (budget.against) expect(named(budget.against), budget.name).toBe(true);
    // A ratio divides by a figure measured side by side; an absolute budget has none.
    expect(budget.against !== undefined, budget.name).toBe(budget.unit === '×' || budget.unit === '%');
  }
});

test("every row of the report names one of its case's figures", () => {
  for (const row of REPORT_ROWS) {
    expect(caseById(row.case).metrics, row.label).toContain(row.metric);
  }
});
