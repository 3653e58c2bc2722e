/**
 * The one runner of timed cases (cases.ts), for `npm run bench` and `npm run bench:compare`: in
 * each round every case in order, each run alternating the case's browsers (the order flips every
 * round), LockLens's data set as the case wants it. It keeps every run's sample by case and
 * browser, and checks each sample carries the figures its case promises.
 *
 * `npm run bench` must end within its time (BENCH_SECONDS) on whatever machine runs it: from the
 * second round on, the runner plans with the slowest round so far (and the slowest run of each
 * long case that round would run). It leaves out a round's long cases (the extra churn cases)
 * once `minLongRounds` have run them, or, after `minRounds`, the round itself, when it would end
 * the run (plus `reserve` of the slowest round, for what runs after the rounds) past the time. On a machine about three times slower than 2026-11-22's, a round took ~50–70 s plus
 * ~38 s of churn (2026-12-04), and two rounds with churn took the run to 317 s.
 */
import type { BenchBrowser } from './browsers';
import type { BenchCase, CaseContext } from './cases';
import type { Measured, Sample } from './samples';

export interface RunOptions {
  rounds: number;
  /** Rounds that run whatever the time. */
  minRounds: number;
  /** Rounds whose long cases run whatever the time. */
  minLongRounds: number;
  /** The time the whole run may take, in seconds from `started` (Infinity: no plan). */
  seconds: number;
  /** performance.now() when the run started (the time before the rounds counts too). */
  started: number;
  /** Share of the slowest round kept for what follows the rounds (the diagnostic runs). */
  reserve: number;
  /** Runs per round of a case with `runs: 'short'`. */
  shortRuns: number;
  /** One run of every case in every browser first, not kept (the first run of a fresh browser is slower). */
  warmUp: boolean;
  log(text: string): void;
}

export interface RunRecord {
  measured: Measured;
  rounds: number;
  /** Rounds that ran the long cases. */
  longRounds: number;
  /** Seconds spent in each case, over all rounds. */
  caseSeconds: Map<string, number>;
}

function keep(measured: Measured, c: BenchCase, browser: BenchBrowser, sample: Sample): void {
  const missing = c.metrics.filter((metric) => !(metric in sample.figures));
  if (missing.length > 0) throw new Error(`${c.id} in ${browser.name}: no ${missing.join(', ')}`);
  const byBrowser = measured.get(c.id) ?? new Map<string, Sample[]>();
  measured.set(c.id, byBrowser);
  byBrowser.set(browser.name, [...(byBrowser.get(browser.name) ?? []), sample]);
}

export async function runCases(
  cases: readonly BenchCase[],
  browsers: ReadonlyMap<string, BenchBrowser>,
  ctx: CaseContext,
  options: RunOptions,
): Promise<RunRecord> {
  const measured: Measured = new Map();
  const caseSeconds = new Map<string, number>();
  const browsersOf = (c: BenchCase, round: number) => {
    const named = c.browsers.map((name) => {
      const browser = browsers.get(name);
      if (!browser) throw new Error(`${c.id}: no browser ${name}`);
      return browser;
    });
    return round % 2 === 0 ? named : named.reverse();
  };
  const runOnce = async (c: BenchCase, round: number, into: Measured | null) => {
    for (const browser of browsersOf(c, round)) {
      if (c.data) await ctx.setData(browser, c.data, c.freshData === true);
      await c.before?.(browser, ctx);
      const sample = await c.measure(browser, ctx);
      if (into) keep(into, c, browser, sample);
    }
  };

  if (options.warmUp) {
    options.log('warming up: one run of every case in every browser, not kept');
    for (const c of cases) await runOnce(c, 0, null);
  }

  /** The slowest round so far without its long cases; each long case's slowest run of a round. */
  const slowest = { round: 0, long: new Map<string, number>() };
  let rounds = 0;
  let longRounds = 0;
  const runsIn = (c: BenchCase, round: number) => c.maxRounds === undefined || round < c.maxRounds;
  /** What the long cases that would run in `round` took at most in a round before. */
  const longIn = (round: number) =>
    cases.filter((c) => c.long && runsIn(c, round)).reduce((sum, c) => sum + (slowest.long.get(c.id) ?? 0), 0);
  const elapsed = () => (performance.now() - options.started) / 1000;
  const plan = (round: number): 'all' | 'short' | 'none' => {
    if (!Number.isFinite(options.seconds) || round === 0) return 'all';
    // Rounds that must still run after this one, whatever the time.
    const owed = Math.max(0, options.minRounds - round - 1) * slowest.round;
    const fits = (seconds: number) => elapsed() + seconds + owed + options.reserve * slowest.round <= options.seconds;
    if (round < options.minLongRounds || fits(slowest.round + longIn(round))) return 'all';
    return round < options.minRounds || fits(slowest.round) ? 'short' : 'none';
  };

  for (let round = 0; round < options.rounds; round++) {
    const planned = plan(round);
    if (planned === 'none') {
      options.log(`stopping after ${round} rounds: another would end the run past ${options.seconds} s`);
      break;
    }
    options.log(`round ${round + 1}/${options.rounds}${planned === 'short' ? ', without the long cases' : ''}`);
    const roundStarted = performance.now();
    let longSeconds = 0;
    let ranLong = false;
    for (const c of cases) {
      if (!runsIn(c, round)) continue;
      if (c.long && planned === 'short') continue;
      const caseStarted = performance.now();
      const runs = c.runs === 'short' ? options.shortRuns : 1;
      for (let run = 0; run < runs; run++) await runOnce(c, round, measured);
      const seconds = (performance.now() - caseStarted) / 1000;
      caseSeconds.set(c.id, (caseSeconds.get(c.id) ?? 0) + seconds);
      if (c.long) {
        longSeconds += seconds;
        slowest.long.set(c.id, Math.max(slowest.long.get(c.id) ?? 0, seconds));
        ranLong = true;
      }
    }
    slowest.round = Math.max(slowest.round, (performance.now() - roundStarted) / 1000 - longSeconds);
    rounds = round + 1;
    if (ranLong) longRounds++;
  }
  return { measured, rounds, longRounds, caseSeconds };
}
