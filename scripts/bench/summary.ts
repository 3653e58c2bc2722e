/** The short summary printed at the end of `npm run bench`: the medians, ratios and budgets. */
import { ms, type Pair } from './budgets';
import { count, hintsOf, pick, type Results } from './report';
import { median, ratio } from './stats';

export function printSummary(r: Results): void {
  const line = (label: string, values: Pair<number>) =>
    console.info(
      `${label.padEnd(48)} with ${ms(median(values.with)).padStart(9)}  without ${ms(median(values.without)).padStart(9)}  ×${ratio(median(values.with), median(values.without)).toFixed(2)}`,
    );
  const one = (label: string, values: number[]) =>
    console.info(`${label.padEnd(48)} with ${ms(median(values)).padStart(9)}`);
  console.info('');
  one('time to hint, full-size profile', hintsOf(r.hintLoad.with));
  one('time to hint, full-size profile, a year', hintsOf(r.hintLoadYear));
  one('time to hint, SPA navigation', hintsOf(r.hintSpa.with));
  one('time to hint, SPA navigation, a year', hintsOf(r.hintSpaYear));
  line(
    'next frame after the top card, full-size',
    pick(r.hintLoad, (h) => h.frameMs),
  );
  line(
    'profile view: content script CPU',
    pick(r.profileView, (v) => v.split.extensionMs),
  );
  one(
    'profile view: service worker busy',
    r.profileView.with.map((v) => v.worker?.busyMs ?? Number.NaN),
  );
  line(
    'profile view: page script time',
    pick(r.profileView, (v) => v.metrics.scriptMs),
  );
  line(
    'churn, hint shown: page script time',
    pick(r.churnShown, (c) => c.metrics.scriptMs),
  );
  line(
    'churn, waiting: extension CPU',
    pick(r.churnWaiting, (c) => c.split.extensionMs),
  );
  line(
    'churn, waiting: page script time',
    pick(r.churnWaiting, (c) => c.metrics.scriptMs),
  );
  one(
    'popup first paint, a year of ledger data',
    r.popupYear.map((p) => p.paintedMs),
  );
  one(
    'popup first paint, empty ledger',
    r.popupEmpty.map((p) => p.paintedMs),
  );
  one(
    'popup first paint, reference extension',
    r.popupReference.map((p) => p.paintedMs),
  );
  console.info(
    `evaluator ${count(r.node.evaluatorOpsPerSecond)} ops/s, composer ${count(r.node.composerOpsPerSecond)} ops/s, pace summary of a year ${ms(r.node.paceSummaryMs)}, reader on 1.5 MB ${ms(r.node.readMs)} (parse ${ms(r.node.parseMs)})`,
  );
  console.info('');
  for (const b of r.budgets) console.info(`budget ${b.holds ? 'ok  ' : 'MISS'} ${b.name}: ${b.measured} (${b.limit})`);
}
