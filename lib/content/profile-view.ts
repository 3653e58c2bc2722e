/**
 * One look at one profile: wait for its top card, read it, show the hint, and report to the
 * background. The hint's chip (free, locked, unknown) depends on the page alone, so after an SPA
 * navigation it is mounted in the same task as the observer that saw the card, before LinkedIn's
 * next frame, with what the background said as the view started (show it at all? last contact?).
 * The report's answer, the verdict evaluated with the viewer's plan and pace, fills in the
 * explanation a few milliseconds later. A page opened with its card already there asks for both
 * in one message. Everything ends with `signal` (navigation, reload).
 */
import { dismiss } from '../dismissed-hints';
import { messagingFrom } from '../evaluator/messaging';
import { primeMessages } from '../messages/format';
import type { PageContext } from '../protocol';
import { findControl, findTopCardFor, pageTheme } from '../reader/page-parts';
import { readProfile } from '../reader/read-profile';
import { type HintProps, mountHint } from './hint-ui';
import { reportProfile, saveProfile, sendReport } from './report';
import { waitForTopCard } from './wait-for-top-card';

export interface ProfileViewOptions {
  url: string;
  slug: string;
  signal: AbortSignal;
  /** Asks the background what this profile's hint needs (show it at all? last contact? texts). */
  requestContext: () => Promise<PageContext>;
  /** Called at once (synchronously) with the context on its way, however it is asked for. */
  onContext: (context: Promise<PageContext>) => void;
}

export async function showProfileView(options: ProfileViewOptions): Promise<void> {
  const { url, slug, signal, requestContext, onContext } = options;
  // A profile opened in its own tab has its top card already: its report asks for the context
  // too (one message, not two). After an SPA navigation the context is asked for now, and
  // answered while LinkedIn is still rendering the card.
  const cardNow = findTopCardFor(document, slug);
  const asked = cardNow ? null : requestContext();
  if (asked) onContext(asked);
  const topCard = cardNow ?? (await waitForTopCard(document, slug, signal));
  if (signal.aborted) return;
  if (!topCard) {
    sendReport({ type: 'page-report', url, status: 'unreadable', reason: 'top-card-missing' });
    return;
  }
  const result = readProfile(document, { url, topCard });
  if (result.page !== 'profile') {
    sendReport({ type: 'page-report', url, status: 'unreadable', reason: result.reason });
    return;
  }
  const { signals } = result;
  const answer = reportProfile({
    type: 'page-report',
    url,
    status: 'profile',
    signals,
    slug,
    ...(result.identity.name ? { name: result.identity.name.slice(0, 200) } : {}),
    ...(asked ? {} : { withContext: true }),
  });
  // No context with the verdict (the background was starting up): ask again, with retries.
  const context = asked ?? answer.then((evaluated) => evaluated?.context ?? requestContext());
  if (!asked) onContext(context);
  // After a navigation, usually answered long before the card arrived: a microtask, not a task.
  const page = await context.catch(() => null);
  if (!page?.profile?.showHint || signal.aborted) return;
  // LinkedIn may have re-rendered the card while the context was on its way: anchor on the one there now.
  const anchor = topCard.isConnected ? topCard : findTopCardFor(document, slug);
  if (!anchor) return;
  const { salt, profile } = page;
  primeMessages(profile.chipTexts);
  const props: HintProps = {
    messaging: messagingFrom(signals.degree.value, signals.pending.value === true),
    verdict: null,
    lastContact: profile.lastContact,
    saved: null,
    now: Date.now(),
    onSave: (fields) => saveProfile(fields),
    theme: pageTheme(document),
    hasControl: (control) => findControl(document, anchor, control) !== null,
    showControl: (control) => {
      const element = findControl(document, anchor, control);
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      element?.focus({ preventScroll: true });
    },
    onDismiss: () => {
      hint.remove();
      void dismiss(slug, salt).catch(() => {});
    },
  };
  const hint = mountHint(anchor, props);
  signal.addEventListener('abort', () => hint.remove(), { once: true });
  const evaluated = await answer;
  if (signal.aborted) return;
  hint.update({
    ...props,
    verdict: evaluated?.verdict ?? null,
    saved: evaluated?.saved ?? null,
    unavailable: !evaluated,
  });
}
