/**
 * `npm run bench` (after `npm run build`): every scenario in headless Chromium with and without the
 * extension, alternating in each round, plus Node throughput and bundle sizes; prints the medians
 * and budgets and writes BENCHMARKS.md. A benchmark, not a test: it fails only when a scenario
 * cannot run. BENCH_ROUNDS and BENCH_CHURN_ROUNDS override the number of rounds (5 and 3),
 * BENCH_SHORT_RUNS the profile views and popup opens per round (2), BENCH_SECONDS the time the
 * run may take (280 s: fewer rounds on a slower machine).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { stopServiceWorker } from '../../test/e2e/harness/chromium-context';
import { Attributor } from './attribution';
import { budgetsOf } from './budgets';
import { type BenchBrowser, frozenBuild, launchBrowser, type Variant } from './chromium-pair';
import { CHURN_MS, type ChurnResult, churn, serveChurn } from './churn';
import { type CpuResult, profileView, serveProfileView, unprofiledView } from './cpu';
import { type HintTimeline, hintTimeline, type PopupDiagnosis, popupDiagnosis } from './diagnose';
import { hintAfterPause } from './hint-after-pause';
import { setLedgerState } from './ledger-state';
import { ledgerWrites } from './ledger-writes';
import { yearOfHeavyUse } from './ledger-year';
import { nodeThroughput } from './node-throughput';
import { largeProfileHtml, PROFILE_URL } from './pages';
import { openPopup, type PopupTiming } from './popup';
import { type Pair, type Results, renderReport } from './report';
import { fullSavedList } from './saved-list';
import { bundleSizes, contentScriptComposition } from './sizes';
import { printSummary } from './summary';
import { type HintTiming, serveTimeToHintPages, timeToHint } from './time-to-hint';

const ROOT = join(import.meta.dirname, '../..');
const MAP_DIR = join(ROOT, '.output/bench-sourcemap/chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CHURN_ROUNDS = Math.min(ROUNDS, Number(process.env.BENCH_CHURN_ROUNDS ?? 3));
/**
 * `npm run bench` must end within five minutes (issue #9) on whatever machine runs it: one about
 * three times slower than 2026-11-22's took 393 s for five rounds (2026-12-04: a round there is
 * ~50–70 s, plus ~38 s for its churn, which the issue fixes at 10 s per run). So from the second
 * round on, the run plans with the slowest round so far: it leaves out a round's churn (beyond the
 * first MIN_CHURN_ROUNDS) or, after MIN_ROUNDS, the round itself, when it would end the run (with
 * the diagnostic runs, about a third of a round) past BENCH_SECONDS. The report says how many ran.
 * Only the first round's churn is owed: two took that machine's run to 317 s (2026-12-04, later).
 * BENCH_ROUNDS, when set, fixes the number of rounds (and BENCH_CHURN_ROUNDS theirs) instead.
 */
const TIME_BUDGET_S = Number(process.env.BENCH_SECONDS ?? 280);
const MIN_ROUNDS = Math.min(ROUNDS, 3);
const MIN_CHURN_ROUNDS = Math.min(CHURN_ROUNDS, 1);
const FIXED_ROUNDS = process.env.BENCH_ROUNDS !== undefined;
/**
 * The short scenarios (a profile view, a popup) run this many times per round: a few milliseconds
 * of CPU on a shared two-core machine vary run to run by ±40 %, and 10 samples hold a median
 * steadier than 5 (two runs of 5 rounds differed by 4 ms, 2026-11-22). Three per round took the
 * whole bench past five minutes.
 */
