/**
 * The passive send detector on a LinkedIn-like page in happy-dom: it counts only what the page
 * confirms, once, and reads LinkedIn's own alerts and credit line.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type SendDraft, startSendDetector } from '../../lib/content/sends/detector';
import { hash53 } from '../../lib/pace/hash';
import type { LinkedInNotice } from '../../lib/pace/types';
import {
  AD_OPTIONS_DIALOG,
  type DialogLanguage,
  INVITE_DIALOG_ATTRIBUTES,
  inviteDialogContent,
  overlayBubble,
  pendingLink,
  threadItem,
} from '../fixtures/linkedin-ui';
import { loadIntoDocument } from '../helpers/fixtures';

let sends: SendDraft[];
let notices: LinkedInNotice[];
let controller: AbortController;
let ids: number;

function interop(): ShadowRoot {
  const outlet = document.getElementById('interop-outlet') as HTMLElement;
  return outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** The 2026 invitation dialog in the interop layer: the gate ("Send without a note") or the note stage. */
function dialog(withNote: boolean, language: DialogLanguage = 'en'): HTMLElement {
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(INVITE_DIALOG_ATTRIBUTES)) element.setAttribute(name, value);
  const content = inviteDialogContent(language);
  element.innerHTML = withNote ? content.note : content.gate;
  interop().append(element);
  return element;
}

const sendButton = (d: Element) => d.querySelector('.artdeco-modal__actionbar .artdeco-button--primary') as HTMLElement;
const closeButton = (d: Element) => d.querySelector('[data-test-modal-close-btn]') as HTMLElement;

function turnPending(): void {
  const connect = document.querySelector('section[componentkey$="Topcard"] a[href*="/preload/custom-invite/"]');
  connect?.insertAdjacentHTML('afterend', pendingLink('casey-mockwell', 'Casey Mockwell'));
  connect?.remove();
}

function composer(options: { inmail?: boolean; credits?: string; thread?: ('me' | 'other')[] } = {}): HTMLElement {
  const bubble = document.createElement('div');
  bubble.innerHTML = overlayBubble({
    name: 'Casey Mockwell',
    slug: 'casey-mockwell',
    thread: options.thread,
    inmail: options.inmail ? { credits: options.credits } : undefined,
  });
  const element = bubble.firstElementChild as HTMLElement;
  interop().append(element);
  return element;
}

function type(box: Element, text: string): void {
  box.textContent = text;
}

beforeEach(() => {
  loadIntoDocument('second-degree-connect-primary.html');
  history.replaceState({}, '', '/in/casey-mockwell/');
  sends = [];
  notices = [];
  ids = 0;
  controller = new AbortController();
  startSendDetector({
    signal: controller.signal,
    salt: async () => 'salt',
    onSend: (event) => sends.push(event),
    onNotice: (notice) => notices.push(notice),
    now: () => 1_000,
    newId: () => `id-${++ids}-xxxxxx`,
  });
});

afterEach(() => controller.abort());

describe('invitations', () => {
  test('with a note: counted once the dialog closes and the profile says Pending', async () => {
    const d = dialog(true);
    (d.querySelector('textarea') as HTMLTextAreaElement).value = 'Hi Casey, about logistics';
    sendButton(d).click();
    await tick();
    expect(sends).toEqual([]);
    d.remove();
    turnPending();
    await tick();
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({ kind: 'invite-note', at: 1_000, id: 'id-1-xxxxxx' });
    expect(sends[0]?.recipient).toMatch(/^[0-9a-f]{14}$/);
    expect(sends[0]?.fingerprint?.length).toBeGreaterThan(0);
  });

  test('without a note, clicked twice: counted once', async () => {
    const d = dialog(false);
    sendButton(d).click();
    sendButton(d).click();
    d.remove();
    turnPending();
    await tick();
    expect(sends.map((s) => s.kind)).toEqual(['invite']);
  });

  test('dismissed, or closed without Pending: nothing counted', async () => {
    const d = dialog(true);
    closeButton(d).click();
    d.remove();
    const e = dialog(false);
    sendButton(e).click();
    e.remove();
    await tick(50);
    expect(sends).toEqual([]);
  });
});

