/**
 * The budgets of `npm run bench`, as data (issue #31). Time LockLens spends on LinkedIn's pages is
 * judged as a ratio to a browser measured in the same run, side by side: only a ratio survives a
 * noisy, slow, shared machine. `against` the reference extension (scripts/bench/reference-extension:
 * the least a hint and a popup can do) for LockLens's own cost; against the same page without any
 * extension for what LinkedIn's page pays. The rest are absolute: time to hint, churn, storage
 * after a year, the content script's size, what a send writes.
 */
import { CONTENT_SCRIPT_MAX_KB } from '../size-budgets.mjs';
import { LOCKLENS, NONE, REFERENCE } from './cases';
import { type FigureRef, type Measured, medianOf } from './samples';

/** A figure computed once per run, not timed (sizes, storage). */
export interface StaticRef {
  static: StaticFigure;
}

/** Each in the unit of its budget. */
export type StaticFigure = 'storageYearMb' | 'contentScriptGzipKb' | 'writtenPerSendMaxKb' | 'deliveryMaxKb';

export type Statics = Record<StaticFigure, number>;

export interface Budget {
  name: string;
  /** LockLens's figure (its median over the runs). */
  measure: FigureRef | StaticRef;
  /** For a ratio: the figure it is divided by, measured in the same run. */
  against?: FigureRef;
  /** The most it may be: a ratio (`×`), a share of `against` (`%`), or an absolute value. */
  max: number;
  unit: '×' | '%' | 'ms' | 'kB' | 'MB' | 'frames';
}

export interface Judged extends Budget {
  value: number;
  /** The median of `against`, for a ratio. */
  base: number | null;
  /** value / base (×), or 100 × that (%); the value itself for an absolute budget. */
  result: number;
  holds: boolean;
}

const ref = (c: string, browser: string, metric: string): FigureRef => ({ case: c, browser, metric });
const ll = (c: string, metric: string) => ref(c, LOCKLENS, metric);

/** LockLens at most twice the reference's cost on a profile view; its popup within 15 % of the reference's. */
const TWICE = 2;
const POPUP_RATIO = 1.15;
/** What LinkedIn's page pays with LockLens: within 3 % of without. */
const PAGE_RATIO = 1.03;