const SHORT_RUNS = Number(process.env.BENCH_SHORT_RUNS ?? 2);
const started = performance.now();
const loadBefore = loadavg()[0] ?? 0;
const log = (text: string) => console.info(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${text}`);

const wxt = (args: string[]) => execFileSync(join(ROOT, 'node_modules/.bin/wxt'), args, { cwd: ROOT, stdio: 'pipe' });
const sameBundles = () =>
  ['content-scripts/linkedin.js', 'background.js'].every((file) => {
    const built = join(ROOT, '.output/chrome-mv3', file);
    const mapped = join(MAP_DIR, file);
    return existsSync(mapped) && readFileSync(built, 'utf8') === readFileSync(mapped, 'utf8');
  });

/** A copy with hidden source maps, byte-identical to the measured build (rebuilt once if the sources moved). */
function sourceMapBuild(): void {
  log('building a copy with hidden source maps (names for the profiles)');
  wxt(['build', '-c', 'scripts/bench/wxt.sourcemap.config.ts']);
  if (sameBundles()) return;
  log('the sources changed since `npm run build`: building both again');
  wxt(['build']);
  wxt(['build', '-c', 'scripts/bench/wxt.sourcemap.config.ts']);
  if (!sameBundles()) log('the builds still differ: profiles keep their minified names');
}

function browserVersion(): string {
  const out = execFileSync('/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/playwright-core/package.json'), 'utf8'));
  return `${out.trim()}, headless, driven by playwright-core ${version}`;
}

function machine(): string {
  const cores = cpus();
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`;
  return `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${memory}, ${type()} ${release()}, Node ${process.version}`;
}

const pair = <T>(): Pair<T> => ({ with: [], without: [] });

/** Runs `scenario` once in each browser, in the round's order (with first on even rounds). */
async function alternate<T>(
  browsers: Record<Variant, BenchBrowser>,
  round: number,
  into: Pair<T>,
  scenario: (browser: BenchBrowser) => Promise<T>,
): Promise<void> {
  const order: Variant[] = round % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
  for (const variant of order) into[variant].push(await scenario(browsers[variant]));
}

// Node and files first, while no browser competes for the CPU.
sourceMapBuild();
const build = frozenBuild();
process.on('exit', () => build.remove());
const year = yearOfHeavyUse(Date.now());
const savedList = fullSavedList(Date.now());
log('Node throughput: evaluator, composer checker, pace summary of a year, reader on a 1.5 MB page');
const node = nodeThroughput(ROUNDS, year.ledger);
log('storage writes per send, with a year of ledger data');
const writes = ledgerWrites();
const sizes = bundleSizes();
const composition = contentScriptComposition(MAP_DIR);

log('launching Chromium with and without the extension');
const browsers: Record<Variant, BenchBrowser> = {
  with: await launchBrowser('with', build.dir),
  without: await launchBrowser('without', build.dir),
};
for (const browser of Object.values(browsers)) {
  serveTimeToHintPages(browser);
  serveProfileView(browser);
  serveChurn(browser);
}
// The least any hint costs under the same measure: one query, one message, one chip (§2).
const reference = await launchBrowser('with', join(import.meta.dirname, 'reference-extension'));
serveProfileView(reference);
const withExtension = browsers.with;
const extensionId = withExtension.extensionId;
if (!extensionId) throw new Error('the extension did not load');
const referenceId = reference.extensionId;
if (!referenceId) throw new Error('the reference extension did not load');

const hintLoad = pair<HintTiming>();
const hintSpa = pair<HintTiming>();
const hintLoadYear: HintTiming[] = [];
const hintSpaYear: HintTiming[] = [];
const hintAfterPauseYear: number[] = [];
const views = pair<CpuResult>();
const viewsYear: CpuResult[] = [];
const viewsReference: CpuResult[] = [];
const unprofiledScript: number[] = [];
const unprofiledScriptReference: number[] = [];
const churnShown = pair<ChurnResult>();
const churnWaiting = pair<ChurnResult>();
const popupYear: PopupTiming[] = [];
const popupEmpty: PopupTiming[] = [];
const popupYearWorkerStopped: PopupTiming[] = [];
const popupYearFullSaved: PopupTiming[] = [];
const popupReference: PopupTiming[] = [];
const popupReferenceWorkerStopped: PopupTiming[] = [];
let storageBytes = 0;
let storageBytesFullSaved = 0;
const attributor = new Attributor(build.dir, MAP_DIR);
const timelines: HintTimeline[] = [];
let popupCause: PopupDiagnosis | undefined;

/** The slowest round so far without its churn, and the slowest churn, in seconds. */
const slowest = { round: 0, churn: 0 };
let roundsRun = 0;
let churnRoundsRun = 0;
/** Seconds spent per part of the rounds, logged at the end (where a long run goes). */
const partSeconds = new Map<string, number>();
async function part<T>(name: string, run: () => Promise<T>): Promise<T> {
  const partStarted = performance.now();
  try {
    return await run();
  } finally {
    partSeconds.set(name, (partSeconds.get(name) ?? 0) + (performance.now() - partStarted) / 1000);
  }
}

