/**
 * One look at one profile: wait for its top card, read it, show the hint, and report to the
 * background. The hint's chip (free, locked, unknown) depends on the page alone, so it is
 * mounted in the same task as the observer that saw the card, before LinkedIn's next frame,
 * with what the background said as the view started (show it at all? last contact?). The
 * report's answer, the verdict evaluated with the viewer's plan and pace, fills in the
 * explanation a few milliseconds later. Everything ends with `signal` (navigation, reload).
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
  /** The background's answer for this profile, asked for when the view started. */
  context: Promise<PageContext>;
}

export async function showProfileView({ url, slug, signal, context }: ProfileViewOptions): Promise<void> {
  const topCard = await waitForTopCard(document, slug, signal);
  if (signal.aborted) return;
  if (!topCard) {
    sendReport({ type: 'page-report', url, status: 'unreadable', reason: 'top-card-missing' });
    return;
  }
  const result = readProfile(document, { url });
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
  });
  // Usually answered long before the card arrived; then this costs a microtask, not a task.
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