export const BUDGETS: readonly Budget[] = [
  {
    name: 'Plain profile view: content script time, no profiler, / the reference',
    measure: ll('view-unprofiled', 'scriptMs'),
    against: ref('view-unprofiled', REFERENCE, 'scriptMs'),
    max: TWICE,
    unit: '×',
  },
  {
    name: 'Plain profile view: content script CPU-profile samples / the reference',
    measure: ll('view', 'contentMs'),
    against: ref('view', REFERENCE, 'contentMs'),
    max: TWICE,
    unit: '×',
  },
  {
    name: 'Plain profile view: content script + service worker, empty ledger, / the reference',
    measure: ll('view', 'totalMs'),
    against: ref('view', REFERENCE, 'totalMs'),
    max: TWICE,
    unit: '×',
  },
  {
    name: 'Plain profile view: content script + service worker, a year of data, / the reference',
    measure: ll('view-year', 'totalMs'),
    against: ref('view', REFERENCE, 'totalMs'),
    max: TWICE,
    unit: '×',
  },
  {
    name: 'Popup first meaningful paint, a year of data, worker running, / the reference popup',
    measure: ll('popup-year', 'paintedMs'),
    against: ref('popup-year', REFERENCE, 'paintedMs'),
    max: POPUP_RATIO,
    unit: '×',
  },
  {
    name: 'Popup first meaningful paint, a year of data, worker stopped, / the reference popup (worker stopped)',
    measure: ll('popup-year-stopped', 'paintedMs'),
    against: ref('popup-year-stopped', REFERENCE, 'paintedMs'),
    max: POPUP_RATIO,
    unit: '×',
  },
  {
    name: 'Popup first meaningful paint, a year of data and 2,000 saved people, / the reference popup',
    measure: ll('popup-year-saved', 'paintedMs'),
    against: ref('popup-year-saved', REFERENCE, 'paintedMs'),
    max: POPUP_RATIO,
    unit: '×',
  },
  {
    name: "What the page pays, plain profile view: the tab's main-thread task time / without LockLens",
    measure: ll('view-unprofiled', 'taskMs'),
    against: ref('view-unprofiled', NONE, 'taskMs'),
    max: PAGE_RATIO,
    unit: '×',
  },
  {
    name: "What the page pays, 10 s of churn with the hint shown: LinkedIn's main-thread task time / without",
    measure: ll('churn-shown', 'taskMs'),
    against: ref('churn-shown', NONE, 'taskMs'),
    max: PAGE_RATIO,
    unit: '×',
  },
  {
    name: "What the page pays, 10 s of churn with the hint shown: LinkedIn's script time / without",
    measure: ll('churn-shown', 'scriptMs'),
    against: ref('churn-shown', NONE, 'scriptMs'),
    max: PAGE_RATIO,
    unit: '×',
  },
  { name: 'Time to hint, full-size profile, empty ledger', measure: ll('hint-load', 'hintMs'), max: 16, unit: 'ms' },
  {
    name: 'Time to hint, full-size profile, a year of data',
    measure: ll('hint-load-year', 'hintMs'),
    max: 16,
    unit: 'ms',
  },
  {
    name: 'Time to hint after an SPA navigation, empty ledger',
    measure: ll('hint-spa', 'hintMs'),
    max: 50,
    unit: 'ms',
  },
  {
    name: 'Time to hint after an SPA navigation, a year of data',
    measure: ll('hint-spa-year', 'hintMs'),
    max: 50,
    unit: 'ms',
  },
  {
    name: "Churn with the hint shown: LockLens's CPU-profile samples / the page's script time without it",
    measure: ll('churn-shown-profiled', 'extensionMs'),
    against: ref('churn-shown', NONE, 'scriptMs'),
    max: 2,
    unit: '%',
  },
  {
    name: "Churn while waiting for the top card: LockLens's CPU-profile samples / the page's script time without it",
    measure: ll('churn-waiting', 'extensionMs'),
    against: ref('churn-waiting', NONE, 'scriptMs'),
    max: 2,
    unit: '%',
  },
  {
    name: 'People search, 10 results then 40 more by scrolling: content script CPU-profile samples / the reference',
    measure: ll('list-load', 'contentMs'),
    against: ref('list-load', REFERENCE, 'contentMs'),
    max: TWICE,
    unit: '×',
  },
  {
    name: 'People search churning: content script CPU-profile samples / the reference',
    measure: ll('list-churn', 'contentMs'),
    against: ref('list-churn', REFERENCE, 'contentMs'),
    max: TWICE,
    unit: '×',
  },
  {
    // Within one frame: a card is drawn at most once without its mark after it comes on screen.
    name: 'List marks: frames a card is on screen without its mark (the worst of 50 cards)',
    measure: ll('list-load', 'markFrames'),
    max: 2,
    unit: 'frames',
  },
  {
    name: 'Storage after a year of heavy use (`getBytesInUse`, 1 MB = 10⁶ bytes)',
    measure: { static: 'storageYearMb' },
    max: 1,
    unit: 'MB',
  },
  {
    name: 'Storage written by one send, a year of data (largest)',
    measure: { static: 'writtenPerSendMaxKb' },
    max: 50,
    unit: 'kB',
  },
  {
    name: 'One `storage.onChanged` delivery, a year of data (largest, the first send after a week away too)',
    measure: { static: 'deliveryMaxKb' },
    max: 50,
    unit: 'kB',
  },
  {
    name: 'Content script, gzip (chrome-mv3)',
    measure: { static: 'contentScriptGzipKb' },
    max: CONTENT_SCRIPT_MAX_KB,
    unit: 'kB',
  },
];

const figureOf = (measured: Measured, statics: Statics, figure: FigureRef | StaticRef) =>
  'static' in figure ? statics[figure.static] : medianOf(measured, figure);

export function judge(measured: Measured, statics: Statics): Judged[] {
  return BUDGETS.map((budget) => {
    const value = figureOf(measured, statics, budget.measure);
    const base = budget.against ? medianOf(measured, budget.against) : null;
    const ratio = base === null ? value : base > 0 ? value / base : Number.NaN;
    const result = budget.unit === '%' ? 100 * ratio : ratio;
    const holds = budget.against ? result <= budget.max : result < budget.max;
    return { ...budget, value, base, result, holds };
  });
}
