/**
 * What the bench keeps of each run of a case: named figures (milliseconds unless the name says
 * otherwise), and for profiled runs the extension's hot frames. The rounds' samples are kept by
 * case and browser; budgets and the report name what they use with a `FigureRef`.
 */
import type { HotFrame } from './cdp';
import { median } from './stats';

export interface Sample {
  figures: Record<string, number>;
  /** The extension's samples by function: in the tab (`content`) and in its service worker (`worker`). */
  hot?: { content?: HotFrame[]; worker?: HotFrame[] };
}

/** Case id → browser name → its samples, in the order they were taken. */
export type Measured = Map<string, Map<string, Sample[]>>;

/** One figure of one case in one browser (`locklens`, `none`, `reference`). */
export interface FigureRef {
  case: string;
  browser: string;
  metric: string;
}

export function samplesOf(measured: Measured, ref: Pick<FigureRef, 'case' | 'browser'>): Sample[] {
  return measured.get(ref.case)?.get(ref.browser) ?? [];
}

/** Every value of the figure, NaN where a run had none. */
export function valuesOf(measured: Measured, ref: FigureRef): number[] {
  return samplesOf(measured, ref).map((sample) => sample.figures[ref.metric] ?? Number.NaN);
}

/** The median of the runs that have the figure; NaN when none has. */
export function medianOf(measured: Measured, ref: FigureRef): number {
  return median(valuesOf(measured, ref).filter(Number.isFinite));
}
