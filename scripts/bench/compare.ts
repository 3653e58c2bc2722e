/**
 * `npm run bench:compare -- [--year|--hint|--churn|--popup|--list] [--reference] [--none] <dir> <dir> …`: built
 * extensions (e.g. `.output/chrome-mv3` copied before and after a change, or with one part cut out)
 * side by side, one headless Chromium each, through the bench's own runner and cases (cases.ts),
 * in alternation. Prints each build's medians and quartiles, and its ratio to the reference
 * extension or to a browser without any extension when one ran; writes nothing. BENCH_VIEWS sets
 * the rounds (12): on a noisy two-core machine, differences of a millisecond or two need that
 * many. A first round of each is a warm-up, left out. A build need not show the hint (one with a
 * part cut out may not).
 *
 * By default the plain profile view, profiled and not (`view`, `view-unprofiled`). `--year`: the
 * same view profiled with a year of data (`view-year`). `--hint`: the
 * time to hint and LinkedIn's next frame (`hint-load`, `hint-spa`), beside a browser without any
 * extension. `--churn`: what the page pays under churn with the hint up (`churn-shown`), beside a
 * browser without any extension. `--popup`: the popup with a year of data, right after a change,
 * the worker stopped, and with 2,000 saved people, beside the reference extension's popup.
 * `--list`: the list marks on people search (issue #33): 10 results then 40 more by scrolling, and
 * the list churning, the content script's samples beside the reference extension's.
 * `--reference` and `--none` add those browsers to any of them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BenchBrowser, launchBrowser } from './browsers';
import { type BenchCase, caseById, NONE, REFERENCE } from './cases';
import { dataControl } from './ledger-state';
import { yearOfHeavyUse } from './ledger-year';
import { runCases } from './runner';
import { medianOf, valuesOf } from './samples';
import { fullSavedList } from './saved-list';
import { median } from './stats';

const VIEWS = Number(process.env.BENCH_VIEWS ?? 12);
const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const dirs = args.filter((arg) => !arg.startsWith('--')).map((dir) => resolve(dir));
if (dirs.length === 0 || dirs.some((dir) => !existsSync(resolve(dir, 'manifest.json')))) {
  console.error(
    'usage: npm run bench:compare -- [--year|--hint|--churn|--popup|--list] [--reference] [--none] <built extension dir> [<dir> …] (each with a manifest.json)',
  );
  process.exit(2);
}

/** Each mode's cases, the figures printed for each, and the browsers it brings along. */
const MODES = {
  view: {
    cases: { view: ['contentMs', 'workerMs', 'totalMs'], 'view-unprofiled': ['scriptMs', 'taskMs'] },
    extras: [],
  },
  year: { cases: { 'view-year': ['contentMs', 'workerMs', 'totalMs'] }, extras: [] },
  hint: { cases: { 'hint-load': ['hintMs', 'frameMs'], 'hint-spa': ['hintMs', 'frameMs'] }, extras: [NONE] },
  churn: { cases: { 'churn-shown': ['scriptMs', 'taskMs'] }, extras: [NONE] },
  list: {
    cases: {
      'list-load': ['contentMs', 'scriptMs', 'markFrames', 'cards'],
      'list-churn': ['contentMs', 'scriptMs', 'cards'],
    },
    extras: [REFERENCE],
  },
  popup: {
    cases: {
      'popup-year': ['paintedMs', 'readyMs'],
      'popup-year-stopped': ['paintedMs', 'fromSnapshot'],
      'popup-year-saved': ['paintedMs'],
    },
    extras: [REFERENCE],
  },
} satisfies Record<string, { cases: Record<string, readonly string[]>; extras: readonly string[] }>;
const mode = (['year', 'hint', 'churn', 'popup', 'list'] as const).find((name) => flags.has(`--${name}`)) ?? 'view';
const { cases: shown, extras } = MODES[mode];
const others = new Set<string>([
  ...extras,
  ...(flags.has('--none') ? [NONE] : []),
  ...(flags.has('--reference') ? [REFERENCE] : []),
]);

const quartiles = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return 'none';
  const at = (share: number) => (sorted[Math.floor(share * (sorted.length - 1))] as number).toFixed(1);
  return `${median(sorted).toFixed(1)} (quartiles ${at(0.25)}–${at(0.75)})`;
};

const browsers = new Map<string, BenchBrowser>();
for (const dir of dirs) browsers.set(dir, await launchBrowser(dir, dir, { showsHint: false }));
if (others.has(NONE)) browsers.set(NONE, await launchBrowser(NONE, null));
if (others.has(REFERENCE))
  browsers.set(REFERENCE, await launchBrowser(REFERENCE, join(import.meta.dirname, 'reference-extension')));

/** The bench's own cases, run in these browsers. */
const cases: BenchCase[] = Object.keys(shown).map((id) => ({ ...caseById(id), browsers: [...browsers.keys()] }));
const started = performance.now();
try {
  const { measured } = await runCases(
    cases,
    browsers,
    dataControl(dirs, yearOfHeavyUse(Date.now()), fullSavedList(Date.now())),
    {
      rounds: VIEWS,
      minRounds: VIEWS,
      minLongRounds: VIEWS,
      seconds: Number.POSITIVE_INFINITY,
      started,
      reserve: 0,
      shortRuns: 1,
      warmUp: true,
      log: (text) => console.info(text),
    },
  );
  for (const name of browsers.keys()) {
    console.info(`\n${name}`);
    for (const [id, metrics] of Object.entries(shown)) {
      for (const metric of metrics as readonly string[]) {
        const ref = { case: id, browser: name, metric };
        const ratios = [...others]
          .filter((other) => other !== name)
          .map((other) => {
            const base = medianOf(measured, { ...ref, browser: other });
            return `${(medianOf(measured, ref) / base).toFixed(2)}× ${other}`;
          });
        console.info(
          `  ${`${id} ${metric}:`.padEnd(32)} ${quartiles(valuesOf(measured, ref))}${ratios.length ? `  ${ratios.join(', ')}` : ''}`,
        );
      }
    }
  }
} finally {
  await Promise.all([...browsers.values()].map((browser) => browser.close()));
}
