/**
 * Bundle sizes per entrypoint, raw and gzipped, counted as `npm run budget` counts them and beside
 * its limits (scripts/size-budgets.mjs), and what the content script is made of, by source module,
 * from the hidden-sourcemap build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlAssets, SIZE_BUDGETS_KB } from '../size-budgets.mjs';
import { SourceMap } from './source-map';

const ROOT = join(import.meta.dirname, '../..');

export interface EntrypointSize {
  target: string;
  name: string;
  files: string[];
  rawKb: number;
  gzipKb: number;
  testMaxKb: number;
}

export interface ModuleShare {
  module: string;
  rawKb: number;
  /** The module's code gzipped on its own. */
  gzipKb: number;
  share: number;
}

export function bundleSizes(): EntrypointSize[] {
  const out: EntrypointSize[] = [];
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const dir = join(ROOT, '.output', target);
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
    for (const [name, entry] of Object.entries(SIZE_BUDGETS_KB)) {
      const files = 'file' in entry ? [entry.file] : htmlAssets(dir, entry.html);
      const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
      out.push({
        target,
        name,
        files,
        rawKb: bytes.length / 1024,
        gzipKb: gzipSync(bytes, { level: 9 }).length / 1024,
        testMaxKb: entry.maxKb,
      });
    }
  }
  return out;
}

/** Groups node_modules files by package, project files by themselves. */
function moduleName(source: string): string {
  if (source === '(unmapped)') return '(unmapped: inlined CSS, bundler glue)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return m ? `${m[1]} (npm)` : source;
}

/**
 * The content script's code by source module, largest first, with each module's code gzipped
 * alone (an estimate of what it adds: gzip shares context across modules). Null when the source
 * map's build is not byte-identical to the measured one.
 */
export function contentScriptComposition(mapDir: string): ModuleShare[] | null {
  const file = 'content-scripts/linkedin.js';
  const built = readFileSync(join(ROOT, '.output/chrome-mv3', file), 'utf8');
  const mapped = join(mapDir, file);
  if (!existsSync(`${mapped}.map`) || readFileSync(mapped, 'utf8') !== built) return null;
  const grouped = new Map<string, string>();
  for (const [source, code] of new SourceMap(`${mapped}.map`).codeBySource(built)) {
    const name = moduleName(source);
    grouped.set(name, (grouped.get(name) ?? '') + code);
  }
  const total = Buffer.byteLength(built);
  return [...grouped]
    .map(([module, code]) => {
      const bytes = Buffer.byteLength(code);
      return { module, rawKb: bytes / 1024, gzipKb: gzipSync(code, { level: 9 }).length / 1024, share: bytes / total };
    })
    .sort((a, b) => b.rawKb - a.rawKb);
}
