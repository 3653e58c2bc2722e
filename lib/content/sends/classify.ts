/**
 * What a click or Enter key inside LinkedIn's dialogs and composers means: the user is sending
 * an invitation (with or without a note) or a message (a first message, a follow-up, an InMail).
 * Reads the DOM only; decides nothing about counting (that waits for the page's confirmation).
 */
import { foldedText, queryEntry } from '../../reader/dom';
import { COMPOSER, type ComposerEntry } from '../../reader/selectors';

export type SendIntent =
  | { type: 'invitation'; container: Element; note: string }
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
      recipientHref: string | null;
    };

function matchesEntry(element: Element, name: ComposerEntry): boolean {
  return COMPOSER[name].some((alternative) => element.matches(alternative.css));
}

function closestEntry(path: readonly EventTarget[], name: ComposerEntry): Element | null {
  for (const node of path) {
    if (node instanceof Element && matchesEntry(node, name)) return node;
  }
  return null;
}

function isSendButton(button: Element, container: Element, entry: 'inviteSend' | 'messageSend'): boolean {
  for (const alternative of COMPOSER[entry]) {
    const candidates = container.querySelectorAll(alternative.css);
    if (candidates.length > 0) return [...candidates].includes(button);
  }
  return false;
}

function messageIntent(form: Element): SendIntent | null {
  const box = queryEntry(form, 'messageBox', COMPOSER.messageBox)?.element;
  if (!box) return null;
  const text = (box.textContent ?? '').trim();
  if (text === '') return null;
  const subject = queryEntry(form, 'inmailSubject', COMPOSER.inmailSubject);
  const credits = queryEntry(form, 'inmailCredits', COMPOSER.inmailCredits);
  const scope = form.closest('.msg-overlay-conversation-bubble') ?? form.parentElement ?? form;
  const items = [...scope.querySelectorAll(COMPOSER.threadItem[0].css)];
  const lastFromOther = items.findLastIndex((item) => matchesEntry(item, 'threadItemFromOther'));
  const followup = items.length > 0 && lastFromOther < items.length - 1;
  return {
    type: 'message',
    container: form,
    box,
    text,
    inmail: subject !== null || credits !== null,
    free: subject !== null && credits === null,
    followup,
    recipientHref: queryEntry(scope, 'recipientLink', COMPOSER.recipientLink)?.element.getAttribute('href') ?? null,
  };
}

/** A click: on an invitation dialog's Send, or on a composer's Send. */
export function intentFromClick(path: readonly EventTarget[]): SendIntent | null {
  const button = path.find((node): node is Element => node instanceof Element && node.matches('button'));
  if (!button || button.matches('[disabled], [aria-disabled="true"]')) return null;
  const form = closestEntry(path, 'messageForm');
  if (form && queryEntry(form, 'messageBox', COMPOSER.messageBox)) {
    return isSendButton(button, form, 'messageSend') ? messageIntent(form) : null;
  }
  const dialog = closestEntry(path, 'dialog');
  if (dialog && isSendButton(button, dialog, 'inviteSend')) {
    const note = queryEntry(dialog, 'noteField', COMPOSER.noteField)?.element as HTMLTextAreaElement | undefined;
    return { type: 'invitation', container: dialog, note: note?.value.trim() ?? '' };
  }
  return null;
}

/** Enter (without Shift) in a message box sends in LinkedIn's default setting. */
export function intentFromKey(path: readonly EventTarget[], key: string, shift: boolean): SendIntent | null {
  if (key !== 'Enter' || shift) return null;
  if (!closestEntry(path, 'messageBox')) return null;
  const form = closestEntry(path, 'messageForm');
  return form ? messageIntent(form) : null;
}

/** Credits left, from LinkedIn's line "Use 1 of 45 InMail credits" (any language: the last number). */
export function creditsFromLine(line: Element): number | null {
  const numbers = foldedText(line).match(/\d+/g);
  const last = numbers?.at(-1);
  return last === undefined ? null : Number(last);
}
