/**
 * LinkedIn's composers, read from the page: where the user writes (collect) and what it is
 * (qualify): an invitation dialog and its note, a message form on the messaging page or in the
 * overlay, an InMail (subject, body, credit line), a Connect link in a list and the Pending it
 * turns into; and LinkedIn's own notices about sending. Reading only, with the registry's
 * COMPOSER entries: lib/content decides what to observe, count and show (as a password manager
 * keeps collecting, qualifying and filling apart).
 */
import type { ComposerKind } from '../composer/types';
import { inviteeFromHref, type ProfileKey, profileKeyFromHref } from '../linkedin-urls';
import { closestEntry, foldedText, queryEntry, queryEntryAll } from './dom';
import { COMPOSER, type ComposerEntry, LIST } from './selectors';

export interface ComposerField {
  element: Element;
  kind: ComposerKind;
}

export interface Composer {
  type: 'invitation' | 'message' | 'inmail';
  /** The dialog or the form: what LinkedIn removes or clears once the text has gone out. */
  container: Element;
  /** Where the user writes, in reading order: the note; the InMail's subject then body; the message box. */
  fields: ComposerField[];
  /** A message's conversation (overlay bubble, messaging page thread): its history and recipient. */
  conversation: Element | null;
}

const find = (scope: ParentNode, name: ComposerEntry) => queryEntry(scope, name, COMPOSER[name])?.element ?? null;
const findAll = (scope: ParentNode, name: ComposerEntry) =>
  queryEntryAll(scope, name, COMPOSER[name]).map((match) => match.element);

function messageComposer(form: Element): Composer | null {
  const box = find(form, 'messageBox');
  if (!box) return null;
  const conversation = closestEntry(form, COMPOSER.conversation);
  const subject = find(form, 'inmailSubject');
  const inmail = subject !== null || find(conversation ?? form, 'inmailCredits') !== null;
  const fields: ComposerField[] = subject ? [{ element: subject, kind: 'inmail-subject' }] : [];
  fields.push({ element: box, kind: inmail ? 'inmail-body' : 'message' });
  return { type: inmail ? 'inmail' : 'message', container: form, fields, conversation };
}

const firstElement = (path: readonly EventTarget[]) => path.find((node): node is Element => node instanceof Element);

/** The composer `node` is part of (a field, a button, anything inside it), if any. */
export function composerOf(node: Element): Composer | null {
  const form = closestEntry(node, COMPOSER.messageForm);
  if (form) return messageComposer(form);
  const dialog = closestEntry(node, COMPOSER.inviteDialog);
  if (!dialog) return null;
  const note = find(dialog, 'noteField');
  return {
    type: 'invitation',
    container: dialog,
    fields: note ? [{ element: note, kind: 'invitation-note' }] : [],
    conversation: null,
  };
}

/** The composer an event happened in, from its composed path (it reaches into open shadow roots). */
export function composerInPath(path: readonly EventTarget[]): Composer | null {
  const target = firstElement(path);
  return target ? composerOf(target) : null;
}

/** The field of `composer` an event happened in. */
export function fieldInPath(composer: Composer, path: readonly EventTarget[]): ComposerField | null {
  return composer.fields.find((field) => path.includes(field.element)) ?? null;
}

/** Whether `button` sends: the invitation's primary action, the message form's Send. */
export function isSendButton(composer: Composer, button: Element): boolean {
  return findAll(composer.container, composer.type === 'invitation' ? 'inviteSend' : 'messageSend').includes(button);
}

/** What a field holds: a textarea's or an input's value, a contenteditable box's text. */
export function textOf(field: Element): string {
  return (field as HTMLInputElement).value ?? field.textContent ?? '';
}

/** What the conversation already holds: nothing yet, or whether its last message is the other person's. */
export function threadState(composer: Composer): 'empty' | 'answered' | 'awaiting-reply' {
  const scope = composer.conversation;
  const items = scope ? findAll(scope, 'threadItem') : [];
  if (items.length === 0) return 'empty';
  return scope && findAll(scope, 'threadItemFromOther').at(-1) === items.at(-1) ? 'answered' : 'awaiting-reply';
}

/** An InMail without a credit line: Open Profile, free. */
export function isFreeInmail(composer: Composer): boolean {
  return composer.type === 'inmail' && find(composer.conversation ?? composer.container, 'inmailCredits') === null;
}

/** Whom a message goes to, from its conversation's header link: their key and the name it shows. */
export function messageRecipient(composer: Composer): { key: ProfileKey | null; name: string | null } {
  const link = composer.conversation ? find(composer.conversation, 'recipientLink') : null;
  if (!link) return { key: null, name: null };
  return { key: profileKeyFromHref(link.getAttribute('href') ?? ''), name: foldedText(link) || null };
}

/** A Connect link the user clicked in a list (or a menu): whom it invites, and the card it sits in. */
export interface ListInvite {
  invitee: ProfileKey;
  card: Element | null;
}

export function listInviteInPath(path: readonly EventTarget[]): ListInvite | null {
  const target = firstElement(path);
  const link = target ? closestEntry(target, LIST.listConnect) : null;
  const invitee = link ? inviteeFromHref(link.getAttribute('href') ?? '') : null;
  return link && invitee ? { invitee, card: closestEntry(link, LIST.listCard) } : null;
}

/**
 * The invitation shows as sent: the card's Connect turned to Pending, or a Pending link to the
 * person is in the page (LinkedIn may render the card anew). No card to check: true.
 */
export function invitationPending(root: ParentNode, invite: ListInvite): boolean {
  if (!invite.card) return true;
  if (invite.card.isConnected && queryEntry(invite.card, 'listPending', LIST.listPending)) return true;
  return queryEntryAll(root, 'listPending', LIST.listPending).some(
    ({ element: icon }) => profileKeyFromHref(icon.closest('a')?.getAttribute('href') ?? '') === invite.invitee,
  );
}

/** LinkedIn's notices about sending, in one root (the document or the interop layer). */
export interface SendNotices {
  limitAlert: Element | null;
  /** Dialogs offering Premium (the note quota's upsell); looked for in the interop layer only. */
  upsells: Element[];
  creditLine: Element | null;
}

export function findNotices(root: ParentNode, interop: boolean): SendNotices {
  return {
    limitAlert: find(root, 'inviteLimitAlert'),
    upsells: interop ? findAll(root, 'upsellDialog').filter((dialog) => find(dialog, 'premiumLink')) : [],
    creditLine: find(root, 'inmailCredits'),
  };
}

/** Credits left, from LinkedIn's line "Use 1 of 45 InMail credits" (any language: the last number). */
export function creditsFromLine(line: Element): number | null {
  const last = foldedText(line).match(/\d+/g)?.at(-1);
  return last === undefined ? null : Number(last);
}
