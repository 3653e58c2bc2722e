/**
 * CPU measurement through the Chrome DevTools Protocol on one page (ecosystem.md §16): the V8
 * sampling profiler, whose frames carry their script URL (the content script's frames are
 * `chrome-extension://<id>/content-scripts/linkedin.js`), and Performance.getMetrics deltas.
 */
import type { Page } from 'playwright-core';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface PageMetrics {
  /** Milliseconds of JavaScript (page and content scripts) while measuring. */
  scriptMs: number;
  /** Milliseconds of main-thread tasks while measuring. */
  taskMs: number;
}

export interface Measured {
  profile: CpuProfile;
  metrics: PageMetrics;
}

export interface Measurement {
  stop(): Promise<Measured>;
}

const SAMPLING_INTERVAL_US = 100;

/**
 * The page's script and task time from now until `stop()`, with nothing else attached: V8's
 * sampler slows the code it samples (cpu.ts), so what a tab pays is measured without it.
 */
export async function startMetrics(page: Page): Promise<{ stop(): Promise<PageMetrics> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: value('ScriptDuration'), task: value('TaskDuration') };
  };
  const before = await read();
  return {
    async stop() {
      const after = await read();
      await cdp.detach();
      return { scriptMs: (after.script - before.script) * 1000, taskMs: (after.task - before.task) * 1000 };
    },
  };
}

/** Starts the profiler and takes the metrics baseline; `stop()` ends both. */
export async function startMeasuring(page: Page): Promise<Measurement> {
  const metrics = await startMetrics(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      return { profile, metrics: await metrics.stop() };
    },
  };
}

/** A function of the extension that samples landed in (itself, or native code it called). */
export interface HotFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
  ms: number;
}

export interface CpuSplit {
  /** Samples with an extension frame anywhere on the stack (its own code and what it called). */
  extensionMs: number;
  /** Samples of JavaScript and the native functions it called, whoever's. */
  scriptMs: number;
  /** Samples that were not idle: script, `(program)` (parsing, style, layout) and garbage collection. */
  busyMs: number;
  /** Extension samples by the innermost extension frame. */
  hot: HotFrame[];
}

export type SampleKind = 'idle' | 'program' | 'gc' | 'page' | 'extension';

export interface ClassifiedSample {
  kind: SampleKind;
  us: number;
  /** The innermost extension frame on the stack (kind 'extension' only). */
  frame: ProfileNode | null;
}

const KIND_OF: Record<string, SampleKind> = {
  '(idle)': 'idle',
  '(program)': 'program',
  '(garbage collector)': 'gc',
  '(root)': 'program',
};

/** Each sample in order, with the time until the next one, and whose it is. */
export function classifySamples(profile: CpuProfile, extensionPrefix: string | null): ClassifiedSample[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** The innermost extension frame on each node's stack, or null (cached per node). */
  const owner = new Map<number, ProfileNode | null>();
  const extensionFrame = (id: number): ProfileNode | null => {
    const cached = owner.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    let found: ProfileNode | null = null;
    if (node && extensionPrefix && node.callFrame.url.startsWith(extensionPrefix)) found = node;
    else if (parent.has(id)) found = extensionFrame(parent.get(id) as number);
    owner.set(id, found);
    return found;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const average = samples.length > 0 ? (profile.endTime - profile.startTime) / samples.length : 0;
  return samples.map((id, i) => {
    // Each sample stands for the time until the next one.
    const us = deltas[i + 1] ?? average;
    const fixed = KIND_OF[byId.get(id)?.callFrame.functionName ?? '(root)'];
    if (fixed) return { kind: fixed, us, frame: null };
    const frame = extensionFrame(id);
    return { kind: frame ? 'extension' : 'page', us, frame };
  });
}

/** Splits a CPU profile between frames whose URL starts with `extensionPrefix` and everything else. */
export function splitProfile(profile: CpuProfile, extensionPrefix: string | null): CpuSplit {
  const hot = new Map<string, HotFrame>();
  let extensionUs = 0;
  let scriptUs = 0;
  let busyUs = 0;
  for (const { kind, us, frame } of classifySamples(profile, extensionPrefix)) {
    if (kind === 'idle') continue;
    busyUs += us;
    if (kind !== 'page' && kind !== 'extension') continue;
    scriptUs += us;
    if (!frame) continue;
    extensionUs += us;
    const { functionName, url, lineNumber, columnNumber } = frame.callFrame;
    const key = `${url}:${lineNumber}:${columnNumber}`;
    const entry = hot.get(key) ?? { functionName, url, lineNumber, columnNumber, ms: 0 };
    entry.ms += us / 1000;
    hot.set(key, entry);
  }
  return {
    extensionMs: extensionUs / 1000,
    scriptMs: scriptUs / 1000,
    busyMs: busyUs / 1000,
    hot: [...hot.values()].sort((a, b) => b.ms - a.ms),
  };
}
