/**
 * The budgets against the medians: time to hint, the extension's CPU on a profile view and
 * under churn, the popup's first paint, storage after a year of heavy use, the content script's size.
 */
import type { ChurnResult } from './churn';
import type { CpuResult } from './cpu';
import type { PopupTiming } from './popup';
import type { EntrypointSize } from './sizes';
import { median, ratio } from './stats';
import type { HintTiming } from './time-to-hint';

export interface Pair<T> {
  with: T[];
  without: T[];
}

export interface Budget {
  name: string;
  measured: string;
  limit: string;
  holds: boolean;
}

export interface Measured {
  hintLoad: Pair<HintTiming>;
  hintSpa: Pair<HintTiming>;
  hintLoadYear: HintTiming[];
  hintSpaYear: HintTiming[];
  /** A profile opened with the service worker stopped just before: `load` → hint, ms (a year of data). */
  hintAfterPauseYear: number[];
  profileView: Pair<CpuResult>;
  profileViewYear: CpuResult[];
  /** The bench's reference extension (scripts/bench/reference-extension): the floor of the measure. */
  profileViewReference: CpuResult[];
  /** Script time (ScriptDuration) of the same view with no profiler running, ms: LockLens's, the reference's. */
  unprofiledScript: number[];
  unprofiledScriptReference: number[];
  churnShown: Pair<ChurnResult>;
  churnWaiting: Pair<ChurnResult>;
  popupYear: PopupTiming[];
  popupEmpty: PopupTiming[];
  /** Opened after the service worker was stopped (idle), a year of ledger data. */
  popupYearWorkerStopped: PopupTiming[];
  /** A year of ledger data and a full saved list (scripts/bench/saved-list.ts). */
  popupYearFullSaved: PopupTiming[];
  /** The reference extension's popup (one message, one figure): the floor of the measure. */
  popupReference: PopupTiming[];
  /** The same, its service worker stopped first. */
  popupReferenceWorkerStopped: PopupTiming[];
  /** `storageBytesFullSaved`: storage in use with the year and the full saved list. */
  ledger: { sends: number; jsonBytes: number; storageBytes: number; storageBytesFullSaved: number };
  sizes: EntrypointSize[];
}

/**
 * The same budgets as measured before the fixes of 2026-11-22 (the run at commit 5dcaa49, same
 * machine and browser), kept so BENCHMARKS.md shows before and after side by side.
 */
export const BEFORE: Readonly<Record<string, string>> = {
  'Time to hint, full-size profile, empty ledger (median)': '61.8 ms',
  'Time to hint, full-size profile, a year of ledger data (median)': '62.2 ms',
  'Time to hint after an SPA navigation, empty ledger (median)': '29.9 ms',
  'Time to hint after an SPA navigation, a year of ledger data (median)': '28.5 ms',
  'Extension CPU, plain profile view: content script (median)': '19.5 ms',
  'Extension CPU, plain profile view: content script + service worker, empty ledger (median)': '19.9 ms',
  'Extension CPU, plain profile view: content script + service worker, a year of ledger data (median)': '25.4 ms',
  "Extension CPU under churn, hint shown, share of the page's own script time": '0.00 %',
  "Extension CPU under churn while waiting for the top card (extra case), share of the page's own script time":
    '11.69 %',
  'Popup first meaningful paint, a year of ledger data (median)': '116.3 ms',
  'Storage after a year of heavy use (`getBytesInUse`, 1 MB = 10⁶ bytes)': '0.69 MB',
  'Content script, gzip (chrome-mv3)': '25.7 kB',
};

/** The content script's own target (set with issue 9): 20 kB gzipped. */
export const CONTENT_SCRIPT_TARGET_KB = 20;

export const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);

const hints = (runs: HintTiming[]) => median(runs.map((h) => h.hintMs ?? Number.NaN));
/** Content script plus service worker over the profile view's window. */
export const viewTotal = (v: CpuResult) => v.split.extensionMs + (v.worker?.busyMs ?? 0);
/** The extension's churn CPU as a share of the page's own script time (without the extension), in %. */
export const churnShare = (p: Pair<ChurnResult>) =>
  100 * ratio(median(p.with.map((c) => c.split.extensionMs)), median(p.without.map((c) => c.metrics.scriptMs)));

function under(name: string, value: number, limit: number, unit: 'ms' | '%' | 'kB' | 'MB'): Budget {
  const measured = unit === 'ms' ? ms(value) : `${value.toFixed(unit === 'kB' ? 1 : 2)} ${unit}`;
  return { name, measured, limit: `< ${limit} ${unit}`, holds: value < limit };
}

export function budgetsOf(m: Measured): Budget[] {
  const contentGzip = m.sizes.find((s) => s.target === 'chrome-mv3' && s.name === 'content script')?.gzipKb;
  return [
    under('Time to hint, full-size profile, empty ledger (median)', hints(m.hintLoad.with), 16, 'ms'),
    under('Time to hint, full-size profile, a year of ledger data (median)', hints(m.hintLoadYear), 16, 'ms'),
    under('Time to hint after an SPA navigation, empty ledger (median)', hints(m.hintSpa.with), 50, 'ms'),
    under('Time to hint after an SPA navigation, a year of ledger data (median)', hints(m.hintSpaYear), 50, 'ms'),
    under(
      'Extension CPU, plain profile view: content script (median)',
      median(m.profileView.with.map((v) => v.split.extensionMs)),
      5,
      'ms',
    ),
    under(
      'Extension CPU, plain profile view: content script + service worker, empty ledger (median)',
      median(m.profileView.with.map(viewTotal)),
      5,
      'ms',
    ),
    under(
      'Extension CPU, plain profile view: content script + service worker, a year of ledger data (median)',
      median(m.profileViewYear.map(viewTotal)),
      5,
      'ms',
    ),
    under(
      "Extension CPU under churn, hint shown, share of the page's own script time",
      churnShare(m.churnShown),
      2,
      '%',
    ),
    under(
      "Extension CPU under churn while waiting for the top card (extra case), share of the page's own script time",
      churnShare(m.churnWaiting),
      2,
      '%',
    ),
    under(
      'Popup first meaningful paint, a year of ledger data (median)',
      median(m.popupYear.map((p) => p.paintedMs)),
      100,
      'ms',
    ),
    under(
      'Popup first meaningful paint, a year of ledger data, the service worker stopped first (extra case) (median)',
      median(m.popupYearWorkerStopped.map((p) => p.paintedMs)),
      100,
      'ms',
    ),
    under(
      'Popup first meaningful paint, a year of ledger data and 2,000 saved people (extra case) (median)',
      median(m.popupYearFullSaved.map((p) => p.paintedMs)),
      100,
      'ms',
    ),
    under(
      'Storage after a year of heavy use (`getBytesInUse`, 1 MB = 10⁶ bytes)',
      m.ledger.storageBytes / 1e6,
      1,
      'MB',
    ),
    under('Content script, gzip (chrome-mv3)', contentGzip ?? Number.NaN, CONTENT_SCRIPT_TARGET_KB, 'kB'),
  ];
}
