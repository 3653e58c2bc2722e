/**
 * `npm run bench:compare -- <dir> <dir> …`: built extensions (e.g. `.output/chrome-mv3` copied
 * before and after a change, or with one part cut out) side by side, one headless Chromium each,
 * on §2's plain profile view, in alternation. Per build: the content script's profile samples, the
 * service worker's busy time, and the page's script time in views with no profiler attached (what
 * a tab pays: V8's sampler slows first-run code, see cpu.ts). Prints medians and quartiles; writes
 * nothing. BENCH_VIEWS sets the views per build (12): on a noisy two-core machine, differences of
 * a millisecond or two need that many. The first view of each is a warm-up, left out. A build need
 * not show the hint (one with a part cut out may not).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BenchBrowser, launchBrowser } from './chromium-pair';
import { profileView, serveProfileView, unprofiledView } from './cpu';
import { median } from './stats';

const VIEWS = Number(process.env.BENCH_VIEWS ?? 12);
const dirs = process.argv.slice(2).map((dir) => resolve(dir));
if (dirs.length === 0 || dirs.some((dir) => !existsSync(resolve(dir, 'manifest.json')))) {
  console.error('usage: npm run bench:compare -- <built extension dir> [<dir> …] (each with a manifest.json)');
  process.exit(2);
}

interface Figures {
  contentMs: number[];
  workerMs: number[];
  unprofiledMs: number[];
}

const browsers: BenchBrowser[] = [];
for (const dir of dirs) {
  const browser = await launchBrowser('with', dir);
  serveProfileView(browser);
  browsers.push(browser);
}
try {
  const figures: Figures[] = dirs.map(() => ({ contentMs: [], workerMs: [], unprofiledMs: [] }));
  for (const browser of browsers) await profileView(browser, false);
  for (let view = 0; view < VIEWS; view++) {
    for (const [index, browser] of browsers.entries()) {
      const measured = await profileView(browser, false);
      const own = figures[index] as Figures;
      own.contentMs.push(measured.split.extensionMs);
      own.workerMs.push(measured.worker?.busyMs ?? Number.NaN);
      own.unprofiledMs.push(await unprofiledView(browser, false));
    }
    console.info(`view ${view + 1} of ${VIEWS} done`);
  }
  const quartiles = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (share: number) => (sorted[Math.floor(share * (sorted.length - 1))] as number).toFixed(1);
    return `${median(sorted).toFixed(1)} ms (quartiles ${at(0.25)}–${at(0.75)})`;
  };
  for (const [index, dir] of dirs.entries()) {
    const own = figures[index] as Figures;
    console.info(`\n${dir}`);
    console.info(`  content script, profile samples:  ${quartiles(own.contentMs)}`);
    console.info(`  service worker busy:              ${quartiles(own.workerMs)}`);
    console.info(`  script time, no profiler:         ${quartiles(own.unprofiledMs)}`);
  }
} finally {
  await Promise.all(browsers.map((browser) => browser.close()));
}
