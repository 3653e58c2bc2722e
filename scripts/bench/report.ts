/**
 * BENCHMARKS.md from one run: the machine, the browser, the date, the budgets (each with its
 * ratio or value, the figures it comes from, and whether it holds), each section's rows (the
 * medians of a case's figure in each browser, and LockLens's ratio to the others), and the
 * evidence from the profiles of where the time went. The sections' rows are data: a new case
 * shows up by adding a row.
 */
import type { NamedFrame } from './attribution';
import type { Judged } from './budgets';
import { type CaseId, caseById, LOCKLENS, NONE, REFERENCE } from './cases';
import { CHURN_MS } from './churn';
import { WINDOW_MS } from './cpu';
import type { HintTimeline, PopupDiagnosis, WorkerUse } from './diagnose';
import { type LedgerWrites, renderLedgerWrites } from './ledger-writes';
import { LIST_CHURN_MS, LIST_LINES_MS } from './list-marks';
import type { NodeThroughput } from './node-throughput';
import { type FigureRef, type Measured, medianOf, valuesOf } from './samples';
import type { EntrypointSize, ModuleShare } from './sizes';
import { median, range } from './stats';
import { SETTLE_MS } from './time-to-hint';

export interface Results {
  date: string;
  machine: string;
  browser: string;
  /** One-minute load average before and after the run (other work on the machine skews timings). */
  load: { before: number; after: number };
  seconds: number;
  rounds: number;
  plannedRounds: number;
  longRounds: number;
  /** The time the run may take (BENCH_SECONDS). */
  timeBudgetSeconds: number;
  shortRuns: number;
  measured: Measured;
  judged: Judged[];
  page: { url: string; bytes: number; elements: number };
  ledger: { sends: number; jsonBytes: number; storageYearBytes: number; storageYearSavedBytes: number };
  node: NodeThroughput;
  sizes: EntrypointSize[];
  composition: ModuleShare[] | null;
  ledgerWrites: LedgerWrites;
  timelines: HintTimeline[];
  popupCause: PopupDiagnosis;
  hot: {
    profileView: NamedFrame[];
    profileViewByFile: { file: string; msPerRun: number }[];
    profileViewWorker: NamedFrame[];
    profileViewYearWorker: NamedFrame[];
    churnWaiting: NamedFrame[];
  };
  mapped: boolean;
}

/** A row of a section's table: one figure of one case, in every browser the case ran in. */
interface Row {
  label: string;
  case: CaseId;
  metric: string;
}

const kb = (value: number) => `${value.toFixed(1)} kB`;
export const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
const times = (value: number) => (Number.isFinite(value) ? `×${value.toFixed(2)}` : '–');
export const count = (value: number) => Math.round(value).toLocaleString('en-US');
const code = (text: string) => `\`${text.replaceAll('|', '\\|').replaceAll('`', "'")}\``;

/** Median (min–max), and how many runs had no value. */
function stat(all: number[]): string {
  const values = all.filter(Number.isFinite);
  if (values.length === 0) return '–';
  const [low, high] = range(values);
  const missing = all.length - values.length;
  return `${ms(median(values))} (${low.toFixed(1)}–${high.toFixed(1)})${missing ? ` (${missing} of ${all.length} runs had none)` : ''}`;
}

const BROWSER_COLUMNS = [
  { browser: LOCKLENS, title: 'LockLens: median (min–max)' },
  { browser: NONE, title: 'No extension' },
  { browser: REFERENCE, title: 'Reference extension' },
] as const;