/** What round `round` (0-based) can still do within the time budget: all of it, no churn, or nothing. */
function roundPlan(round: number): 'with-churn' | 'without-churn' | 'none' {
  const wantsChurn = round < CHURN_ROUNDS;
  if (FIXED_ROUNDS || round === 0) return wantsChurn ? 'with-churn' : 'without-churn';
  const elapsed = (performance.now() - started) / 1000;
  const diagnostics = slowest.round / 3;
  // Rounds that must still run after this one, whatever the time.
  const owed = Math.max(0, MIN_ROUNDS - round - 1) * slowest.round;
  const fits = (seconds: number) => elapsed + seconds + owed + diagnostics <= TIME_BUDGET_S;
  if (wantsChurn && (round < MIN_CHURN_ROUNDS || fits(slowest.round + slowest.churn))) return 'with-churn';
  return round < MIN_ROUNDS || fits(slowest.round) ? 'without-churn' : 'none';
}

try {
  for (let round = 0; round < ROUNDS; round++) {
    const plan = roundPlan(round);
    if (plan === 'none') {
      log(`stopping after ${round} rounds: another would end the run past ${TIME_BUDGET_S} s (BENCH_SECONDS)`);
      break;
    }
    if (plan === 'without-churn' && round < CHURN_ROUNDS)
      log(`round ${round + 1}: no churn, to end within ${TIME_BUDGET_S} s`);
    const roundStarted = performance.now();
    let churnSeconds = 0;
    log(`round ${round + 1}/${ROUNDS}${plan === 'with-churn' ? ' (with churn)' : ''}`);
    // A fresh install's empty ledger for the with/without pairs.
    await part('ledger states', () => setLedgerState(withExtension, null));
    await part('time to hint', async () => {
      await alternate(browsers, round, hintLoad, (b) => timeToHint(b, 'load'));
      await alternate(browsers, round, hintSpa, (b) => timeToHint(b, 'spa'));
    });
    await part('profile views', async () => {
      for (let run = 0; run < SHORT_RUNS; run++) {
        await alternate(browsers, round, views, profileView);
        viewsReference.push(await profileView(reference));
      }
      // Once a round: a cross-check of the figures above, not a budget.
      unprofiledScript.push(await unprofiledView(withExtension));
      unprofiledScriptReference.push(await unprofiledView(reference));
    });
    if (plan === 'with-churn') {
      const churnStarted = performance.now();
      await part('churn', async () => {
        await alternate(browsers, round, churnShown, (b) => churn(b, 'shown'));
        await alternate(browsers, round, churnWaiting, (b) => churn(b, 'waiting'));
      });
      churnSeconds = (performance.now() - churnStarted) / 1000;
      churnRoundsRun++;
    }
    // A heavy user's year of ledger data: the extension alone (nothing to compare without it).
    storageBytes = await part('ledger states', () => setLedgerState(withExtension, year));
    await part('time to hint', async () => {
      hintLoadYear.push(await timeToHint(withExtension, 'load'));
      hintSpaYear.push(await timeToHint(withExtension, 'spa'));
      hintAfterPauseYear.push(await hintAfterPause(withExtension));
    });
    await part('profile views', async () => {
      for (let run = 0; run < SHORT_RUNS; run++) viewsYear.push(await profileView(withExtension));
    });
    for (const withYear of round % 2 === 0 ? [true, false] : [false, true]) {
      await part('ledger states', () => setLedgerState(withExtension, withYear ? year : null));
      for (let run = 0; run < SHORT_RUNS; run++) {
        (withYear ? popupYear : popupEmpty).push(await part('popups', () => openPopup(withExtension)));
        // Every open but the first finds the pace already computed: recompute it, as after a send.
        if (run < SHORT_RUNS - 1)
          await part('ledger states', () => setLedgerState(withExtension, withYear ? year : null));
      }
      if (!withYear) continue;
      // The popup opened after the worker went idle (Chromium stops it after 30 s): it starts
      // again and reads the year's ledger before it can answer.
      for (let run = 0; run < SHORT_RUNS; run++) {
        await part('popups', () => stopServiceWorker(withExtension.context, extensionId));
        popupYearWorkerStopped.push(await part('popups', () => openPopup(withExtension)));
      }
      // The reference popup (one message, one figure), its worker woken by a first open as
      // LockLens's is by the ledger's import: the floor of this measure on this machine.
      await part('popups', () => openPopup(reference));
      for (let run = 0; run < SHORT_RUNS; run++) popupReference.push(await part('popups', () => openPopup(reference)));
      // And with its worker stopped first: what Chromium's start of an extension costs any popup.
      for (let run = 0; run < SHORT_RUNS; run++) {
        await part('popups', () => stopServiceWorker(reference.context, referenceId));
        popupReferenceWorkerStopped.push(await part('popups', () => openPopup(reference)));
      }
      // And with the saved list full: the popup is sent the first 20 people and the counts.
      for (let run = 0; run < SHORT_RUNS; run++) {
        storageBytesFullSaved = await part('ledger states', () => setLedgerState(withExtension, year, savedList));
        popupYearFullSaved.push(await part('popups', () => openPopup(withExtension)));
      }
    }
    slowest.round = Math.max(slowest.round, (performance.now() - roundStarted) / 1000 - churnSeconds);
    slowest.churn = Math.max(slowest.churn, churnSeconds);
    roundsRun = round + 1;
  }
  log(`rounds by part: ${[...partSeconds].map(([name, seconds]) => `${name} ${seconds.toFixed(0)} s`).join(', ')}`);
  log('diagnostic runs under the profiler: where the time goes');
  await setLedgerState(withExtension, null);
  timelines.push(await hintTimeline(withExtension, 'load', attributor, 'Full-size profile, empty ledger'));
  await setLedgerState(withExtension, year);
  timelines.push(await hintTimeline(withExtension, 'load', attributor, 'Full-size profile, a year of ledger data'));
  timelines.push(await hintTimeline(withExtension, 'spa', attributor, 'SPA navigation, a year of ledger data'));
  popupCause = await popupDiagnosis(withExtension, attributor, 'Popup, a year of ledger data');
} finally {
  await Promise.all([...Object.values(browsers), reference].map((b) => b.close()));
}
const hot = {
  profileView: attributor.top(views.with.map((v) => v.split.hot)),
  profileViewByFile: attributor.byFile(views.with.map((v) => v.split.hot)),
  profileViewWorker: attributor.top(views.with.map((v) => v.worker?.hot ?? [])),
  profileViewYearWorker: attributor.top(viewsYear.map((v) => v.worker?.hot ?? [])),
  churnWaiting: attributor.top(churnWaiting.with.map((c) => c.split.hot)),
};
const mapped = attributor.mapped;

