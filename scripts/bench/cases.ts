/**
 * Every case `npm run bench` times, as data: what it measures, in which browsers (alternated in
 * each round, so that a slow minute on a shared machine hits both sides), with which of LockLens's
 * stored data, how often. The runner (runner.ts) runs them in this order in every round; budgets
 * (budgets.ts) and the report (report.ts) refer to their ids and figures. Adding a case is adding
 * an entry here (and a row where the report should show it).
 *
 * Browsers: `locklens` (the build), `none` (no extension: what LinkedIn's page costs by itself),
 * `reference` (scripts/bench/reference-extension: the least a hint and a popup can do).
 */
import type { BenchBrowser } from './browsers';
import { type ChurnMode, type ChurnResult, churn } from './churn';
import { type CpuResult, profileView, unprofiledView } from './cpu';
import { hintAfterPause } from './hint-after-pause';
import { type ListResult, listChurn, listLoad } from './list-marks';
import { openPopup, type PopupTiming } from './popup';
import type { Sample } from './samples';
import { type HintScenario, timeToHint } from './time-to-hint';

export const LOCKLENS = 'locklens';
export const NONE = 'none';
export const REFERENCE = 'reference';

/** LockLens's stored data: a fresh install's, a heavy user's year of sends, that year and a full saved list. */
export type DataState = 'empty' | 'year' | 'year-saved';

export interface CaseContext {
  /**
   * Puts the data of the LockLens in `browser` in `state`, through its own data controls; `fresh`:
   * again, even if it is there. Nothing in a browser without LockLens.
   */
  setData(browser: BenchBrowser, state: DataState, fresh: boolean): Promise<void>;
  /** Resolves `ms` after the data of the LockLens in `browser` last changed. */
  dataSettled(browser: BenchBrowser, ms: number): Promise<void>;
}

export interface BenchCase {
  id: string;
  /** What it is, for the log and the report. */
  title: string;
  /** The browsers it runs in, by name; each round alternates them (the order flips every round). */
  browsers: readonly string[];
  /** The figures each run gives (checked: a run without one of them fails the bench). */
  metrics: readonly string[];
  /** LockLens's data while it runs (set before each run). */
  data?: DataState;
  /** Set again before every run: each run follows a change, as after a send. */
  freshData?: boolean;
  /** Runs per browser per round: `short` is BENCH_SHORT_RUNS (views and popups, a few ms each). */
  runs?: 'short' | 1;
  /** A long case that no budget needs every round of: rounds after the first may leave it out to end in time. */
  long?: boolean;
  /** It runs in this many rounds at most (a cross-check that need not be a median of many). */
  maxRounds?: number;
  /** Before each run in each browser, not timed. */
  before?: (browser: BenchBrowser, ctx: CaseContext) => Promise<void>;
  measure: (browser: BenchBrowser, ctx: CaseContext) => Promise<Sample>;
}

const hint = (scenario: HintScenario) => async (browser: BenchBrowser) => {
  const timing = await timeToHint(browser, scenario);
  return { figures: { hintMs: timing.hintMs ?? Number.NaN, frameMs: timing.frameMs } };
};

const view = async (browser: BenchBrowser): Promise<Sample> => {
  const { split, worker, metrics }: CpuResult = await profileView(browser);
  return {
    figures: {
      contentMs: split.extensionMs,
      workerMs: worker?.busyMs ?? Number.NaN,
      totalMs: split.extensionMs + (worker?.busyMs ?? 0),
      scriptMs: metrics.scriptMs,
      taskMs: metrics.taskMs,
    },
    hot: { content: split.hot, ...(worker ? { worker: worker.hot } : {}) },
  };
};

const churnCase = (mode: ChurnMode, profiled: boolean) => async (browser: BenchBrowser) => {
  const result: ChurnResult = await churn(browser, mode, profiled);
  return {
    figures: {
      ...(result.split ? { extensionMs: result.split.extensionMs } : {}),
      scriptMs: result.metrics.scriptMs,
      taskMs: result.metrics.taskMs,
      addedPerSecond: result.addedPerSecond,
      removedPerSecond: result.removedPerSecond,
    },
    ...(result.split ? { hot: { content: result.split.hot } } : {}),
  };
};

const list = (run: (browser: BenchBrowser) => Promise<ListResult>) => async (browser: BenchBrowser) => {
  const { split, metrics, markFrames, cards }: ListResult = await run(browser);
  return {
    figures: { contentMs: split.extensionMs, scriptMs: metrics.scriptMs, taskMs: metrics.taskMs, markFrames, cards },
    hot: { content: split.hot },
  };
};

const popup = async (browser: BenchBrowser): Promise<Sample> => {
  const timing: PopupTiming = await openPopup(browser);
  return {
    figures: {
      readyMs: timing.readyMs,
      paintedMs: timing.paintedMs,
      fcpMs: timing.firstContentfulPaintMs ?? Number.NaN,
      fromSnapshot: timing.source === 'snapshot' ? 1 : 0,
    },
  };
};

/** The reference's worker, woken as LockLens's is by the data import just before: both popups find theirs running. */
const wakeReference = async (browser: BenchBrowser) => {
  if (browser.name === REFERENCE) await browser.wakeWorker();
};

/** As Chromium leaves it after 30 s idle: the worker stopped, LockLens's popup view kept (a second after the change). */
const stopWorker = async (browser: BenchBrowser, ctx: CaseContext) => {
  await ctx.dataSettled(browser, 1500);
  await browser.stopWorker();
};

