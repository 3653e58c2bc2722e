/**
 * Reading LinkedIn's composers (lib/reader/composers.ts) on the 2026 markup: the messaging page's
 * own form, the overlay and the InMail composer, the invitation dialog in any language, Connect in
 * a list; and never a dialog of the page's own DOM that is not an invitation.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import {
  type Composer,
  composerOf,
  creditsFromLine,
  findNotices,
  invitationPending,
  isFreeInmail,
  isSendButton,
  listInviteInPath,
  messageRecipient,
  threadState,
} from '../../lib/reader/composers';
import {
  AD_OPTIONS_DIALOG,
  INVITE_DIALOG_ATTRIBUTES,
  inviteDialogContent,
  overlayBubble,
  pendingLink,
  threadItem,
} from '../fixtures/linkedin-ui';
import { loadIntoDocument } from '../helpers/fixtures';

function interop(): ShadowRoot {
  const outlet = document.getElementById('interop-outlet') as HTMLElement;
  return outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
}

function inInterop(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const element = holder.firstElementChild as Element;
  interop().append(element);
  return element;
}

function inviteDialog(stage: 'gate' | 'note', language: 'en' | 'pl'): Element {
  const dialog = document.createElement('div');
  for (const [name, value] of Object.entries(INVITE_DIALOG_ATTRIBUTES)) dialog.setAttribute(name, value);
  dialog.innerHTML = inviteDialogContent(language)[stage];
  interop().append(dialog);
  return dialog;
}

const kinds = (composer: Composer | null) => composer?.fields.map((field) => field.kind);

describe('the full messaging page', () => {
  beforeEach(() => loadIntoDocument('messaging-thread.html'));
  const box = () => document.querySelector('.msg-form__contenteditable') as Element;

  test('its form in the page’s own DOM is a message composer, to the person its header names', () => {
    const composer = composerOf(box());
    expect(composer).toMatchObject({ type: 'message', container: document.querySelector('form.msg-form') });
    expect(kinds(composer)).toEqual(['message']);
    expect(messageRecipient(composer as Composer)).toEqual({
      key: 'm:ACoAAFAKE000000000000000000000000000041',
      name: 'Morgan Sample',
    });
    expect(isSendButton(composer as Composer, document.querySelector('.msg-form__send-button') as Element)).toBe(true);
  });

  test('the thread: answered by the other person last, then awaiting their reply, or empty', () => {
    expect(threadState(composerOf(box()) as Composer)).toBe('answered');
    document.querySelector('.msg-s-message-list-content')?.insertAdjacentHTML('beforeend', threadItem('me', 'Hi'));
    expect(threadState(composerOf(box()) as Composer)).toBe('awaiting-reply');
    document.querySelector('.msg-s-message-list-content')?.replaceChildren();
    expect(threadState(composerOf(box()) as Composer)).toBe('empty');
  });

  test('nothing else on the page is a composer', () => {
    for (const element of document.querySelectorAll('header *, .msg-conversations-container *')) {
      expect(composerOf(element)).toBeNull();
    }
  });
});

describe('the interop layer', () => {
  beforeEach(() => loadIntoDocument('first-degree.html'));

  test('an overlay bubble: a message with its header’s recipient', () => {
    const bubble = inInterop(overlayBubble({ name: 'Dana Example', slug: 'dana-example', thread: ['me'] }));
    const composer = composerOf(bubble.querySelector('[role="textbox"]') as Element) as Composer;
    expect(composer.type).toBe('message');
    expect(threadState(composer)).toBe('awaiting-reply');
    expect(messageRecipient(composer)).toEqual({ key: 'v:dana-example', name: 'Dana Example' });
    expect(isSendButton(composer, bubble.querySelector('.close') as Element)).toBe(false);
  });

  test('an InMail: subject then body, paid with a credit line, free without', () => {
    const paid = inInterop(
      overlayBubble({ name: 'Dana Example', slug: 'dana-example', inmail: { credits: 'Use 1 of 45 InMail credits' } }),
    );
    const composer = composerOf(paid.querySelector('input[name="subject"]') as Element) as Composer;
    expect(composer.type).toBe('inmail');
    expect(kinds(composer)).toEqual(['inmail-subject', 'inmail-body']);
    expect(isFreeInmail(composer)).toBe(false);
    expect(isSendButton(composer, paid.querySelector('.msg-form__send-btn') as Element)).toBe(true);
    paid.remove();
    const free = inInterop(overlayBubble({ name: 'Dana Example', slug: 'dana-example', inmail: {} }));
    expect(isFreeInmail(composerOf(free.querySelector('form') as Element) as Composer)).toBe(true);
  });

  test.each(['en', 'pl'] as const)(
    'the 2026 invitation dialog (%s): no field until "Add a note"; its primary action sends',
    (language) => {
      const gate = inviteDialog('gate', language);
      const composer = composerOf(gate.querySelector('button') as Element) as Composer;
      expect(composer).toMatchObject({ type: 'invitation', container: gate, fields: [] });
      const [addNote, sendPlain] = [...gate.querySelectorAll('.artdeco-modal__actionbar button')];
      expect(isSendButton(composer, sendPlain as Element)).toBe(true);
      expect(isSendButton(composer, addNote as Element)).toBe(false);
      expect(isSendButton(composer, gate.querySelector('[data-test-modal-close-btn]') as Element)).toBe(false);

      gate.innerHTML = inviteDialogContent(language).note;
      const note = composerOf(gate.querySelector('textarea') as Element) as Composer;
      expect(kinds(note)).toEqual(['invitation-note']);
      expect(isSendButton(note, gate.querySelector('.artdeco-button--primary') as Element)).toBe(true);
    },
  );

  test('a dialog in the page’s own DOM that is not an invitation is no composer', () => {
    document.body.insertAdjacentHTML('beforeend', AD_OPTIONS_DIALOG);
    const other = document.body.lastElementChild as Element;
    expect(composerOf(other.querySelector('textarea') as Element)).toBeNull();
    expect(composerOf(other.querySelector('.artdeco-button--primary') as Element)).toBeNull();
  });

  test('notices: the limit alert anywhere, the Premium upsell dialog only in the interop layer, the credit line', () => {
    const upsell = '<div role="dialog"><a href="https://www.linkedin.com/premium/products/">Try Premium</a></div>';
    document.body.insertAdjacentHTML('beforeend', upsell);
    expect(findNotices(document, false)).toEqual({ limitAlert: null, upsells: [], creditLine: null });
    const inLayer = inInterop(upsell);
    const line = inInterop('<div class="msg-inmail-credits-display"><p>Użyj 1 z 12 kredytów InMail</p></div>');
    expect(findNotices(interop(), true)).toEqual({ limitAlert: null, upsells: [inLayer], creditLine: line });
    expect(creditsFromLine(line)).toBe(12);
  });
});

describe('Connect in a list', () => {
  beforeEach(() => loadIntoDocument('search-results-people.html'));
  const link = (slug: string) => document.querySelector(`a[href*="vanityName=${slug}"]`) as Element;

  test('a Connect link names whom it invites and the card it sits in; other actions are no invitation', () => {
    const icon = link('sam-placeholder-42').querySelector('svg') as Element;
    const invite = listInviteInPath([icon, link('sam-placeholder-42')]);
    expect(invite?.invitee).toBe('v:sam-placeholder-42');
    expect(invite?.card?.getAttribute('data-view-name')).toBe('people-search-result');
    for (const other of document.querySelectorAll('a[href*="/messaging/"], button, a[href*="/in/"]')) {
      expect(listInviteInPath([other])).toBeNull();
    }
  });

  test('Pending: in that card, or in a link to the person; another person’s Pending is not theirs', () => {
    const invite = listInviteInPath([link('kim-fakename')]);
    if (!invite) throw new Error('no invitation read');
    expect(invitationPending(document, invite)).toBe(false);
    invite.card?.remove();
    expect(invitationPending(document, invite)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', pendingLink('kim-fakename', 'Kim Fakename'));
    expect(invitationPending(document, invite)).toBe(true);
    expect(invitationPending(document, { invitee: 'v:kim-fakename', card: null })).toBe(true);
  });
});