describe('the 2026 invitation dialog, in any language', () => {
  test('Polish: "Dodaj notatkę" sends nothing; the note stage\'s primary button sends, counted once Pending', async () => {
    const d = dialog(false, 'pl');
    (d.querySelector('.artdeco-button--secondary') as HTMLElement).click();
    d.innerHTML = inviteDialogContent('pl').note;
    (d.querySelector('textarea') as HTMLTextAreaElement).value = 'Cześć Casey, piszę w sprawie logistyki';
    sendButton(d).click();
    d.remove();
    turnPending();
    await tick();
    expect(sends.map((s) => s.kind)).toEqual(['invite-note']);
  });

  test('its close button is type="submit" too: closing counts nothing', async () => {
    const d = dialog(false, 'pl');
    closeButton(d).click();
    d.remove();
    turnPending();
    await tick(50);
    expect(sends).toEqual([]);
  });

  test("a dialog of the page's own DOM that is not an invitation is never taken for one", async () => {
    history.replaceState({}, '', '/feed/');
    document.body.insertAdjacentHTML('beforeend', AD_OPTIONS_DIALOG);
    const other = document.body.lastElementChild as HTMLElement;
    (other.querySelector('textarea') as HTMLTextAreaElement).value = 'Not relevant to me';
    (other.querySelector('.artdeco-button--primary') as HTMLElement).click();
    other.remove();
    await tick(50);
    expect(sends).toEqual([]);
  });
});

describe('invitations from a list (search results, My Network)', () => {
  const SEARCH = '/search/results/people/?keywords=example';
  const cardOf = (slug: string) =>
    document.querySelector(`a[href*="vanityName=${slug}"]`)?.closest('[data-view-name]') as HTMLElement;

  /** The user clicks a person's Connect; LinkedIn opens the dialog (the gate). */
  function connect(slug: string): HTMLElement {
    (document.querySelector(`a[href*="vanityName=${slug}"]`) as HTMLElement).click();
    return dialog(false);
  }

  /** LinkedIn: the dialog goes and that card's Connect turns to Pending. */
  function confirm(d: Element, slug: string, name: string): void {
    d.remove();
    const link = cardOf(slug).querySelector('a[href*="/preload/custom-invite/"]');
    link?.insertAdjacentHTML('afterend', pendingLink(slug, name));
    link?.remove();
  }

  beforeEach(() => {
    loadIntoDocument('search-results-people.html');
    history.replaceState({}, '', SEARCH);
  });

  test('counted once the card turns to Pending, for the person of that card', async () => {
    const d = connect('sam-placeholder-42');
    sendButton(d).click();
    sendButton(d).click();
    await tick();
    expect(sends).toEqual([]);
    confirm(d, 'sam-placeholder-42', 'Sam Placeholder');
    await tick();
    expect(sends).toMatchObject([{ kind: 'invite', recipient: hash53('salt|sam-placeholder-42') }]);
  });

  test('cancelled, or closed while the card still offers Connect: nothing counted', async () => {
    const cancelled = connect('kim-fakename');
    closeButton(cancelled).click();
    cancelled.remove();
    const unconfirmed = connect('sam-placeholder-42');
    sendButton(unconfirmed).click();
    unconfirmed.remove();
    await tick(50);
    expect(sends).toEqual([]);
  });

  test('a dialog left for another way of connecting: the next send is not taken for the earlier card’s person', async () => {
    const cancelled = connect('kim-fakename');
    closeButton(cancelled).click();
    cancelled.remove();
    // The user clicks a Connect that is no list link (a button): LinkedIn opens its dialog.
    document.body.click();
    const d = dialog(false);
    sendButton(d).click();
    d.remove();
    await tick();
    expect(sends).toHaveLength(1);
    expect(sends[0]?.recipient).not.toBe(hash53('salt|kim-fakename'));
  });

  test("another person's earlier Pending does not confirm this invitation", async () => {
    const d = connect('kim-fakename');
    sendButton(d).click();
    d.remove();
    cardOf('kim-fakename').remove(); // LinkedIn re-renders the list: the card is gone, Quinn is still Pending
    await tick(50);
    expect(sends).toEqual([]);
  });

  test('a re-rendered card: a Pending link to the person confirms it', async () => {
    const d = connect('kim-fakename');
    sendButton(d).click();
    d.remove();
    const card = cardOf('kim-fakename');
    card.insertAdjacentHTML(
      'afterend',
      `<div data-view-name="people-search-result">${pendingLink('kim-fakename', 'Kim Fakename')}</div>`,
    );
    card.remove();
    await tick();
    expect(sends).toMatchObject([{ kind: 'invite', recipient: hash53('salt|kim-fakename') }]);
  });
});

