/**
 * Scenario 5, in Node: the evaluator and the composer checker in operations per second, the pace
 * summary of a year of heavy use (what the service worker computes for a profile view or the popup
 * whenever the minute or the ledger changed), and the reader on a 1.5 MB saved page
 * (large-profile.html padded with more Activity posts), parsed with linkedom as `npm run explain`
 * does. Each figure is the median of several timed rounds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { checkComposerText } from '../../lib/composer/check';
import { COMPOSER_KINDS, type ComposerContext } from '../../lib/composer/types';
import { evaluate } from '../../lib/evaluator/evaluate';
import { PLANS, type ViewerContext } from '../../lib/evaluator/types';
import type { Ledger } from '../../lib/pace/ledger';
import { paceSummary } from '../../lib/pace/pace-summary';
import { readProfile } from '../../lib/reader/read-profile';
import type { ProfileSignals } from '../../lib/signals';
import { largeProfileHtml, PROFILE_URL } from './pages';
import { median } from './stats';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');
const ROUND_MS = 400;
export const SAVED_PAGE_BYTES = 1.5 * 1024 * 1024;

export interface NodeThroughput {
  evaluatorOpsPerSecond: number;
  composerOpsPerSecond: number;
  /** Characters per composer text, min..max. */
  composerTextLengths: [number, number];
  /** `paceSummary` of a year of heavy use, each call a minute later than the last. */
  paceSummaryMs: number;
  savedPageBytes: number;
  parseMs: number;
  readMs: number;
  readerOpsPerSecond: number;
}

/** Calls `op` over and over for ROUND_MS; operations per second. */
function opsPerSecond(op: (i: number) => void): number {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (let i = 0; i < 50; i++) op(count++);
    elapsed = performance.now() - start;
  }
  return (count / elapsed) * 1000;
}

function fixtureSignals(): ProfileSignals[] {
  const out: ProfileSignals[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))) {
    const document = parseHTML(readFileSync(join(FIXTURES, file), 'utf8')).document as unknown as Document;
    const result = readProfile(document);
    if (result.page === 'profile') out.push(result.signals);
  }
  return out;
}

const VIEWERS: ViewerContext[] = PLANS.flatMap((plan) => [
  { plan },
  { plan, inmailCredits: 3, invitesLast7Days: 95, inviteLimit7Days: 100, notesUsedThisMonth: 5, messagesToday: 48 },
]);

const SENTENCES = [
  'Hi Anna, I noticed your post on data contracts at Acme and would love to compare notes.',
  'We are hiring senior engineers for a remote role, book a demo at https://example.invalid today!!!',
  'Thanks for the talk last week, the part about migrations stuck with me.',
  'Would you be open to a short call about platform reliability next Tuesday?',
  'Congratulations on the launch, the onboarding flow looks great.',
];

function composerCases(): { text: string; context: ComposerContext }[] {
  const base: ComposerContext = {
    kind: 'message',
    plan: 'free',
    recipient: { firstName: 'Anna', company: 'Acme GmbH', headlineWords: ['Data', 'Engineer', 'Platform'] },
    firstMessage: true,
    language: 'en',
    nearDuplicateCount: 1,
    notesLeftThisMonth: 2,
    invitesLeftThisWeek: 8,
  };
  return COMPOSER_KINDS.flatMap((kind) =>
    [1, 3, 12].map((n) => ({
      text: Array.from({ length: n }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' '),
      context: { ...base, kind },
    })),
  );
}

/** large-profile.html with its Activity posts repeated until the page is 1.5 MB. */
export function savedPage(): string {
  const html = largeProfileHtml();
  const listStart = html.indexOf('<li', html.indexOf('activity_posts_pillContent'));
  const listEnd = html.indexOf('</ul>', listStart);
  const posts = html.slice(listStart, listEnd);
  const copies = Math.ceil((SAVED_PAGE_BYTES - html.length) / posts.length);
  return html.slice(0, listEnd) + posts.repeat(copies) + html.slice(listEnd);
}

/** `year`: a year of heavy use ending now (the bench's, built once for the whole run). */
export function nodeThroughput(rounds: number, year: Ledger): NodeThroughput {
  const signals = fixtureSignals();
  const cases = composerCases();
  const page = savedPage();
  const now = Date.now();
  const evaluator: number[] = [];
  const composer: number[] = [];
  const pace: number[] = [];
  const parse: number[] = [];
  const read: number[] = [];
  for (let round = 0; round < rounds; round++) {
    evaluator.push(
      opsPerSecond((i) =>
        evaluate(signals[i % signals.length] as ProfileSignals, VIEWERS[i % VIEWERS.length] as ViewerContext),
      ),
    );
    composer.push(
      opsPerSecond((i) => {
        const c = cases[i % cases.length] as (typeof cases)[number];
        checkComposerText(c.text, c.context);
      }),
    );
    const paceOps = opsPerSecond((i) =>
      paceSummary(year, { now: now + i * 60_000, plan: 'premium-career', timeZone: 'Europe/Berlin' }),
    );
    pace.push(1000 / paceOps);
    let start = performance.now();
    const document = parseHTML(page).document as unknown as Document;
    parse.push(performance.now() - start);
    start = performance.now();
    const result = readProfile(document, { url: PROFILE_URL });
    read.push(performance.now() - start);
    if (result.page !== 'profile') throw new Error(`reader: the 1.5 MB page read as ${result.reason}`);
  }
  const lengths = cases.map((c) => c.text.length);
  const readMs = median(read);
  return {
    evaluatorOpsPerSecond: median(evaluator),
    composerOpsPerSecond: median(composer),
    composerTextLengths: [Math.min(...lengths), Math.max(...lengths)],
    paceSummaryMs: median(pace),
    savedPageBytes: Buffer.byteLength(page),
    parseMs: median(parse),
    readMs,
    readerOpsPerSecond: 1000 / readMs,
  };
}
