/**
 * One look at one profile: wait for its top card, read, evaluate with the user's settings,
 * report to the background (badge and popup), and show the hint unless quiet. Everything it
 * starts ends with `signal`, which aborts on the next navigation and on extension reload.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { dismiss, isDismissed } from '../dismissed-hints';
import { findControl, findTopCardFor, pageTheme } from '../reader/page-parts';
import { readProfile } from '../reader/read-profile';
import { mountHint } from './hint-ui';
import { reportProfile, saveProfile, sendReport } from './report';
import { waitForTopCard } from './wait-for-top-card';

export interface ProfileViewOptions {
  ctx: ContentScriptContext;
  url: string;
  slug: string;
  signal: AbortSignal;
  /** This install's salt, for the hide-on-this-profile list. */
  salt: () => Promise<string>;
}

export async function showProfileView({ ctx, url, slug, signal, salt }: ProfileViewOptions): Promise<void> {
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
  // The background evaluates: it knows the viewer's plan and pace.
  const answer = await reportProfile({
    type: 'page-report',
    url,
    status: 'profile',
    signals: result.signals,
    slug,
    ...(result.identity.name ? { name: result.identity.name.slice(0, 200) } : {}),
  });
  if (!answer || signal.aborted) return;
  const { verdict } = answer;

  if (answer.quietMode || !answer.hintsEnabled || (await isDismissed(slug, await salt())) || signal.aborted) return;
  // LinkedIn may have re-rendered the card while we read: anchor on the card that is there now.
  const anchor = findTopCardFor(document, slug);
  if (!anchor) return;
  const hint = await mountHint(ctx, anchor, {
    verdict,
    lastContact: answer.lastContact,
    saved: answer.saved,
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
      void salt()
        .then((key) => dismiss(slug, key))
        .catch(() => {});
    },
  });
  if (signal.aborted) hint.remove();
  else signal.addEventListener('abort', () => hint.remove(), { once: true });
}
