/**
 * `npm run bench:compare -- <dir> <dir> …`: built extensions (e.g. `.output/chrome-mv3` copied
 * before and after a change, or with one part cut out) side by side, one headless Chromium each,
 * on §2's plain profile view, in alternation. Per build: the content script's profile samples, the
 * service worker's busy time, and the page's script time in views with no profiler attached (what
 * a tab pays: V8's sampler slows first-run code, see cpu.ts). Prints medians and quartiles; writes
 * nothing. BENCH_VIEWS sets the views per build (12): on a noisy two-core machine, differences of
 * a millisecond or two need that many. The first view of each is a warm-up, left out. A build need
 * not show the hint (one with a part cut out may not).
 *
 * `npm run bench:compare -- --hint <dir> …` compares §1 instead: the top card inserted after load
 * and after an SPA navigation, each build's time to hint and the page's next frame, with a third
 * browser without any extension for the frame's floor.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BenchBrowser, launchBrowser } from './chromium-pair';
import { profileView, serveProfileView, unprofiledView } from './cpu';
import { median } from './stats';
import { type HintScenario, serveTimeToHintPages, timeToHint } from './time-to-hint';

const VIEWS = Number(process.env.BENCH_VIEWS ?? 12);
const args = process.argv.slice(2);
const hintCase = args.includes('--hint');
const dirs = args.filter((arg) => arg !== '--hint').map((dir) => resolve(dir));
if (dirs.length === 0 || dirs.some((dir) => !existsSync(resolve(dir, 'manifest.json')))) {
  console.error('usage: npm run bench:compare -- [--hint] <built extension dir> [<dir> …] (each with a manifest.json)');
  process.exit(2);
}

const quartiles = (values: number[]) => {
  const sorted = [...values].filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return 'none';
  const at = (share: number) => (sorted[Math.floor(share * (sorted.length - 1))] as number).toFixed(1);
  return `${median(sorted).toFixed(1)} ms (quartiles ${at(0.25)}–${at(0.75)})`;
};

interface Figures {
  contentMs: number[];
  workerMs: number[];
  unprofiledMs: number[];
}

async function compareViews(): Promise<void> {
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
}

/** §1: per build, the time to hint and the next frame; the browser without an extension gives the frame's floor. */
async function compareHints(): Promise<void> {
  const browsers: BenchBrowser[] = [];
  for (const dir of dirs) browsers.push(await launchBrowser('with', dir));
  browsers.push(await launchBrowser('without', dirs[0] as string));
  for (const browser of browsers) serveTimeToHintPages(browser);
  const scenarios: HintScenario[] = ['load', 'spa'];
  const key = (index: number, scenario: HintScenario, what: string) => `${index} ${scenario} ${what}`;
  const figures = new Map<string, number[]>();
  const add = (name: string, value: number | null) => {
    if (value !== null) figures.set(name, [...(figures.get(name) ?? []), value]);
  };
  try {
    for (const browser of browsers) for (const scenario of scenarios) await timeToHint(browser, scenario);
    for (let view = 0; view < VIEWS; view++) {
      for (const scenario of scenarios) {
        for (const [index, browser] of browsers.entries()) {
          const timing = await timeToHint(browser, scenario);
          add(key(index, scenario, 'hint'), timing.hintMs);
          add(key(index, scenario, 'frame'), timing.frameMs);
        }
      }
      console.info(`view ${view + 1} of ${VIEWS} done`);
    }
    for (const [index] of browsers.entries()) {
      console.info(`\n${index < dirs.length ? dirs[index] : 'without an extension'}`);
      for (const scenario of scenarios) {
        if (index < dirs.length)
          console.info(
            `  ${scenario}: card → hint:        ${quartiles(figures.get(key(index, scenario, 'hint')) ?? [])}`,
          );
        console.info(
          `  ${scenario}: card → next frame:  ${quartiles(figures.get(key(index, scenario, 'frame')) ?? [])}`,
        );
      }
    }
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()));
  }
}

await (hintCase ? compareHints() : compareViews());
