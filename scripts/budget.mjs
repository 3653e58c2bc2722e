#!/usr/bin/env node
// Size budgets of the built entrypoints, gzipped (level 9), printed for both browsers.
// Deterministic, so `npm test` enforces them; timings belong to `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS_KB = {
  'content script': { file: 'content-scripts/linkedin.js', maxKb: 20 },
  // Runs first on every LinkedIn page (document_start): one message, nothing more.
  'wake-up script': { file: 'linkedin-wake.js', maxKb: 1 },
  popup: { html: 'popup.html', maxKb: 40 },
  options: { html: 'options.html', maxKb: 60 },
  background: { file: 'background.js', maxKb: 40 },
};

/** An HTML entrypoint costs its own scripts and styles plus every chunk they import. */
function htmlAssets(dir, html) {
  const page = readFileSync(join(dir, html), 'utf8');
  const seen = new Set();
  const queue = [...page.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/from\s*["']\.\/?([^"']+\.js)["']|import\(["']\.\/?([^"']+\.js)["']\)/g)) {
      const dep = m[1] ?? m[2];
      queue.push(file.includes('/') ? `${file.slice(0, file.lastIndexOf('/') + 1)}${dep}` : dep);
    }
  }
  return [...seen];
}

let failed = false;
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(import.meta.dirname, '..', '.output', target);
  if (!existsSync(dir)) {
    console.error(`budget: ${dir} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  for (const [name, budget] of Object.entries(BUDGETS_KB)) {
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
