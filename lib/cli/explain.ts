/**
 * `npm run explain -- FILE.html [--plan PLAN] [--json]`: the reader and evaluator on a saved
 * page, so anyone can see what LockLens reads from a page LinkedIn just changed.
 * The DOM parser is passed in, so this module runs in Node (linkedom) and in tests alike.
 */
import { evaluate } from '../evaluator/evaluate';
import { PLANS, type Plan, type Verdict } from '../evaluator/types';
import { asSentence, formatKey, formatMessage } from '../messages/format';
import { queryEntry } from '../reader/dom';
import { type MatchedAlternative, matchedAlternatives } from '../reader/matched-alternative';
import { readProfile } from '../reader/read-profile';
import { PAGE } from '../reader/selectors';
import { type ReadResult, type SignalName, signalValues } from '../signals';

export interface ExplainIo {
  readFile(path: string): Buffer;
  exists(path: string): boolean;
  parseHtml(html: string): Document;
  out(text: string): void;
  err(text: string): void;
  samplePath: string;
}

interface Args {
  file: string | null;
  plan: Plan;
  json: boolean;
}

const USAGE = 'usage: npm run explain -- [FILE.html] [--plan PLAN] [--json]';

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { file: null, plan: 'free', json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') args.json = true;
    else if (arg === '--plan' || arg.startsWith('--plan=')) {
      const value = arg.includes('=') ? arg.slice('--plan='.length) : argv[++i];
      if (!value || !(PLANS as readonly string[]).includes(value)) {
        return `unknown plan "${value ?? ''}": use one of ${PLANS.join(', ')}`;
      }
      args.plan = value as Plan;
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('-')) return `unknown option ${arg}\n${USAGE}`;
    else if (args.file === null) args.file = arg;
    else return `one file at a time\n${USAGE}`;
  }
  return args;
}

function looksLikeHtml(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  return /<(?:!doctype\s+html|html|body|div|section|main)\b/i.test(bytes.subarray(0, 64 * 1024).toString('utf8'));
}

const REASONS: Record<string, string> = {
  'not-a-profile-page': 'this page is not a LinkedIn profile (no profile top card, no profile screen)',
  'top-card-missing': 'this is a profile page, but its top card is missing (saved before it loaded?)',
  'reader-error': 'the reader could not make sense of this page',
};

/** Which alternative of each registry entry the read went through, and when its markup was seen. */
function markupRead(topCardEvidence: string, result: Extract<ReadResult, { page: 'profile' }>): MatchedAlternative[] {
  return matchedAlternatives([topCardEvidence, ...Object.values(result.signals).flatMap((signal) => signal.evidence)]);
}

function markupLines(markup: readonly MatchedAlternative[]): string[] {
  const width = Math.max(...markup.map((m) => m.entry.length));
  return [
    '',
    "Markup it went by (lib/reader/selectors.ts lists each entry's alternatives newest first):",
    ...markup.map((m) => `  ${m.entry.padEnd(width)}  ${m.index + 1} of ${m.of}  seen ${m.seen}`),
  ];
}

function humanReport(
  result: Extract<ReadResult, { page: 'profile' }>,
  verdict: Verdict,
  markup: readonly MatchedAlternative[],
): string {
  const lines: string[] = [];
  const degree = result.signals.degree.value;
  const who = result.identity.name ?? 'This profile';
  lines.push(
    `${who}${degree ? ` (${formatKey(`degree.${degree}`)})` : ''}: ${formatKey(`messaging.${verdict.messaging}`)}`,
  );
  const [top, ...others] = verdict.causes;
  if (top) {
    lines.push('', `Why: ${formatKey(`cause.${top.id}`)}`);
    lines.push(`     ${asSentence(top.evidence.map((e) => formatMessage(e)).join('; '))}`);
    const basis = top.basis ? ` · ${formatMessage(top.basis)}` : '';
    lines.push(`     (${formatKey(`source.${top.source}`)}${basis}, confidence ${Math.round(top.confidence * 100)}%)`);
  }
  if (others.length > 0) {
    lines.push('', 'Also possible:');
    for (const c of others) lines.push(`  - ${formatKey(`cause.${c.id}`)} [${formatKey(`source.${c.source}`)}]`);
  }
  lines.push('', 'Next steps, cheapest first:');
  verdict.nextSteps.forEach((s, i) => {
    lines.push(
      `  ${i + 1}. ${formatKey(`step.${s.id}`)}: ${formatMessage(s.why)} [${formatKey(`source.${s.source}`)}]`,
    );
  });
  const unknowns = (Object.keys(result.signals) as SignalName[]).filter((n) => result.signals[n].value === null);
  if (unknowns.length > 0) lines.push('', `Could not tell: ${unknowns.join(', ')}.`);
  if (markup.length > 0) lines.push(...markupLines(markup));
  return lines.join('\n');
}

/** Returns the process exit code: 0 on a profile, 1 on a page that is not one, 2 on bad input. */
export function runExplain(argv: readonly string[], io: ExplainIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    (args === USAGE ? io.out : io.err)(args);
    return args === USAGE ? 0 : 2;
  }
  const path = args.file ?? io.samplePath;
  if (args.file === null && !args.json) io.out(`No file given: explaining the bundled sample profile ${path}\n`);
  if (!io.exists(path)) {
    io.err(`explain: no such file: ${path}`);
    return 2;
  }
  const bytes = io.readFile(path);
  if (!looksLikeHtml(bytes)) {
    io.err(
      `explain: ${path} is not an HTML page. Save the LinkedIn profile with "Save page as…" (HTML) and try again.`,
    );
    return 2;
  }
  const document = io.parseHtml(bytes.toString('utf8'));
  // Found here, as the content script finds it, so the report can name the alternative that matched.
  const topCard = queryEntry(document, 'topCard', PAGE.topCard);
  const result = readProfile(document, topCard ? { topCard: topCard.element } : {});
  if (result.page !== 'profile') {
    if (args.json) io.out(JSON.stringify({ page: 'unrecognized', reason: result.reason }, null, 2));
    else io.err(`explain: ${path}: ${REASONS[result.reason] ?? result.reason}.`);
    return 1;
  }
  const verdict = evaluate(result.signals, { plan: args.plan });
  const markup = markupRead(topCard?.evidence ?? '', result);
  if (args.json) {
    const evidence = Object.fromEntries(Object.entries(result.signals).map(([name, s]) => [name, s.evidence]));
    io.out(
      JSON.stringify(
        {
          page: 'profile',
          identity: result.identity,
          signals: signalValues(result.signals),
          evidence,
          markup,
          verdict,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(humanReport(result, verdict, markup));
  }
  return 0;
}
