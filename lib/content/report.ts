import { browser } from 'wxt/browser';
import type { StepId } from '../evaluator/types';
import type {
  NoticeReport,
  PageContext,
  PageReport,
  PlanHint,
  ProfileAnswer,
  SendReport,
  TextCheck,
  TextCheckAnswer,
} from '../protocol';

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

/** Tells the background what this tab shows. An orphaned script (extension reloaded) just stays quiet. */
export function sendReport(report: PageReport): void {
  try {
    browser.runtime.sendMessage(withPlanHint(report)).catch(() => {});
  } catch {
    // runtime is gone after an extension reload: nothing to tell anyone.
  }
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
 * also what that profile's hint needs up front (whether to show it, the last contact, the chip's texts).
 */
export async function requestPageContext(slug?: string): Promise<PageContext> {
  const query = slug === undefined ? { type: 'page-context' } : { type: 'page-context', slug: slug.slice(0, 200) };
  return withRetries(async () => {
    const answer = (await browser.runtime.sendMessage(query)) as PageContext | undefined;
    if (!answer?.salt || (slug !== undefined && !answer.profile)) throw new Error('no answer yet');
    return answer;
  });
}

/** Calls `onChange` when the user's settings change, until `signal` aborts. */
export function onSettingsChanged(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && 'settings' in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Sends a profile's signals; the answer is its verdict (null if the background could not answer). */
export async function reportProfile(report: PageReport): Promise<ProfileAnswer | null> {
  try {
    return ((await browser.runtime.sendMessage(withPlanHint(report))) as ProfileAnswer | null) ?? null;
  } catch {
    return null;
  }
}

/**
 * Reports a confirmed send or a LinkedIn notice, retrying while the background starts up; the
 * event id makes a retried report count once.
 */
export async function sendToLedger(message: SendReport | NoticeReport): Promise<void> {
  await withRetries(() => browser.runtime.sendMessage(message)).catch(() => {});
}

export function checkText(check: TextCheck): Promise<TextCheckAnswer> {
  return browser.runtime.sendMessage(check) as Promise<TextCheckAnswer>;
}

/** "Save for later" on the profile this tab shows. */
export async function saveProfile(fields: {
  step: StepId | null;
  note: string;
  followUpAt: number | null;
}): Promise<'saved' | 'list-full' | 'failed'> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'save-profile', ...fields })) as
      | { ok: true }
      | { ok: false; error: string }
      | undefined;
    if (answer?.ok) return 'saved';
    return answer?.error === 'list-full' ? 'list-full' : 'failed';
  } catch {
    return 'failed';
  }
}
