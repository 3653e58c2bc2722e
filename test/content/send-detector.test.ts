/**
 * The passive send detector on a LinkedIn-like page in happy-dom: it counts only what the page
 * confirms, once, and reads LinkedIn's own alerts and credit line.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type SendDraft, startSendDetector } from '../../lib/content/sends/detector';
import type { LinkedInNotice } from '../../lib/pace/types';
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

function dialog(withNote: boolean): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'dialog');
  element.innerHTML = `${withNote ? '<textarea name="message"></textarea>' : ''}
    <button aria-label="Dismiss" class="dismiss">x</button><button aria-label="Send invitation" class="send">Send</button>`;
  interop().append(element);
  return element;
}

function turnPending(): void {
  const connect = document.querySelector('section[componentkey$="Topcard"] a[href*="/preload/custom-invite/"]');
  const pending = document.createElement('a');
  pending.innerHTML = '<svg id="clock-small"></svg>';
  connect?.replaceWith(pending);
}

function composer(options: { inmail?: boolean; credits?: string; thread?: ('me' | 'other')[] } = {}): HTMLElement {
  const bubble = document.createElement('div');
  bubble.className = 'msg-overlay-conversation-bubble';
  const items = (options.thread ?? [])
    .map(
      (who) =>
        `<li><div class="msg-s-event-listitem${who === 'other' ? ' msg-s-event-listitem--other' : ''}">x</div></li>`,
    )
    .join('');
  bubble.innerHTML = `<div class="msg-overlay-bubble-header"><a href="/in/casey-mockwell/">Casey</a></div>
    <ul>${items}</ul>
    <form class="msg-form">${options.inmail ? '<input name="subject">' : ''}
      ${options.credits ? `<p class="msg-inmail-credits-display">${options.credits}</p>` : ''}
      <div role="textbox" contenteditable="true"></div>
      <button type="submit" class="msg-form__send-button">Send</button></form>`;
  interop().append(bubble);
  return bubble;
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
    (d.querySelector('.send') as HTMLElement).click();
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
    (d.querySelector('.send') as HTMLElement).click();
    (d.querySelector('.send') as HTMLElement).click();
    d.remove();
    turnPending();
    await tick();
    expect(sends.map((s) => s.kind)).toEqual(['invite']);
  });

  test('dismissed, or closed without Pending: nothing counted', async () => {
    const d = dialog(true);
    (d.querySelector('.dismiss') as HTMLElement).click();
    d.remove();
    const e = dialog(false);
    (e.querySelector('.send') as HTMLElement).click();
    e.remove();
    await tick(50);
    expect(sends).toEqual([]);
  });
});

describe('messages', () => {
  test('a first message, then a follow-up without a reply; a reply makes the next one a plain message', async () => {
    const bubble = composer();
    const box = bubble.querySelector('[role="textbox"]') as HTMLElement;
    const send = bubble.querySelector('button') as HTMLElement;
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
    (bubble.querySelector('button') as HTMLElement).click();
    await tick();
    expect(sends).toEqual([]);
  });

  test('an InMail with a credit line costs a credit and reports the credits LinkedIn showed', async () => {
    const bubble = composer({ inmail: true, credits: 'Use 1 of 45 InMail credits' });
    const box = bubble.querySelector('[role="textbox"]') as HTMLElement;
    type(box, 'Hello Casey');
    (bubble.querySelector('button') as HTMLElement).click();
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
    (bubble.querySelector('button') as HTMLElement).click();
    type(box, '');
    await tick();
    expect(sends).toMatchObject([{ kind: 'inmail', free: true }]);
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
