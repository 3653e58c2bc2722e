/**
 * One look at one profile: wait for its top card, read it, show the hint, and report to the
 * background. The hint's chip (free, locked, unknown) depends on the page alone (the degree and a
 * pending invitation), so after an SPA navigation it is mounted in the same task as the observer
 * that saw the card, with what the background said as the view started (show it at all? last
 * contact?), and the rest of the card is read and reported only after LinkedIn's next frame. The
 * report's answer, the verdict evaluated with the viewer's plan and pace, fills in the explanation
 * a few milliseconds later. A page opened with its card already there asks for both in one
 * message. Everything ends with `signal` (navigation, reload).
 */

import { afterNextFrame } from '../after-next-frame';
import { dismiss } from '../dismissed-hints';
import { messagingFrom } from '../evaluator/messaging';
import { primeMessages } from '../messages/format';
import type { PageContext, ProfileAnswer } from '../protocol';
import { findControl, findTopCardFor, pageTheme } from '../reader/page-parts';
import { readMessagingSignals, readProfile } from '../reader/read-profile';
import type { ProfileSignals } from '../signals';
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
  let hint: ShownChip | null = null;
  if (asked) {
    // The card LinkedIn has just inserted: the chip goes in with it, from the two signals it
    // shows, and the full read and the report wait until LinkedIn has drawn its next frame (the
    // reader's first run took ~4 ms of that frame; the panel that needs the verdict is closed).
    const early = readMessagingSignals(document, topCard);
    const page = await asked.catch(() => null);
    if (signal.aborted) return;
    if (page) hint = mountChip(options, page, topCard, early);
    await afterNextFrame(signal);
    if (signal.aborted) return;
  }
  // LinkedIn may have re-rendered the card meanwhile: read the one there now.
  const card = cardThereNow(topCard, slug) ?? topCard;
  const result = readProfile(document, { url, topCard: card });
  if (result.page !== 'profile') {
    sendReport({ type: 'page-report', url, status: 'unreadable', reason: result.reason });
    hint?.showAnswer(null, null);
    return;
  }
  const { signals, identity } = result;
  const answer = reportProfile({
    type: 'page-report',
    url,
    status: 'profile',
    signals,
    slug,
    ...(identity.name ? { name: identity.name.slice(0, 200) } : {}),
    ...(asked ? {} : { withContext: true }),
  });
  if (!asked) {
    // No context with the verdict (the background was starting up): ask again, with retries.
    const context = answer.then((evaluated) => evaluated?.context ?? requestContext());
    onContext(context);
    const page = await context.catch(() => null);
    if (signal.aborted || !page) return;
    hint = mountChip(options, page, card, signals);
  }
  const evaluated = await answer;
  if (!signal.aborted) hint?.showAnswer(signals, evaluated);
}

/** `topCard` while it is in the page, else the card LinkedIn rendered in its place (if any). */
const cardThereNow = (topCard: Element, slug: string) =>
  topCard.isConnected ? topCard : findTopCardFor(document, slug);

const messagingOf = (signals: Pick<ProfileSignals, 'degree' | 'pending'>) =>
  messagingFrom(signals.degree.value, signals.pending.value === true);

interface ShownChip {
  /** The report's answer (null: none came), with the signals it was made from (null: unread). */
  showAnswer(signals: ProfileSignals | null, answer: ProfileAnswer | null): void;
}

/** The chip on `topCard` (or the card there now), unless the user hid this profile's hint. */
function mountChip(
  options: ProfileViewOptions,
  page: PageContext,
  topCard: Element,
  chipSignals: Pick<ProfileSignals, 'degree' | 'pending'>,
): ShownChip | null {
  const { slug, signal } = options;
  if (!page.profile?.showHint) return null;
  // LinkedIn may have re-rendered the card while the context was on its way: anchor on the one there now.
  const anchor = cardThereNow(topCard, slug);
  if (!anchor) return null;
  const { salt, profile } = page;
  primeMessages(profile.chipTexts);
  const props: HintProps = {
    messaging: messagingOf(chipSignals),
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
  return {
    showAnswer(signals, answer) {
      hint.update({
        ...props,
        ...(signals ? { messaging: messagingOf(signals) } : {}),
        verdict: answer?.verdict ?? null,
        saved: answer?.saved ?? null,
        unavailable: !answer,
      });
    },
  };
}
