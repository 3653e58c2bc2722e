/**
 * The bench's one runner (scripts/bench/runner.ts) with fake browsers and cases: it alternates a
 * case's browsers (flipping the order every round), sets LockLens's data before each run, keeps
 * each sample by case and browser, checks the figures a case promises, and plans its rounds by the
 * time they take.
 */
import { expect, test } from 'vitest';
import type { BenchBrowser } from '../../scripts/bench/browsers';
import type { BenchCase, CaseContext, DataState } from '../../scripts/bench/cases';
import { type RunOptions, runCases } from '../../scripts/bench/runner';
import { valuesOf } from '../../scripts/bench/samples';

const browser = (name: string) => ({ name }) as BenchBrowser;
const BROWSERS = new Map(['a', 'b', 'c'].map((name) => [name, browser(name)]));

function recorder() {
  const log: string[] = [];
  const ctx: CaseContext = {
    setData: async (b: BenchBrowser, state: DataState, fresh: boolean) => {
      log.push(`data ${b.name} ${state}${fresh ? ' fresh' : ''}`);
    },
    dataSettled: async () => {},
  };
  return { log, ctx };
}

const options = (change: Partial<RunOptions> = {}): RunOptions => ({
  rounds: 2,
  minRounds: 2,
  minLongRounds: 2,
  seconds: Number.POSITIVE_INFINITY,
  started: performance.now(),
  reserve: 0,
  shortRuns: 2,
  warmUp: false,
  log: () => {},
  ...change,
});

const timed = (log: string[], id: string, change: Partial<BenchCase> = {}): BenchCase => {
  let n = 0;
  return {
    id,
    title: id,
    browsers: ['a', 'b'],
    metrics: ['ms'],
    measure: async (b) => {
      log.push(`${id} ${b.name}`);
      return { figures: { ms: n++ } };
    },
    ...change,
  };
};

test("alternates the case's browsers, flipping their order every round, and keeps every sample", async () => {
  const { log, ctx } = recorder();
  const { measured, rounds } = await runCases([timed(log, 'one', { runs: 'short' })], BROWSERS, ctx, options());
  expect(rounds).toBe(2);
  expect(log).toEqual(['one a', 'one b', 'one a', 'one b', 'one b', 'one a', 'one b', 'one a']);
  expect(valuesOf(measured, { case: 'one', browser: 'a', metric: 'ms' })).toEqual([0, 2, 5, 7]);
});

test("sets the case's data before each run, again each time when it must be fresh", async () => {
  const { log, ctx } = recorder();
  await runCases([timed(log, 'popup', { data: 'year', freshData: true })], BROWSERS, ctx, options({ rounds: 1 }));
  expect(log).toEqual(['data a year fresh', 'popup a', 'data b year fresh', 'popup b']);
});

test('a case with `maxRounds` runs in that many rounds; a warm-up run is not kept', async () => {
  const { log, ctx } = recorder();
  const { measured } = await runCases(
    [timed(log, 'once', { maxRounds: 1, browsers: ['c'] })],
    BROWSERS,
    ctx,
    options({ rounds: 3, minRounds: 3, warmUp: true }),
  );
  expect(log).toEqual(['once c', 'once c']);
  expect(valuesOf(measured, { case: 'once', browser: 'c', metric: 'ms' })).toEqual([1]);
});

test('a run without a figure its case promises fails the bench', async () => {
  const { ctx } = recorder();
  const broken: BenchCase = { ...timed([], 'broken'), measure: async () => ({ figures: {} }) };
  await expect(runCases([broken], BROWSERS, ctx, options())).rejects.toThrow('broken in a: no ms');
});

test('out of time, rounds after the first leave out the long cases, then stop after the rounds owed', async () => {
  const { log, ctx } = recorder();
  const taking = (ms: number) => async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { figures: { ms } };
  };
  const cases = [
    timed(log, 'short', { browsers: ['a'], measure: taking(30) }),
    timed(log, 'long', { browsers: ['a'], long: true, measure: taking(150) }),
  ];
  const record = await runCases(
    cases,
    BROWSERS,
    ctx,
    // 0.3 s: the first round (~0.18 s) with the long case; then no room for it, only for a few
    // short rounds (the second one owed whatever the time).
    options({ rounds: 8, minRounds: 2, minLongRounds: 1, seconds: 0.3 }),
  );
  expect(record.longRounds).toBe(1);
  expect(record.rounds).toBeGreaterThanOrEqual(2);
  expect(record.rounds).toBeLessThan(8);
});

test('a long case that runs once does not count against the later rounds it will not run in', async () => {
  const { log, ctx } = recorder();
  const taking = (ms: number) => async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { figures: { ms } };
  };
  const cases = [
    timed(log, 'short', { browsers: ['a'], measure: taking(20) }),
    timed(log, 'once', { browsers: ['a'], long: true, maxRounds: 1, measure: taking(400) }),
    timed(log, 'long', { browsers: ['a'], long: true, measure: taking(20) }),
  ];
  // The second round needs ~0.04 s of the ~0.3 s left: its long case fits, the first round's does not.
  const record = await runCases(cases, BROWSERS, ctx, options({ rounds: 2, minLongRounds: 1, seconds: 0.75 }));
  expect(record.longRounds).toBe(2);
  expect(record.caseSeconds.has('long')).toBe(true);
});
