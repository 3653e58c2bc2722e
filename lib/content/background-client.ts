/**
 * The content script's whole client for the background: every request it sends, typed by the
 * protocol's map through one `ask()` (lib/protocol/ask.ts), and the one storage change it listens
 * for (the settings). An orphaned script (the extension reloaded under it) stays quiet: nothing
 * here throws into the page.
 */
import { browser } from 'wxt/browser';
import type { StepId } from '../evaluator/types';
import {
  type ListedAnswer,
  type PageContext,
  type ProfileAnswer,
  saveOutcome,
  type TextCheckAnswer,
} from '../protocol/answers';
import { ask } from '../protocol/ask';
import type { ListedPerson, NoticeReport, PageReport, PlanHint, SendReport, TextCheck } from '../protocol/schemas';
import { SETTINGS_KEY } from '../storage/keys';

/** LinkedIn's plan hint, seen as the script started: it rides on the next page report. */
let planHintToSend: PlanHint | null = null;

export function sendPlanHintWithNextReport(hint: PlanHint | null): void {
  planHintToSend = hint;
}

function withPlanHint(report: PageReport): PageReport {
  if (!planHintToSend) return report;
  const planHint = planHintToSend;
  planHintToSend = null;
  return { ...report, planHint };
}

const quiet = () => null;

/** Tells the background what this tab shows. */
export function sendReport(report: PageReport): void {
  void ask(withPlanHint(report)).catch(quiet);
}

/**
 * Calls the background, retrying with a growing pause: an MV3 service worker (or Firefox's event
 * page) may be starting up, and some answers must not be lost. Rejects after the last attempt.
 */
async function withRetries<T>(call: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
    }
  }
}

/**
 * This install's salt, for hashing recipients and fingerprinting texts; with a profile's slug,
 * also what that profile's hint needs up front (whether to show it, the last contact, the chip's
 * texts); on a people list (`list`), whether to mark its cards.
 */
export async function requestPageContext(slug?: string, list?: true): Promise<PageContext> {
  const query = { type: 'page-context' as const, ...(slug === undefined ? {} : { slug: slug.slice(0, 200) }), list };
  return withRetries(async () => {
    const answer = await ask(query);
    if (!answer?.salt || (slug !== undefined && !answer.profile) || (list && !answer.list)) {
      throw new Error('no answer yet');
    }
    return answer;
  });
}

/**
 * A batch of list cards, retried while the background starts up; the answer is each one's verdict
 * (null: hidden), or null (list marks off, or no answer).
 */
export async function reportListCards(cards: ListedPerson[]): Promise<(ListedAnswer | null)[] | null> {
  return (await withRetries(() => ask({ type: 'list-report', cards })).catch(quiet)) ?? null;
}

/** Calls `onChange` when the user's settings change, until `signal` aborts. */
export function onSettingsChanged(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Sends a profile's signals; the answer is its verdict (null if the background could not answer). */
export async function reportProfile(report: PageReport): Promise<ProfileAnswer | null> {
  return (await ask(withPlanHint(report)).catch(quiet)) ?? null;
}

/**
 * Reports a confirmed send or a LinkedIn notice, retrying while the background starts up; the
 * event id makes a retried report count once.
 */
export async function sendToLedger(message: SendReport | NoticeReport): Promise<void> {
  await withRetries(() => ask(message)).catch(quiet);
}

export async function checkText(check: TextCheck): Promise<TextCheckAnswer> {
  const answer = await ask(check);
  if (!answer) throw new Error('no answer');
  return answer;
}

/** "Save for later" on the profile this tab shows, or on the person of a list card's mark. */
export async function saveProfile(
  fields: { step: StepId | null; note: string; followUpAt: number | null },
  person?: ListedPerson,
): Promise<'saved' | 'list-full' | 'failed'> {
  return saveOutcome(await ask({ type: 'save-profile', ...fields, person }).catch(quiet));
}
