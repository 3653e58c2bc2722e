/**
 * Names the extension's hot frames (content script, service worker): the profile has minified names
 * and positions; the hidden source map of a byte-identical build (wxt.sourcemap.config.ts) turns
 * them into `file:line` and the original line of code. Summed over runs, divided by their number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HotFrame } from './cdp';
import { SourceMap } from './source-map';

const CONTENT_SCRIPT = 'content-scripts/linkedin.js';

export interface NamedFrame {
  /** `lib/reader/dom.ts:42`, or the minified name and position without a map. */
  location: string;
  /** The original line (the function's head), when known. */
  code: string;
  msPerRun: number;
}

export class Attributor {
  private readonly maps = new Map<string, SourceMap | null>();

  /** `mapDir` holds the hidden-sourcemap build; a bundle is named only if it equals the measured one. */
  constructor(
    private readonly builtDir: string,
    private readonly mapDir: string,
  ) {}

  /** The content script's frames can be named. */
  get mapped(): boolean {
    return this.mapFor(CONTENT_SCRIPT) !== null;
  }

  private mapFor(file: string): SourceMap | null {
    let map = this.maps.get(file);
    if (map === undefined) {
      const mapped = join(this.mapDir, file);
      const built = join(this.builtDir, file);
      const identical =
        existsSync(`${mapped}.map`) &&
        existsSync(built) &&
        readFileSync(mapped, 'utf8') === readFileSync(built, 'utf8');
      map = identical ? new SourceMap(`${mapped}.map`) : null;
      this.maps.set(file, map);
    }
    return map;
  }

  name(frame: HotFrame): { location: string; code: string } {
    const file = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const original =
      file && file !== frame.url ? this.mapFor(file)?.lookup(frame.lineNumber, frame.columnNumber) : null;
    if (original) return { location: `${original.source}:${original.line}`, code: original.text };
    return { location: `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`, code: frame.functionName || '?' };
  }

  /** The functions that took the extension's samples over `runs` profiles, heaviest first. */
  top(runs: readonly HotFrame[][], limit = 8): NamedFrame[] {
    const total = new Map<string, NamedFrame>();
    for (const frames of runs) {
      for (const frame of frames) {
        const { location, code } = this.name(frame);
        const entry = total.get(location) ?? { location, code, msPerRun: 0 };
        entry.msPerRun += frame.ms / runs.length;
        total.set(location, entry);
      }
    }
    return [...total.values()].sort((a, b) => b.msPerRun - a.msPerRun).slice(0, limit);
  }

  /** The same, summed by source file. */
  byFile(runs: readonly HotFrame[][], limit = 8): { file: string; msPerRun: number }[] {
    const total = new Map<string, number>();
    for (const frames of runs) {
      for (const frame of frames) {
        const file = this.name(frame).location.replace(/:\d+(:\d+)?$/, '');
        total.set(file, (total.get(file) ?? 0) + frame.ms / runs.length);
      }
    }
    return [...total]
      .map(([file, msPerRun]) => ({ file, msPerRun }))
      .sort((a, b) => b.msPerRun - a.msPerRun)
      .slice(0, limit);
  }
}
