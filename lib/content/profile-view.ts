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

import { afterNextFrame } from '../../components/after-next-frame';
import { messagingFrom } from '../evaluator/messaging';
import { type ProfileKey, vanityOf } from '../linkedin-urls';
import { primeMessages } from '../messages/format';
import type { PageContext, ProfileAnswer } from '../protocol/answers';
import { findControl, findTopCardFor, pageTheme, topCardKeys } from '../reader/page-parts';
import { readOwnProfile } from '../reader/read-own-profile';
import { readMessagingSignals, readProfile } from '../reader/read-profile';
import type { ProfileSignals } from '../signals';
import { dismiss } from '../storage/dismissed-hints';
import { reportProfile, saveProfile, sendReport } from './background-client';
import { type HintProps, mountHint, pointAt } from './hint-ui';
import { waitForTopCard } from './wait-for-top-card';

export interface ProfileViewOptions {
  url: string;
  /** The person the URL names (a vanity name or a member id). */
  key: ProfileKey;
  /** The names on the card the last view read (see findTopCardFor): never read that card again. */
  previous: ReadonlySet<ProfileKey>;
  signal: AbortSignal;
  /** Asks the background what the hint of the profile with this name (`ViewOf.slug`) needs: show it? last contact? texts. */
  requestContext: (slug: string) => Promise<PageContext>;
  /** Called at once (synchronously) with the context on its way, however it is asked for. */
  onContext: (context: Promise<PageContext>) => void;
  /** Called with the card's names (and the URL's) as soon as the card is found. */
  onCard: (keys: ReadonlySet<ProfileKey>) => void;
}

interface ViewOf {
  options: ProfileViewOptions;
  /**
   * The name per-profile state is kept under (hidden hints, last contact, saved list): the vanity
   * name, or the member id of a member whose page shows none (out of network).
   */
  slug: string;
}

export async function showProfileView(options: ProfileViewOptions): Promise<void> {
  const { url, key, previous, signal, requestContext, onContext } = options;
  // A profile opened in its own tab has its top card already: its report asks for the context
  // too (one message, not two). After an SPA navigation to a vanity URL the context is asked for
  // now, and answered while LinkedIn is still rendering the card; a member-id URL names no vanity
  // to ask with, so its context comes with the report.
  const cardNow = findTopCardFor(document, key, previous);
  const early = vanityOf(key);
  const asked = cardNow || !early ? null : requestContext(early);
  if (asked) onContext(asked);
  const topCard = cardNow ?? (await waitForTopCard(document, key, previous, signal));
  if (signal.aborted) return;
  if (!topCard) {
    sendReport({ type: 'page-report', url, status: 'unreadable', reason: 'top-card-missing' });
    return;
  }
  options.onCard(new Set([...topCardKeys(document, topCard), key]));
  let hint: ShownChip | null = null;
  if (asked) {
    // The card LinkedIn has just inserted: the chip goes in with it, from the two signals it
    // shows, and the full read and the report wait until LinkedIn has drawn its next frame (the
    // reader's first run would lengthen that frame; the panel that needs the verdict is closed).
    const chipSignals = readMessagingSignals(document, topCard);
    const page = await asked.catch(() => null);
    if (signal.aborted) return;
    if (page && early) hint = mountChip({ options, slug: early }, page, topCard, chipSignals);
    await afterNextFrame(signal);
    if (signal.aborted) return;
  }
  // LinkedIn may have re-rendered the card meanwhile: read the one there now.
  const card = cardThereNow(options, topCard) ?? topCard;
  const result = readProfile(document, { url, topCard: card });
  if (result.page !== 'profile') {
    sendReport({ type: 'page-report', url, status: 'unreadable', reason: result.reason });
    hint?.showAnswer(null, null);
    return;
  }
  const { signals, identity } = result;
  const slug = early ?? identity.slug;
  const answer = reportProfile({
    type: 'page-report',
    url,
    status: 'profile',
    signals,
    // The user's own profile: what it shows, for their profile summary (never read on anyone else's).
    ...(signals.degree.value === 'self' ? { ownProfile: readOwnProfile(document, card) } : {}),
    ...(slug ? { slug } : {}),
    profileId: identity.profileId ?? undefined,
    ...(identity.name ? { name: identity.name.slice(0, 200) } : {}),
    ...(asked ? {} : { withContext: true }),
  });
  if (!asked) {
    // No context with the verdict (the background was starting up): ask again, with retries.
    if (!slug) return;
    const context = answer.then((evaluated) => evaluated?.context ?? requestContext(slug));
    onContext(context);
    const page = await context.catch(() => null);
    if (signal.aborted || !page) return;
    hint = mountChip({ options, slug }, page, card, signals);
  }
  const evaluated = await answer;
  if (!signal.aborted) hint?.showAnswer(signals, evaluated);
}

/** `topCard` while it is in the page, else the card LinkedIn rendered in its place (if any). */
const cardThereNow = ({ key, previous }: ProfileViewOptions, topCard: Element) =>
  topCard.isConnected ? topCard : findTopCardFor(document, key, previous);

const messagingOf = (signals: Pick<ProfileSignals, 'degree' | 'pending'>) =>
  messagingFrom(signals.degree.value, signals.pending.value === true);

interface ShownChip {
  /** The report's answer (null: none came), with the signals it was made from (null: unread). */
  showAnswer(signals: ProfileSignals | null, answer: ProfileAnswer | null): void;
}

/** The chip on `topCard` (or the card there now), unless the user hid this profile's hint. */
function mountChip(
  { options, slug }: ViewOf,
  page: PageContext,
  topCard: Element,
  chipSignals: Pick<ProfileSignals, 'degree' | 'pending'>,
): ShownChip | null {
  const { signal } = options;
  if (!page.profile?.showHint) return null;
  // LinkedIn may have re-rendered the card while the context was on its way: anchor on the one there now.
  const anchor = cardThereNow(options, topCard);
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
    showControl: (control) => pointAt(findControl(document, anchor, control)),
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
        lastContact: answer?.lastContact ?? props.lastContact,
        unavailable: !answer,
      });
    },
  };
}