describe('messages', () => {
  test('a first message, then a follow-up without a reply; a reply makes the next one a plain message', async () => {
    const bubble = composer();
    const box = bubble.querySelector('[role="textbox"]') as HTMLElement;
    const send = bubble.querySelector('form button') as HTMLElement;
    type(box, 'Hi Casey, congratulations!');
    send.click();
    type(box, '');
    await tick();
    bubble.querySelector('ul')?.insertAdjacentHTML('beforeend', '<li><div class="msg-s-event-listitem">me</div></li>');
    type(box, 'Casey, did you see my note?');
    send.click();
    type(box, '');
    await tick();
    bubble
      .querySelector('ul')
      ?.insertAdjacentHTML(
        'beforeend',
        '<li><div class="msg-s-event-listitem msg-s-event-listitem--other">yes</div></li>',
      );
    type(box, 'Great, thanks Casey');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    type(box, '');
    await tick();
    expect(sends.map((s) => s.kind)).toEqual(['message', 'followup', 'message']);
  });

  test('Shift+Enter is a new line, not a send; an empty box sends nothing', async () => {
    const bubble = composer();
    const box = bubble.querySelector('[role="textbox"]') as HTMLElement;
    type(box, 'line one');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, composed: true }));
    type(box, '');
    (bubble.querySelector('form button') as HTMLElement).click();
    await tick();
    expect(sends).toEqual([]);
  });

  test('an InMail with a credit line costs a credit and reports the credits LinkedIn showed', async () => {
    const bubble = composer({ inmail: true, credits: 'Use 1 of 45 InMail credits' });
    const box = bubble.querySelector('[role="textbox"]') as HTMLElement;
    type(box, 'Hello Casey');
    (bubble.querySelector('form button') as HTMLElement).click();
    type(box, '');
    await tick();
    expect(sends).toMatchObject([{ kind: 'inmail' }]);
    expect(sends[0]?.free).toBeUndefined();
    expect(notices).toContainEqual({ kind: 'inmail-credits', at: 1_000, value: 45 });
  });

  test('an InMail without a credit line is a free Open Profile message', async () => {
    const bubble = composer({ inmail: true });
    const box = bubble.querySelector('[role="textbox"]') as HTMLElement;
    type(box, 'Hello Casey');
    (bubble.querySelector('form button') as HTMLElement).click();
    type(box, '');
    await tick();
    expect(sends).toMatchObject([{ kind: 'inmail', free: true }]);
  });
});

describe('the full messaging page (its own DOM)', () => {
  beforeEach(() => {
    loadIntoDocument('messaging-thread.html');
    history.replaceState({}, '', '/messaging/thread/2-FAKETHREADANSWERED00000000000000000001/');
  });

  const box = () => document.querySelector('.msg-form__contenteditable') as HTMLElement;
  /** LinkedIn: the message joins the thread as the user's, the box clears. */
  function delivered(): void {
    const text = box().textContent ?? '';
    document.querySelector('.msg-s-message-list-content')?.insertAdjacentHTML('beforeend', threadItem('me', text));
    box().innerHTML = '<p><br></p>';
  }

  test('a reply where the other person answered last, then a follow-up; to the person the header names', async () => {
    const send = document.querySelector('.msg-form__send-button') as HTMLButtonElement;
    box().innerHTML = '<p>Great, Tuesday works for me.</p>';
    send.disabled = false;
    send.click();
    delivered();
    await tick();
    box().innerHTML = '<p>Morgan, shall I send an invite for Tuesday?</p>';
    box().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    delivered();
    await tick();
    expect(sends.map((s) => s.kind)).toEqual(['message', 'followup']);
    const morgan = hash53('salt|ACoAAFAKE000000000000000000000000000041');
    expect(sends.map((s) => s.recipient)).toEqual([morgan, morgan]);
  });

  test('a disabled Send (an empty box) sends nothing', async () => {
    (document.querySelector('.msg-form__send-button') as HTMLElement).click();
    await tick(50);
    expect(sends).toEqual([]);
  });
});

describe('LinkedIn’s own notices', () => {
  test('the weekly invitation limit alert and the note-quota upsell are recorded once each', async () => {
    document.body.click();
    const alert = document.createElement('div');
    alert.className = 'ip-fuse-limit-alert__warning';
    document.body.append(alert);
    const upsell = dialog(false);
    upsell.insertAdjacentHTML('beforeend', '<a href="https://www.linkedin.com/premium/products/">Try Premium</a>');
    await tick();
    document.body.click();
    await tick();
    expect(notices.map((n) => n.kind).sort()).toEqual(['invite-limit-alert', 'note-quota-upsell']);
  });
});
