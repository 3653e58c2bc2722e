/**
 * Counts what the user sends on LinkedIn, passively. It listens (capture phase, never acting)
 * for a click on Send or Enter in a message box, remembers the intent, and reports a send only
 * when the page confirms it: the invitation dialog closes and the profile turns to Pending; the
 * message box clears. A cancelled dialog counts nothing; a double click counts once. Message
 * texts are turned into salted fingerprints and dropped; nothing else of them is kept.
 */
import { hash53 } from '../../hash';
import { fingerprint } from '../../pace/fingerprint';
import type { LinkedInNotice, SendEvent } from '../../pace/types';
import { profileSlugFromUrl } from '../../page-detection';
import { queryEntry } from '../../reader/dom';
import { findTopCardFor, interopShadowRoot } from '../../reader/page-parts';
import { findActionRow } from '../../reader/read-actions';
import { COMPOSER } from '../../reader/selectors';
import { creditsFromLine, intentFromClick, intentFromKey, type SendIntent } from './classify';
import { watchUntil } from './watch';

export const CONFIRM_TIMEOUT_MS = 10_000;
const NOTICE_WINDOW_MS = 3_000;

export type SendDraft = Omit<SendEvent, 'device'>;

export interface DetectorEnv {
  signal: AbortSignal;
  /** This install's salt; asked for once, up front, so a confirmed send is reported at once. */
  salt: () => Promise<string>;
  onSend: (event: SendDraft) => void;
  onNotice: (notice: LinkedInNotice) => void;
  now?: () => number;
  newId?: () => string;
}

function watchedRoots(): Node[] {
  const roots: Node[] = [document.body];
  const interop = interopShadowRoot(document);
  if (interop) roots.push(interop);
  return roots;
}

function recipientSlug(intent: SendIntent): string | null {
  const href = intent.type === 'message' ? intent.recipientHref : null;
  const fromLink = href ? /\/in\/([^/?#]+)/.exec(href)?.[1] : undefined;
  return (fromLink ? decodeURIComponent(fromLink) : null) ?? profileSlugFromUrl(location.href);
}

/** The invitation went out: the dialog is gone and, on a profile, the card now says Pending. */
function invitationConfirmed(intent: SendIntent): boolean {
  if (intent.container.isConnected) return false;
  const slug = profileSlugFromUrl(location.href);
  if (!slug) return true;
  const card = findTopCardFor(document, slug);
  return card !== null && findActionRow(card).pending !== null;
}

/** The message went out: LinkedIn cleared (or replaced) the box. */
function messageConfirmed(intent: Extract<SendIntent, { type: 'message' }>): boolean {
  return !intent.box.isConnected || (intent.box.textContent ?? '').trim() === '';
}

export function startSendDetector(env: DetectorEnv): void {
  const { signal } = env;
  const now = env.now ?? Date.now;
  const newId = env.newId ?? (() => crypto.randomUUID());
  const awaiting = new WeakSet<Element>();
  // Asked for now, not after a send: a tab closed right after sending must not lose the report.
  // (env.salt caches the answer, and asks again if the background was not ready the first time.)
  env.salt().catch(() => {});
  const noticed = new WeakSet<Element>();
  let noticeWatch = false;

  const scanNotices = (): void => {
    const roots = watchedRoots() as ParentNode[];
    for (const root of roots) {
      const alert = queryEntry(root, 'inviteLimitAlert', COMPOSER.inviteLimitAlert)?.element;
      if (alert && !noticed.has(alert)) {
        noticed.add(alert);
        env.onNotice({ kind: 'invite-limit-alert', at: now() });
      }
      for (const dialog of root.querySelectorAll(COMPOSER.dialog.map((a) => a.css).join(', '))) {
        if (!noticed.has(dialog) && queryEntry(dialog, 'premiumLink', COMPOSER.premiumLink)) {
          noticed.add(dialog);
          env.onNotice({ kind: 'note-quota-upsell', at: now() });
        }
      }
      const credits = queryEntry(root, 'inmailCredits', COMPOSER.inmailCredits)?.element;
      if (credits && !noticed.has(credits)) {
        const value = creditsFromLine(credits);
        if (value !== null) {
          noticed.add(credits);
          env.onNotice({ kind: 'inmail-credits', at: now(), value });
        }
      }
    }
  };

  const watchNotices = (): void => {
    if (noticeWatch) return;
    noticeWatch = true;
    void watchUntil(
      watchedRoots(),
      () => {
        scanNotices();
        return false;
      },
      NOTICE_WINDOW_MS,
      signal,
    ).finally(() => {
      noticeWatch = false;
    });
  };

  const onIntent = (intent: SendIntent): void => {
    if (awaiting.has(intent.container)) return;
    awaiting.add(intent.container);
    const at = now();
    const id = newId();
    const slug = recipientSlug(intent);
    const text = intent.type === 'message' ? intent.text : intent.note;
    const settled = intent.type === 'message' ? () => messageConfirmed(intent) : () => invitationConfirmed(intent);
    void watchUntil(watchedRoots(), settled, CONFIRM_TIMEOUT_MS, signal).then(async (confirmed) => {
      awaiting.delete(intent.container);
      if (!confirmed || signal.aborted) return;
      const key = await env.salt().catch(() => env.salt());
      const kind =
        intent.type === 'invitation'
          ? intent.note
            ? 'invite-note'
            : 'invite'
          : intent.inmail
            ? 'inmail'
            : intent.followup
              ? 'followup'
              : 'message';
      env.onSend({
        id,
        kind,
        at,
        recipient: slug ? hash53(`${key}|${slug.toLowerCase()}`) : 'unknown',
        ...(text ? { fingerprint: fingerprint(text, key) } : {}),
        ...(intent.type === 'message' && intent.inmail && intent.free ? { free: true } : {}),
      });
    });
  };

  const guard = (handler: (event: Event) => void) => (event: Event) => {
    try {
      handler(event);
    } catch {
      // Never break LinkedIn: a DOM we do not understand means "nothing counted".
    }
  };

  document.addEventListener(
    'click',
    guard((event) => {
      const path = event.composedPath();
      const intent = intentFromClick(path);
      if (intent) onIntent(intent);
      watchNotices();
    }),
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    guard((event) => {
      const key = event as KeyboardEvent;
      const intent = intentFromKey(event.composedPath(), key.key, key.shiftKey);
      if (intent) onIntent(intent);
    }),
    { capture: true, signal },
  );
}
