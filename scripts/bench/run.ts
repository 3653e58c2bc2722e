/**
 * `npm run bench` (after `npm run build`): the cases of cases.ts in headless Chromium, with
 * LockLens, without any extension and with the reference extension, alternating in each round;
 * then the diagnostic runs under the profiler, Node throughput, bundle sizes and storage writes;
 * the budgets (budgets.ts) judged on the medians; BENCHMARKS.md written (report.ts). A benchmark,
 * not a test: it fails only when a case cannot run. BENCH_ROUNDS sets the rounds (5, fewer when
 * the time runs out), BENCH_SHORT_RUNS the profile views and popup opens per round (2),
 * BENCH_SECONDS the time the run may take (280 s: fewer rounds on a slower machine, and without
 * churn after the first; BENCH_ROUNDS, when set, runs every round instead).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Attributor } from './attribution';
import { type BenchBrowser, frozenBuild, launchBrowser } from './browsers';
import { judge } from './budgets';
import { CASES, type DataState, LOCKLENS, NONE, REFERENCE } from './cases';
import { hintTimeline, popupDiagnosis } from './diagnose';
import { dataControl } from './ledger-state';
import { ledgerWrites } from './ledger-writes';
import { yearOfHeavyUse } from './ledger-year';
import { nodeThroughput } from './node-throughput';
import { largeProfileHtml, PROFILE_URL } from './pages';
import { type Results, renderReport } from './report';
import { runCases } from './runner';
import { type Measured, samplesOf } from './samples';
import { fullSavedList } from './saved-list';
import { bundleSizes, contentScriptComposition } from './sizes';
import { printSummary } from './summary';

const ROOT = join(import.meta.dirname, '../..');
const MAP_DIR = join(ROOT, '.output/bench-sourcemap/chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FIXED_ROUNDS = process.env.BENCH_ROUNDS !== undefined;
/** See runner.ts: the run plans its rounds to end within this many seconds. */
const TIME_BUDGET_S = Number(process.env.BENCH_SECONDS ?? 280);
/**
 * The short cases (a profile view, a popup) run this many times per round: a few milliseconds of
 * CPU on a shared two-core machine vary run to run by ±40 %, and 10 samples hold a median steadier
 * than 5 (two runs of 5 rounds differed by 4 ms, 2026-11-22).
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

log('launching Chromium with LockLens, without any extension, and with the reference extension');
const browsers = new Map<string, BenchBrowser>([
  [LOCKLENS, await launchBrowser(LOCKLENS, build.dir)],
  [NONE, await launchBrowser(NONE, null)],
  [REFERENCE, await launchBrowser(REFERENCE, join(import.meta.dirname, 'reference-extension'))],
]);
const lockLens = browsers.get(LOCKLENS) as BenchBrowser;
const data = dataControl([LOCKLENS], year, savedList);
const attributor = new Attributor(build.dir, MAP_DIR);

let measured: Measured;
let record: Awaited<ReturnType<typeof runCases>>;
let timelines: Results['timelines'];
let popupCause: Results['popupCause'];
try {
  record = await runCases(CASES, browsers, data, {
    rounds: ROUNDS,
    minRounds: Math.min(ROUNDS, 3),
    minLongRounds: 1,
    seconds: FIXED_ROUNDS ? Number.POSITIVE_INFINITY : TIME_BUDGET_S,
    started,
    reserve: 1 / 3,
    shortRuns: SHORT_RUNS,
    warmUp: false,
    log,
  });
  measured = record.measured;
  log(`cases: ${[...record.caseSeconds].map(([id, seconds]) => `${id} ${seconds.toFixed(0)} s`).join(', ')}`);
  log('diagnostic runs under the profiler: where the time goes');
  const diagnose = async <T>(state: DataState, run: () => Promise<T>) => {
    await data.setData(lockLens, state, false);
    return run();
  };
  timelines = [
    await diagnose('empty', () => hintTimeline(lockLens, 'load', attributor, 'Full-size profile, empty ledger')),
    await diagnose('year', () => hintTimeline(lockLens, 'load', attributor, 'Full-size profile, a year of data')),
    await diagnose('year', () => hintTimeline(lockLens, 'spa', attributor, 'SPA navigation, a year of data')),
  ];
  popupCause = await diagnose('year', () => popupDiagnosis(lockLens, attributor, 'Popup, a year of data'));
} finally {
  await Promise.all([...browsers.values()].map((b) => b.close()));
}

const hotOf = (id: string, part: 'content' | 'worker') =>
  samplesOf(measured, { case: id, browser: LOCKLENS }).map((sample) => sample.hot?.[part] ?? []);
const storageYearBytes = data.bytesInUse.year ?? Number.NaN;
const contentGzip = sizes.find((s) => s.target === 'chrome-mv3' && s.name === 'content script')?.gzipKb;
const judged = judge(measured, {
  storageYearMb: storageYearBytes / 1e6,
  contentScriptGzipKb: contentGzip ?? Number.NaN,
  writtenPerSendMaxKb: writes.after.written.max / 1024,
  deliveryMaxKb: Math.max(writes.after.delivery.max, writes.afterPause.delivery.max) / 1024,
});
const results: Results = {
  date: new Date()
    .toISOString()
    .replace(/\.\d+Z$/, ' UTC')
    .replace('T', ' '),
  machine: machine(),
  browser: browserVersion(),
  load: { before: loadBefore, after: loadavg()[0] ?? 0 },
  seconds: (performance.now() - started) / 1000,
  rounds: record.rounds,
  plannedRounds: ROUNDS,
  longRounds: record.longRounds,
  timeBudgetSeconds: TIME_BUDGET_S,
  shortRuns: SHORT_RUNS,
  measured,
  judged,
  page: {
    url: PROFILE_URL,
    bytes: Buffer.byteLength(largeProfileHtml()),
    elements: parseHTML(largeProfileHtml()).document.querySelectorAll('*').length,
  },
  ledger: {
    sends: year.sends,
    jsonBytes: year.jsonBytes,
    storageYearBytes,
    storageYearSavedBytes: data.bytesInUse['year-saved'] ?? Number.NaN,
  },
  node,
  sizes,
  composition,
  ledgerWrites: writes,
  timelines,
  popupCause,
  hot: {
    profileView: attributor.top(hotOf('view', 'content')),
    profileViewByFile: attributor.byFile(hotOf('view', 'content')),
    profileViewWorker: attributor.top(hotOf('view', 'worker')),
    profileViewYearWorker: attributor.top(hotOf('view-year', 'worker')),
    churnWaiting: attributor.top(hotOf('churn-waiting', 'content')),
  },
  mapped: attributor.mapped,
};
writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderReport(results));
printSummary(results);
log('wrote BENCHMARKS.md');