/** The section's table: a column per browser any of its cases ran in, and LockLens's ratio to each other one. */
function table(measured: Measured, rows: readonly Row[]): string {
  const used = BROWSER_COLUMNS.filter(({ browser }) =>
    rows.some((row) => caseById(row.case).browsers.includes(browser)),
  );
  const others = used.filter(({ browser }) => browser !== LOCKLENS);
  const ref = (row: Row, browser: string): FigureRef => ({ case: row.case, browser, metric: row.metric });
  const ran = (row: Row, browser: string) => caseById(row.case).browsers.includes(browser);
  const lines = rows.map((row) => {
    const cells = used.map(({ browser }) => (ran(row, browser) ? stat(valuesOf(measured, ref(row, browser))) : '–'));
    const ratios = others.map(({ browser }) =>
      ran(row, browser) && ran(row, LOCKLENS)
        ? times(medianOf(measured, ref(row, LOCKLENS)) / medianOf(measured, ref(row, browser)))
        : '–',
    );
    return `| ${row.label} | ${[...cells, ...ratios].join(' | ')} |`;
  });
  const head = ['', ...used.map((c) => c.title), ...others.map((c) => `LockLens / ${c.title.toLowerCase()}`)];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines].join('\n');
}

function judgedRow(j: Judged): string {
  const unit = (value: number) =>
    j.unit === 'MB'
      ? `${value.toFixed(2)} MB`
      : j.unit === 'kB'
        ? kb(value)
        : j.unit === 'frames'
          ? `${value} frames`
          : ms(value);
  const result = j.unit === '×' ? times(j.result) : j.unit === '%' ? `${j.result.toFixed(2)} %` : unit(j.result);
  const limit = j.unit === '×' ? `≤ ×${j.max.toFixed(2)}` : j.unit === '%' ? `≤ ${j.max} %` : `< ${j.max} ${j.unit}`;
  const figures = j.base === null ? '' : `${ms(j.value)} against ${ms(j.base)}`;
  return `| ${j.name} | ${figures} | ${result} | ${limit} | ${j.holds ? 'PASS' : '**FAIL**'} |`;
}

function hotTable(frames: NamedFrame[]): string {
  if (frames.length === 0) return 'No extension samples.';
  return [
    '| ms per run | Where (source) | Code |',
    '|---|---|---|',
    ...frames.map((f) => `| ${f.msPerRun.toFixed(2)} | ${code(f.location)} | ${code(f.code)} |`),
  ].join('\n');
}

function workerLines(worker: WorkerUse | null): string {
  if (!worker) return '';
  if (worker.samples === 0) return '\n\n  The service worker could not be sampled in this run.';
  return `\n\n  Meanwhile the service worker was busy ${ms(worker.busyMs)}; its heaviest functions:\n\n${hotTable(
    worker.top,
  )
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}`;
}

const KIND_LABEL = { extension: 'extension', page: 'page script', program: '(program)', gc: 'GC', idle: 'idle' };

const totalsOf = (totals: Record<string, number>) =>
  Object.entries(totals)
    .map(([kind, value]) => `${KIND_LABEL[kind as keyof typeof KIND_LABEL]} ${value.toFixed(1)}`)
    .join(', ');

function timeline(t: HintTimeline): string {
  const steps = t.segments.map(
    (s) => `  1. ${KIND_LABEL[s.kind]} ${s.ms.toFixed(1)} ms${s.top ? `: ${code(s.top)}` : ''}`,
  );
  return [
    `- **${t.title}** (hint after ${ms(t.hintMs)} under the profiler). Page main thread from the trigger to the hint, in ms: ${totalsOf(t.totals)}. In order (segments under 0.5 ms left out):`,
    '',
    ...steps,
  ].join('\n');
}

function popupCause(p: PopupDiagnosis): string {
  return [
    `**${p.title}**: dashboard in the DOM after ${ms(p.readyMs)} under the profiler. The popup's main thread from the navigation to the dashboard, in ms: ${totalsOf(p.totals)}. In order (segments under 0.5 ms left out):`,
    '',
    ...p.segments.map((s) => `1. ${KIND_LABEL[s.kind]} ${s.ms.toFixed(1)} ms${s.top ? `: ${code(s.top)}` : ''}`),
    '',
    "The popup's heaviest functions:",
    '',
    hotTable(p.hot),
    workerLines(p.worker).replaceAll('\n  ', '\n'),
  ].join('\n');
}