const HINT_FIGURES = ['hintMs', 'frameMs'] as const;
const VIEW_FIGURES = ['contentMs', 'workerMs', 'totalMs', 'scriptMs', 'taskMs'] as const;
const PAGE_FIGURES = ['scriptMs', 'taskMs'] as const;
const CHURN_FIGURES = ['scriptMs', 'taskMs', 'addedPerSecond', 'removedPerSecond'] as const;
const POPUP_FIGURES = ['readyMs', 'paintedMs', 'fcpMs', 'fromSnapshot'] as const;

export const CASES = [
  // A fresh install's empty ledger.
  {
    id: 'hint-load',
    title: 'Time to hint, full-size profile',
    browsers: [LOCKLENS, NONE],
    metrics: HINT_FIGURES,
    data: 'empty',
    measure: hint('load'),
  },
  {
    id: 'hint-spa',
    title: 'Time to hint after an SPA navigation',
    browsers: [LOCKLENS, NONE],
    metrics: HINT_FIGURES,
    data: 'empty',
    measure: hint('spa'),
  },
  {
    id: 'view',
    title: 'Plain profile view, profiled',
    browsers: [LOCKLENS, REFERENCE],
    metrics: VIEW_FIGURES,
    data: 'empty',
    runs: 'short',
    measure: view,
  },
  {
    id: 'view-unprofiled',
    title: 'Plain profile view, no profiler',
    browsers: [LOCKLENS, NONE, REFERENCE],
    metrics: PAGE_FIGURES,
    data: 'empty',
    runs: 'short',
    measure: async (browser) => {
      const { scriptMs, taskMs } = await unprofiledView(browser);
      return { figures: { scriptMs, taskMs } };
    },
  },
  {
    id: 'churn-shown',
    title: 'Churn with the hint shown, no profiler',
    browsers: [LOCKLENS, NONE],
    metrics: CHURN_FIGURES,
    data: 'empty',
    // Not `long`: what the page pays is a budget, judged on every round (its rounds vary by ±10 %).
    measure: churnCase('shown', false),
  },
  {
    id: 'churn-shown-profiled',
    title: 'Churn with the hint shown, profiled',
    browsers: [LOCKLENS],
    metrics: ['extensionMs', ...CHURN_FIGURES],
    data: 'empty',
    long: true,
    maxRounds: 1,
    measure: churnCase('shown', true),
  },
  {
    id: 'churn-waiting',
    title: 'Churn while waiting for the top card, profiled',
    browsers: [LOCKLENS, NONE],
    metrics: ['extensionMs', ...CHURN_FIGURES],
    data: 'empty',
    long: true,
    // Its budget (LockLens's share of the page's script time) held by half in every run since
    // 2026-12-05: once a run leaves the time to `churn-shown`, whose 3 % needs every round.
    maxRounds: 1,
    measure: churnCase('waiting', true),
  },
  // People search (issue #33): the list marks, against the least a list mark can do.
  {
    id: 'list-load',
    title: 'People search: 10 results, then 40 more loaded by scrolling, profiled',
    browsers: [LOCKLENS, REFERENCE],
    metrics: ['contentMs', 'scriptMs', 'taskMs', 'markFrames', 'cards'],
    data: 'empty',
    measure: list(listLoad),
  },
  {
    id: 'list-churn',
    title: 'People search churning (cards re-rendered in place, a feed beside), profiled',
    browsers: [LOCKLENS, REFERENCE],
    metrics: ['contentMs', 'scriptMs', 'taskMs', 'cards'],
    data: 'empty',
    long: true,
    measure: list(listChurn),
  },
  // A heavy user's year of sends.
  {
    id: 'hint-load-year',
    title: 'Time to hint, full-size profile, a year of data',
    browsers: [LOCKLENS],
    metrics: HINT_FIGURES,
    data: 'year',
    measure: hint('load'),
  },
  {
    id: 'hint-spa-year',
    title: 'Time to hint after an SPA navigation, a year of data',
    browsers: [LOCKLENS],
    metrics: HINT_FIGURES,
    data: 'year',
    measure: hint('spa'),
  },
  {
    id: 'hint-after-pause',
    title: 'Load → hint, the service worker stopped first, a year of data',
    browsers: [LOCKLENS],
    metrics: ['hintMs'],
    data: 'year',
    measure: async (browser) => ({ figures: { hintMs: await hintAfterPause(browser) } }),
  },
  {
    id: 'view-year',
    title: 'Plain profile view, profiled, a year of data',
    browsers: [LOCKLENS],
    metrics: VIEW_FIGURES,
    data: 'year',
    runs: 'short',
    measure: view,
  },
  {
    id: 'popup-year',
    title: 'Popup right after a change, a year of data',
    browsers: [LOCKLENS, REFERENCE],
    metrics: POPUP_FIGURES,
    data: 'year',
    freshData: true,
    runs: 'short',
    before: wakeReference,
    measure: popup,
  },
  {
    id: 'popup-empty',
    title: 'Popup right after a change, empty ledger',
    browsers: [LOCKLENS],
    metrics: POPUP_FIGURES,
    data: 'empty',
    freshData: true,
    runs: 'short',
    measure: popup,
  },
  {
    id: 'popup-year-stopped',
    title: 'Popup, the service worker stopped first, a year of data',
    browsers: [LOCKLENS, REFERENCE],
    metrics: POPUP_FIGURES,
    data: 'year',
    runs: 'short',
    before: stopWorker,
    measure: popup,
  },
  {
    id: 'popup-year-saved',
    title: 'Popup right after a change, a year of data and 2,000 saved people',
    browsers: [LOCKLENS, REFERENCE],
    metrics: POPUP_FIGURES,
    data: 'year-saved',
    freshData: true,
    runs: 'short',
    before: wakeReference,
    measure: popup,
  },
] as const satisfies readonly BenchCase[];

export type CaseId = (typeof CASES)[number]['id'];

export function caseById(id: string): BenchCase {
  const found = CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no bench case ${id}`);
  return found;
}
