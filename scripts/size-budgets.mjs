// The gzip size budgets of the built entrypoints, in kB (level 9): `npm run budget` (scripts/budget.mjs)
// enforces them in `npm test`, and `npm run bench` reports the sizes beside them. An HTML
// entrypoint costs its own scripts and styles plus every chunk they import (`htmlAssets`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The content script's budget (issue #9): it runs on every LinkedIn page. */
export const CONTENT_SCRIPT_MAX_KB = 20;

export const SIZE_BUDGETS_KB = {
  'content script': { file: 'content-scripts/linkedin.js', maxKb: CONTENT_SCRIPT_MAX_KB },
  // Runs first on every LinkedIn page (document_start): one message, nothing more.
  'wake-up script': { file: 'linkedin-wake.js', maxKb: 1 },
  popup: { html: 'popup.html', maxKb: 40 },
  options: { html: 'options.html', maxKb: 60 },
  // Raised from 40 kB (2026-12-07): the worker now also carries the claims table, the evaluation of
  // list cards, the user's own-profile summary and the ledger's record layout. What its size costs
  // (the worker's start, under the popup opened with the worker stopped) is measured by the bench.
  background: { file: 'background.js', maxKb: 44 },
};

/** The files an HTML entrypoint of the build in `dir` loads: its scripts and styles, and the chunks they import. */
export function htmlAssets(dir, html) {
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