const HINT_ROWS: readonly Row[] = [
  { label: 'Full-size profile: top card → hint', case: 'hint-load', metric: 'hintMs' },
  { label: 'Full-size profile: top card → hint, a year of data', case: 'hint-load-year', metric: 'hintMs' },
  { label: "Full-size profile: top card → LinkedIn's next frame", case: 'hint-load', metric: 'frameMs' },
  {
    label: 'After a pause: load → hint, the service worker stopped first, a year of data',
    case: 'hint-after-pause',
    metric: 'hintMs',
  },
  { label: 'SPA navigation: top card → hint', case: 'hint-spa', metric: 'hintMs' },
  { label: 'SPA navigation: top card → hint, a year of data', case: 'hint-spa-year', metric: 'hintMs' },
  { label: "SPA navigation: top card → LinkedIn's next frame", case: 'hint-spa', metric: 'frameMs' },
];

const VIEW_ROWS: readonly Row[] = [
  {
    label: 'No profiler: script time (the content script: the page runs none)',
    case: 'view-unprofiled',
    metric: 'scriptMs',
  },
  { label: "No profiler: the tab's main-thread task time", case: 'view-unprofiled', metric: 'taskMs' },
  { label: 'Profiled: content script CPU (profile samples)', case: 'view', metric: 'contentMs' },
  { label: 'Profiled: service worker busy', case: 'view', metric: 'workerMs' },
  { label: 'Profiled: content script + service worker', case: 'view', metric: 'totalMs' },
  { label: 'Profiled: script time', case: 'view', metric: 'scriptMs' },
  { label: 'Profiled, a year of data: content script CPU', case: 'view-year', metric: 'contentMs' },
  { label: 'Profiled, a year of data: service worker busy', case: 'view-year', metric: 'workerMs' },
  { label: 'Profiled, a year of data: content script + service worker', case: 'view-year', metric: 'totalMs' },
];

const CHURN_ROWS: readonly Row[] = [
  { label: 'Hint shown, no profiler: script time', case: 'churn-shown', metric: 'scriptMs' },
  { label: 'Hint shown, no profiler: main-thread task time', case: 'churn-shown', metric: 'taskMs' },
  {
    label: "Hint shown, profiled: LockLens's CPU (profile samples)",
    case: 'churn-shown-profiled',
    metric: 'extensionMs',
  },
  {
    label: "Waiting for the top card, profiled: LockLens's CPU (profile samples)",
    case: 'churn-waiting',
    metric: 'extensionMs',
  },
  { label: 'Waiting for the top card, profiled: script time', case: 'churn-waiting', metric: 'scriptMs' },
  { label: 'Waiting for the top card, profiled: main-thread task time', case: 'churn-waiting', metric: 'taskMs' },
];

const POPUP_CASES: readonly { label: string; case: CaseId }[] = [
  { label: 'A year of data, right after a change', case: 'popup-year' },
  { label: 'Empty ledger, right after a change', case: 'popup-empty' },
  { label: 'A year of data, the service worker stopped first', case: 'popup-year-stopped' },
  { label: 'A year of data and 2,000 saved people, right after a change', case: 'popup-year-saved' },
];
const POPUP_ROWS: readonly Row[] = POPUP_CASES.flatMap(({ label, case: id }) => [
  { label: `${label}: first meaningful paint`, case: id, metric: 'paintedMs' },
  { label: `${label}: dashboard in the DOM`, case: id, metric: 'readyMs' },
]);

const LIST_ROWS: readonly Row[] = [
  {
    label: '10 results, then 40 more by scrolling: content script CPU (profile samples)',
    case: 'list-load',
    metric: 'contentMs',
  },
  { label: '10 results, then 40 more by scrolling: script time', case: 'list-load', metric: 'scriptMs' },
  { label: '10 results, then 40 more by scrolling: main-thread task time', case: 'list-load', metric: 'taskMs' },
  { label: 'Churning: content script CPU (profile samples)', case: 'list-churn', metric: 'contentMs' },
  { label: 'Churning: script time', case: 'list-churn', metric: 'scriptMs' },
  { label: 'Churning: main-thread task time', case: 'list-churn', metric: 'taskMs' },
];

/** Every row of every section (a test checks each names a case's figure). */
export const REPORT_ROWS: readonly Row[] = [...HINT_ROWS, ...VIEW_ROWS, ...CHURN_ROWS, ...POPUP_ROWS, ...LIST_ROWS];

