/**
 * Counts what the user sends on LinkedIn, passively. It listens (capture phase, never acting)
 * for a click on Send or Enter in a message box, remembers the intent, and reports a send only
 * when the page confirms it: the invitation dialog closes and the profile turns to Pending; the
 * message box clears. A cancelled dialog counts nothing; a double click counts once. Message
 * texts are turned into salted fingerprints and dropped; nothing else of them is kept.
 */

import type { ProfileKey } from '../../linkedin-urls';
import { fingerprint } from '../../pace/fingerprint';
import { hash53 } from '../../pace/hash';
import type { LinkedInNotice, SendEvent } from '../../pace/types';
import {
  type Composer,
  composerInPath,
  composerOf,
  creditsFromLine,
  fieldInPath,
  findNotices,
  invitationPending,
  isFreeInmail,
  isSendButton,
  type ListInvite,
  listInviteInPath,
  messageRecipient,
  textOf,
  threadState,
} from '../../reader/composers';
import { interopShadowRoot, profileOnScreen, topCardKeys } from '../../reader/page-parts';
import { findActionRow } from '../../reader/read-actions';
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

/** What the user is sending, read when they click Send or press Enter; counted only once confirmed. */
type SendIntent =
  | { type: 'invitation'; container: Element; note: string; invite: ListInvite | null }
  | {
      type: 'message';
      container: Element;
      box: Element;
      text: string;
      inmail: boolean;
      /** An InMail without a credit line: Open Profile, free. */
      free: boolean;
      /** The thread already has messages, and none from the other person since the user's last one. */
      followup: boolean;
      recipient: ProfileKey | null;
    };

function watchedRoots(): Node[] {
  const roots: Node[] = [document.body];
  const interop = interopShadowRoot(document);
  if (interop) roots.push(interop);
  return roots;
}

/** The top card on screen when it belongs to `person` (or to whomever, when `person` is unknown). */
function cardOf(person: ProfileKey | null): Element | null {
  const card = profileOnScreen(document, location.href)?.card ?? null;
  return card && (!person || topCardKeys(document, card).has(person)) ? card : null;
}

function messageIntent(composer: Composer, box: Element): SendIntent | null {
  const text = textOf(box).trim();
  if (text === '') return null;
  return {
    type: 'message',
    container: composer.container,
    box,
    text,
    inmail: composer.type === 'inmail',
    free: isFreeInmail(composer),
    followup: threadState(composer) === 'awaiting-reply',
    recipient: messageRecipient(composer).key,
  };
}

/** A click on an invitation dialog's send, or on a message form's Send. */
function intentFromClick(path: readonly EventTarget[], invite: ListInvite | null): SendIntent | null {
  const button = path.find((node): node is Element => node instanceof Element && node.localName === 'button');
  if (!button || button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true') return null;
  const composer = composerOf(button);
  if (!composer || !isSendButton(composer, button)) return null;
  if (composer.type !== 'invitation') {
    const box = composer.fields.at(-1)?.element;
    return box ? messageIntent(composer, box) : null;
  }
  const note = composer.fields[0]?.element;
  return { type: 'invitation', container: composer.container, note: note ? textOf(note).trim() : '', invite };
}

/** Enter (without Shift) in a message box sends in LinkedIn's default setting. */
function intentFromKey(path: readonly EventTarget[], key: string, shift: boolean): SendIntent | null {
  if (key !== 'Enter' || shift) return null;
  const composer = composerInPath(path);
  const field = composer && composer.type !== 'invitation' ? fieldInPath(composer, path) : null;
  return composer && field && field.kind !== 'inmail-subject' ? messageIntent(composer, field.element) : null;
}

/**
 * Whom a send goes to, in its canonical spelling (linkedin-urls' canonicalName, as the background
 * hashes it): the Connect link's or the conversation's person, else the profile on screen.
 */
function recipientName(intent: SendIntent): string | null {
  const key = intent.type === 'message' ? intent.recipient : (intent.invite?.invitee ?? null);
  return key ? key.slice(2) : (profileOnScreen(document, location.href)?.vanity ?? null);
}

/**
 * The invitation went out: the dialog is gone and the person's Connect turned to Pending, in the
 * top card on their profile, else in the list card the user invited them from. With no card to
 * check (not on a profile, not from a list), the dialog closing after the send click is all there is.
 */
function invitationConfirmed(intent: Extract<SendIntent, { type: 'invitation' }>): boolean {
  if (intent.container.isConnected) return false;
  const card = cardOf(intent.invite?.invitee ?? null);
  if (card) return findActionRow(card).pending !== null;
  if (intent.invite) return invitationPending(document, intent.invite);
  return profileOnScreen(document, location.href) === null;
}

/** The message went out: LinkedIn cleared (or replaced) the box. */
function messageConfirmed(intent: Extract<SendIntent, { type: 'message' }>): boolean {
  return !intent.box.isConnected || textOf(intent.box).trim() === '';
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
  let lastInvite: ListInvite | null = null;

  const scanNotices = (): void => {
    for (const root of watchedRoots() as ParentNode[]) {
      const { limitAlert, upsells, creditLine } = findNotices(root, root instanceof ShadowRoot);
      if (limitAlert && !noticed.has(limitAlert)) {
        noticed.add(limitAlert);
        env.onNotice({ kind: 'invite-limit-alert', at: now() });
      }
      for (const dialog of upsells) {
        if (!noticed.has(dialog)) {
          noticed.add(dialog);
          env.onNotice({ kind: 'note-quota-upsell', at: now() });
        }
      }
      const value = creditLine && !noticed.has(creditLine) ? creditsFromLine(creditLine) : null;
      if (creditLine && value !== null) {
        noticed.add(creditLine);
        env.onNotice({ kind: 'inmail-credits', at: now(), value });
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
    const slug = recipientName(intent);
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
        recipient: slug ? hash53(`${key}|${slug}`) : 'unknown',
        ...(text ? { fingerprint: fingerprint(text, key) } : {}),
        ...(intent.type === 'message' && intent.free ? { free: true } : {}),
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
      // A Connect link in a list (or a menu) opens the dialog: the send that follows invites its
      // person. A click anywhere but in an invitation dialog ends that (the dialog was left, or
      // another way of connecting opened the next one).
      lastInvite = listInviteInPath(path) ?? (composerInPath(path)?.type === 'invitation' ? lastInvite : null);
      const intent = intentFromClick(path, lastInvite);
      if (intent?.type === 'invitation') lastInvite = null;
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
