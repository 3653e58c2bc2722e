#!/usr/bin/env node
// Size budgets of the built entrypoints, gzipped (level 9), printed for both browsers.
// Deterministic, so `npm test` enforces them; timings belong to `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlAssets, SIZE_BUDGETS_KB } from './size-budgets.mjs';

let failed = false;
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(import.meta.dirname, '..', '.output', target);
  if (!existsSync(dir)) {
    console.error(`budget: ${dir} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  for (const [name, budget] of Object.entries(SIZE_BUDGETS_KB)) {
    const files = budget.file ? [budget.file] : htmlAssets(dir, budget.html);
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
    const gz = gzipSync(bytes, { level: 9 }).length / 1024;
    const raw = bytes.length / 1024;
    const ok = gz <= budget.maxKb;
    failed ||= !ok;
    console.info(
      `budget ${ok ? 'ok  ' : 'FAIL'} ${target.padEnd(12)} ${name.padEnd(15)} ${raw.toFixed(1).padStart(6)} kB raw ${gz.toFixed(1).padStart(5)} kB gzip (max ${budget.maxKb} kB)`,
    );
  }
  const chunkCount = readdirSync(join(dir, 'chunks')).length;
  console.info(`budget      ${target.padEnd(12)} ${chunkCount} shared chunks`);
}
process.exit(failed ? 1 : 0);