if (!popupCause) throw new Error('the popup diagnosis did not run');
const measured = {
  hintLoad,
  hintSpa,
  hintLoadYear,
  hintSpaYear,
  hintAfterPauseYear,
  profileView: views,
  profileViewYear: viewsYear,
  profileViewReference: viewsReference,
  unprofiledScript,
  unprofiledScriptReference,
  churnShown,
  churnWaiting,
  popupYear,
  popupEmpty,
  popupYearWorkerStopped,
  popupYearFullSaved,
  popupReference,
  popupReferenceWorkerStopped,
  ledger: { sends: year.sends, jsonBytes: year.jsonBytes, storageBytes, storageBytesFullSaved },
  node,
  sizes,
};
const results: Results = {
  ...measured,
  date: new Date()
    .toISOString()
    .replace(/\.\d+Z$/, ' UTC')
    .replace('T', ' '),
  machine: machine(),
  browser: browserVersion(),
  rounds: roundsRun,
  plannedRounds: ROUNDS,
  timeBudgetSeconds: TIME_BUDGET_S,
  churnRounds: churnRoundsRun,
  shortRuns: SHORT_RUNS,
  seconds: (performance.now() - started) / 1000,
  load: { before: loadBefore, after: loadavg()[0] ?? 0 },
  pageUrl: PROFILE_URL,
  pageBytes: Buffer.byteLength(largeProfileHtml()),
  pageElements: parseHTML(largeProfileHtml()).document.querySelectorAll('*').length,
  churnSeconds: { shown: CHURN_MS.shown / 1000, waiting: CHURN_MS.waiting / 1000 },
  composition,
  timelines,
  popupCause,
  ledgerWrites: writes,
  hot,
  mapped,
  budgets: budgetsOf(measured),
};
writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderReport(results));
printSummary(results);
log('wrote BENCHMARKS.md');