function churnRates(measured: Measured): string {
  const all = (metric: string) =>
    ['churn-shown', 'churn-waiting'].flatMap((id) =>
      caseById(id).browsers.flatMap((browser) => valuesOf(measured, { case: id, browser, metric })),
    );
  return `${count(median(all('addedPerSecond')))} nodes inserted and ${count(median(all('removedPerSecond')))} removed per second`;
}

function snapshotShare(measured: Measured): string {
  const painted = valuesOf(measured, { case: 'popup-year-stopped', browser: LOCKLENS, metric: 'fromSnapshot' });
  return `${painted.filter((value) => value === 1).length} of ${painted.length}`;
}

export function renderReport(r: Results): string {
  const missed = r.judged.filter((j) => !j.holds);
  const composition = r.composition
    ? [
        '| Module | Raw | Share of the raw bundle | Gzip, alone |',
        '|---|---|---|---|',
        ...r.composition
          .slice(0, 16)
          .map((m) => `| ${code(m.module)} | ${kb(m.rawKb)} | ${(100 * m.share).toFixed(1)} % | ${kb(m.gzipKb)} |`),
      ].join('\n')
    : '_No source map matching this build._';

  return `# LockLens benchmarks

Written by \`npm run bench\` (\`scripts/bench/run.ts\`, its cases in \`scripts/bench/cases.ts\` and its
budgets in \`scripts/bench/budgets.ts\`); run it again rather than edit this file. Timings are medians
over rounds that alternate the same run in otherwise identical headless Chromium profiles: with
LockLens, without any extension, and with the bench's reference extension. What was measured apart
from these runs (builds side by side, traces, new cases), with its dates, is in
[docs/benchmark-notes.md](docs/benchmark-notes.md).

- **Date**: ${r.date}
- **Machine**: ${r.machine}; one-minute load average ${r.load.before.toFixed(2)} before the run, ${r.load.after.toFixed(2)} after
- **Browser**: ${r.browser}
- **Rounds**: ${r.rounds}${r.rounds < r.plannedRounds ? ` of the ${r.plannedRounds} planned (more would have ended the run past its ${r.timeBudgetSeconds} s)` : ''}, ${r.longRounds} of them with the long extra cases (churn waiting for the top card, profiled churn, a people list churning); each with ${r.shortRuns} profile views and ${r.shortRuns} popup opens per
  case and browser; the whole run took ${Math.round(r.seconds)} s after the build.
- **Page**: \`test/fixtures/large-profile.html\` (${kb(r.page.bytes / 1024)} of HTML, ${count(r.page.elements)} elements, fake people only),
  served offline at \`${r.page.url}\`, with the bench's variants made at run time; every other request is aborted.
- **Ledger**: the cases run on a fresh install's empty ledger (\`reset-data\`) unless they say "a year of
  data": a heavy user's year, imported through the extension's own import (§4).
- **Reference extension** (\`scripts/bench/reference-extension\`): the least a hint can do (one query
  for the top card, one message to its worker, a chip in a shadow root) and the least a popup can do
  (one message, one figure drawn where the bench looks for the dashboard). No reader, evaluator, UI
  library, storage or styles: the floor of each measure on the machine that runs it.

## Budgets

Time LockLens spends on LinkedIn's pages is judged against a browser measured side by side in the same
run (issue #31): LockLens's own cost against the reference extension's, and what LinkedIn's page pays
against the same page without any extension. Only such a ratio survives a noisy, shared machine; the
figures it is made of stand beside it.

| Budget | Figures (medians) | Measured | Limit | |
|---|---|---|---|---|
${r.judged.map(judgedRow).join('\n')}

${missed.length === 0 ? 'Every budget holds.' : `${missed.length} of ${r.judged.length} budgets missed; the evidence is under [Causes](#causes) and in [docs/benchmark-notes.md](docs/benchmark-notes.md).`}

## 1. Time to hint

From the page's own mark \`topcard-inserted\` (its script inserts the top card into the lazy column)
to its mark \`hint-rendered\` (its MutationObserver sees \`aside-note-card\` with \`.ll-chip\` in the open
shadow root). The extension places neither mark. The content script runs at \`document_idle\`; the
page inserts the card ${SETTLE_MS} ms after \`load\`, when the script is up and waiting, so the figure is the
extension's reaction, not its start-up. "Next frame" runs from \`topcard-inserted\` to the end of the
first frame after it (\`requestAnimationFrame\`, then a task): the page's own rendering of the card,
which the extension's work may delay. The SPA case starts on one profile with its hint, pushes
another member's URL and swaps in their top card 20 ms later (as after LinkedIn's fetch).
"After a pause" is the unmodified full-size profile opened in a new tab right after the bench
stopped the service worker (as Chromium does after 30 s idle), from the page's \`load\` to the chip
(polled on animation frames; 0 if it came first): the woken worker's answer to the report. A script
at \`document_start\` (\`entrypoints/linkedin-wake.ts\`) wakes the worker as the page starts loading.

${table(r.measured, HINT_ROWS)}

## 2. A plain profile view

The unmodified full-size profile (no bench script), opened in a tab that was on a blank LinkedIn
page, from the navigation to ${WINDOW_MS} ms after \`load\`. "No profiler": the page's script and task time
(\`Performance.getMetrics\`, nothing else attached); the profile page runs no script of its own, so its
script time is the content script's, and its task time is everything the tab's main thread did
(parsing, style, layout, paint, scripts). "Profiled": the V8 sampling profiler (100 µs) on the page and
on the service worker; content script: every sample with a \`chrome-extension://<id>/\` frame on its
stack (its own code and the DOM calls it makes; compiling the script is not counted); service
worker: its busy samples over the same window (it evaluates the profile and answers). The sampler
slows the code it samples (2026-12-04: 13.1 ms of script time without it, 18.3 ms with it), so the
unprofiled figures are closer to what a user's tab pays. What LockLens spends beyond the reference is
mostly its code running for the first time in the tab (compiled on its first call, then
interpreted): [docs/benchmark-notes.md](docs/benchmark-notes.md) §2 has the builds with parts cut
out and the traces that say so.

${table(r.measured, VIEW_ROWS)}

## 3. Churn

A feed-like container in the right rail, away from the top card: ${churnRates(r.measured)}.
"Hint shown": ${CHURN_MS.shown / 1000} s on the full profile with its hint up; without the profiler, what LinkedIn's page
pays for its own work with LockLens there (its script time is the churn's, and LockLens's if any ran);
profiled in the first round for LockLens's own samples. "Waiting": ${CHURN_MS.waiting / 1000} s while the top card has
not arrived yet, so the content script's observer on \`#root\` sees every inserted node; the card then
goes in and the hint must follow (checked); profiled, in the first round.

${table(r.measured, CHURN_ROWS)}

## 4. Popup

\`chrome-extension://<id>/popup.html\` opened as a page and timed on its own Performance timeline from
navigation start: "dashboard in the DOM" when \`main[data-ready] [data-metric]\` exists, "first
meaningful paint" at the end of the frame that shows it (\`requestAnimationFrame\`, then a task). Before
each open "right after a change" the extension gets its data through its own data controls (an
extension page sends \`reset-data\`, or \`export-data\` then \`import-data\` with the ledger replaced), as
after a send: the popup cannot paint the view the worker keeps for it (\`lib/popup-snapshot.ts\`) and
waits for the worker's answer. A year of heavy use is ${count(r.ledger.sends)} sends (100 invitations with a note a
week and 50 messages a day, every one fingerprinted, compacted daily); 2,000 saved people is the most
the saved list keeps (\`scripts/bench/saved-list.ts\`). "The service worker stopped first": as Chromium
leaves it after 30 s idle, more than a second after the last change, so the popup paints the view the
worker kept (it did in ${snapshotShare(r.measured)} opens) and asks the worker after that first frame. The reference
popup asks its worker (woken just before, as LockLens's is by the import) once and draws one figure;
with its worker stopped first, it shows what Chromium's start of a stopped extension adds to any popup.

${table(r.measured, POPUP_ROWS)}

The year's ledger is ${kb(r.ledger.jsonBytes / 1024)} as JSON; \`chrome.storage.local.getBytesInUse()\` with it: ${kb(r.ledger.storageYearBytes / 1024)}, and with the full saved list as well: ${kb(r.ledger.storageYearSavedBytes / 1024)} (the storage budget is judged without it).

## 5. Node throughput

Medians of ${r.plannedRounds} rounds of 0.4 s each.

| Operation | Median |
|---|---|
| Evaluator (\`evaluate\`: every profile fixture × every plan, two viewer states) | ${count(r.node.evaluatorOpsPerSecond)} ops/s |
| Composer checker (\`checkComposerText\`: 4 kinds × texts of ${r.node.composerTextLengths[0]}–${r.node.composerTextLengths[1]} characters) | ${count(r.node.composerOpsPerSecond)} ops/s |
| Pace summary of a year of heavy use (\`paceSummary\`, ${count(r.ledger.sends)} sends; each call a minute later) | ${ms(r.node.paceSummaryMs)} |
| linkedom \`parseHTML\` of a ${kb(r.node.savedPageBytes / 1024)} saved page (large-profile.html with more posts) | ${ms(r.node.parseMs)} |
| Reader (\`readProfile\`) on that page | ${ms(r.node.readMs)} (${count(r.node.readerOpsPerSecond)} ops/s) |

## 6. Bundle sizes

Gzip level 9, counted as \`npm run budget\` does (\`scripts/size-budgets.mjs\`: an HTML entrypoint with every script, style and chunk it loads).

| Build | Entrypoint | Raw | Gzip | \`npm test\` limit (gzip) |
|---|---|---|---|---|
${r.sizes.map((s) => `| ${s.target} | ${s.name} | ${kb(s.rawKb)} | ${kb(s.gzipKb)} | ${s.testMaxKb} kB |`).join('\n')}

The content script (chrome-mv3) by source module, from the source map ("gzip, alone" compresses the
module's code by itself: an estimate of what it adds, since gzip shares context across modules):

${composition}

${renderLedgerWrites(r.ledgerWrites)}
## 7. People lists

The list marks (issue #33) on a people search page made from \`test/fixtures/search-results-people.html\`
(\`scripts/bench/list-marks.ts\`): 10 results arrive once the content script is up, then 40 more are
appended and the page scrolls to the end, a viewport step per frame; profiled from the first result
to ${LIST_LINES_MS} ms after the last mark (the last marks' lines, asked for once cards stop coming, included). "Churning": the 10 results for ${LIST_CHURN_MS / 1000} s while a card is re-rendered in place every
10 ms (a fresh copy of the same person's card) and a feed beside the list takes posts in and out.
The reference extension marks each result card as it arrives, from one observer, with one message
per batch holding each card's profile link and its action's label. The page counts, with an observer of its own, the frames each card was on screen
without its mark: the worst card's count is a budget (at most one frame).

${table(r.measured, LIST_ROWS)}

## Causes

${r.mapped ? 'Frames are named through the hidden source maps of a byte-identical build (`scripts/bench/wxt.sourcemap.config.ts`).' : 'The source-map build did not match the measured one: frames keep their minified names.'}
"ms per run" counts the samples whose innermost extension frame is that function: its own code and
the native calls it makes (DOM queries, JSON, storage). \`(program)\` is the browser's native work
outside JavaScript (style, layout, paint, parsing, IPC).

### Time to hint

${r.timelines.map((t) => timeline(t) + workerLines(t.worker)).join('\n\n')}

### A plain profile view

Content script, heaviest functions:

${hotTable(r.hot.profileView)}

Content script by source file:

${['| ms per run | File |', '|---|---|', ...r.hot.profileViewByFile.map((f) => `| ${f.msPerRun.toFixed(2)} | ${code(f.file)} |`)].join('\n')}

Service worker, empty ledger:

${hotTable(r.hot.profileViewWorker)}

Service worker, a year of data:

${hotTable(r.hot.profileViewYearWorker)}

### Churn while waiting for the top card

${hotTable(r.hot.churnWaiting)}

### Popup with a year of data

${popupCause(r.popupCause)}
`;
}
