/**
 * Where the time goes when a budget is missed: extra runs under the profiler (not counted in the
 * medians: the profiler slows things down). For the time to hint, the page's samples from the
 * trigger to the hint in order, merged into segments (the extension's code with its heaviest
 * function, the page's script, `(program)`: the browser's native work such as style, layout, paint,
 * parsing and IPC, garbage collection, idle), and the service worker's functions meanwhile. For
 * the popup, the same from its navigation to the dashboard, and the service worker meanwhile.
 */
import type { Attributor, NamedFrame } from './attribution';
import type { BenchBrowser } from './browsers';
import { type ClassifiedSample, type CpuProfile, classifySamples, type SampleKind, splitProfile } from './cdp';
import { extensionPrefix } from './cpu';
import { openPopup } from './popup';
import { type HintScenario, timeToHint } from './time-to-hint';
import { profileServiceWorker } from './worker-profiler';

export interface TimelineSegment {
  kind: SampleKind;
  ms: number;
  /** For extension segments: the function that took most of it. */
  top: string | null;
}

export interface WorkerUse {
  /** Non-idle samples of the service worker (its script, GC and native work). */
  busyMs: number;
  /** How many samples the profile has (none: the worker was not sampled). */
  samples: number;
  top: NamedFrame[];
}

export interface HintTimeline {
  title: string;
  hintMs: number | null;
  segments: TimelineSegment[];
  totals: Record<SampleKind, number>;
  worker: WorkerUse | null;
}

export interface PopupDiagnosis {
  title: string;
  readyMs: number;
  /** The popup's main thread from the navigation to the dashboard, as for the hint. */
  segments: TimelineSegment[];
  totals: Record<SampleKind, number>;
  /** The popup's own heaviest functions. */
  hot: NamedFrame[];
  worker: WorkerUse;
}

/** Segments shorter than this count in the totals only. */
const SHOWN_MS = 0.5;

function segmentsOf(samples: ClassifiedSample[], attributor: Attributor): TimelineSegment[] {
  const out: (TimelineSegment & { frames: Map<string, number> })[] = [];
  for (const sample of samples) {
    let last = out.at(-1);
    if (!last || last.kind !== sample.kind) {
      last = { kind: sample.kind, ms: 0, top: null, frames: new Map() };
      out.push(last);
    }
    last.ms += sample.us / 1000;
    if (sample.frame) {
      const { functionName, url, lineNumber, columnNumber } = sample.frame.callFrame;
      const named = attributor.name({ functionName, url, lineNumber, columnNumber, ms: 0 });
      const key = `${named.location} ${named.code}`;
      last.frames.set(key, (last.frames.get(key) ?? 0) + sample.us / 1000);
    }
  }
  // Leading and trailing idle is before the trigger and after the hint.
  while (out[0]?.kind === 'idle') out.shift();
  while (out.at(-1)?.kind === 'idle') out.pop();
  return out.map(({ kind, ms, frames }) => ({
    kind,
    ms,
    top: [...frames].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
  }));
}

/** Drops short segments, then merges neighbours of the same kind (without a named function). */
function shown(segments: TimelineSegment[]): TimelineSegment[] {
  const out: TimelineSegment[] = [];
  for (const segment of segments.filter((s) => s.ms >= SHOWN_MS)) {
    const last = out.at(-1);
    if (last && last.kind === segment.kind && !last.top && !segment.top) last.ms += segment.ms;
    else out.push({ ...segment });
  }
  return out;
}

function workerUse(browser: BenchBrowser, profile: CpuProfile, attributor: Attributor): WorkerUse {
  const split = splitProfile(profile, extensionPrefix(browser));
  return { busyMs: split.busyMs, samples: profile.samples?.length ?? 0, top: attributor.top([split.hot], 6) };
}

/** The main thread's samples in order, merged into segments, and the time of each kind. */
function timelineOf(browser: BenchBrowser, profile: CpuProfile, attributor: Attributor) {
  const segments = segmentsOf(classifySamples(profile, extensionPrefix(browser)), attributor);
  const totals: Record<SampleKind, number> = { idle: 0, program: 0, gc: 0, page: 0, extension: 0 };
  for (const s of segments) totals[s.kind] += s.ms;
  return { segments, totals };
}

export async function hintTimeline(
  browser: BenchBrowser,
  scenario: HintScenario,
  attributor: Attributor,
  title: string,
): Promise<HintTimeline> {
  const run = await timeToHint(browser, scenario, true);
  if (!run.profile) throw new Error('hint timeline: no profile');
  const { segments, totals } = timelineOf(browser, run.profile, attributor);
  return {
    title,
    hintMs: run.hintMs,
    segments: shown(segments),
    totals,
    worker: run.workerProfile ? workerUse(browser, run.workerProfile, attributor) : null,
  };
}

export async function popupDiagnosis(
  browser: BenchBrowser,
  attributor: Attributor,
  title: string,
): Promise<PopupDiagnosis> {
  const worker = await profileServiceWorker(browser);
  const run = await openPopup(browser, true);
  const workerProfile = await worker.stop();
  if (!run.profile) throw new Error('popup diagnosis: no profile');
  const { segments, totals } = timelineOf(browser, run.profile, attributor);
  return {
    title,
    readyMs: run.readyMs,
    segments: shown(segments),
    totals,
    hot: attributor.top([splitProfile(run.profile, extensionPrefix(browser)).hot], 8),
    worker: workerUse(browser, workerProfile, attributor),
  };
}
