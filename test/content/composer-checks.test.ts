/**
 * The composer panel's watcher in happy-dom: it finds the composer the user writes in (the
 * messaging page's own form, an InMail in the interop layer, an invitation note), checks each of
 * its fields, mounts one panel beside it and takes it away with it; quiet mode inserts nothing.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../lib/composer/types';
import { PANEL_HOST_NAME, startComposerChecks } from '../../lib/content/composer/composer-checks';
import type { TextCheckAnswer } from '../../lib/protocol/answers';
import type { TextCheck } from '../../lib/protocol/schemas';
import { INVITE_DIALOG_ATTRIBUTES, inviteDialogContent, overlayBubble } from '../fixtures/linkedin-ui';
import { loadIntoDocument } from '../helpers/fixtures';

let controller: AbortController;
let requests: TextCheck[];
let enabled: boolean;
let settingsChanged: () => void;

const finding = (id: Finding['id'], severity: Finding['severity']): Finding => ({
  id,
  severity,
  reason: { key: `composer.${id}.reason` } as Finding['reason'],
  suggestion: { key: `composer.${id}.suggestion` } as Finding['suggestion'],
});

/** A stand-in for the background: a long text is too long, an "offer" is promotional. */
async function check(request: TextCheck): Promise<TextCheckAnswer> {
  requests.push(request);
  const findings: Finding[] = [];
  if (request.text.includes('offer')) findings.push(finding('promotional', 'warning'));
  if (request.text.length > 40)
    findings.push(finding('too-long', request.kind === 'inmail-subject' ? 'problem' : 'info'));
  return { enabled, findings, paceLine: null };
}

function interop(): ShadowRoot {
  const outlet = document.getElementById('interop-outlet') as HTMLElement;
  return outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
}

function type(field: Element, text: string): void {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.value = text;
  else field.textContent = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const findingsIn = (root: ParentNode) =>
  [...(root.querySelector(PANEL_HOST_NAME)?.shadowRoot?.querySelectorAll<HTMLElement>('[data-finding]') ?? [])].map(
    (item) => `${item.dataset.finding}:${item.dataset.severity}`,
  );

function start(): void {
  controller = new AbortController();
  startComposerChecks({
    signal: controller.signal,
    check,
    onSettingsChanged: (onChange) => {
      settingsChanged = onChange;
    },
  });
}

beforeEach(() => {
  requests = [];
  enabled = true;
});
afterEach(() => controller.abort());

describe('the full messaging page', () => {
  beforeEach(() => {
    loadIntoDocument('messaging-thread.html');
    history.replaceState({}, '', '/messaging/thread/2-FAKETHREADANSWERED00000000000000000001/');
    start();
  });

  test('a panel just before the form, updated as the user types, gone with the form', async () => {
    const box = document.querySelector('.msg-form__contenteditable') as HTMLElement;
    type(box, 'Morgan, a special offer for you');
    await vi.waitFor(() => expect(findingsIn(document)).toEqual(['promotional:warning']));
    expect(document.querySelector('form.msg-form')?.previousElementSibling?.localName).toBe(PANEL_HOST_NAME);
    expect(requests.at(-1)).toMatchObject({ kind: 'message', firstMessage: false, recipient: { firstName: 'Morgan' } });

    type(box, 'Morgan, thanks: Tuesday works.');
    await vi.waitFor(() => expect(findingsIn(document)).toEqual([]));
    expect(document.querySelectorAll(PANEL_HOST_NAME)).toHaveLength(1);

    document.querySelector('.msg-thread')?.remove();
    await vi.waitFor(() => expect(document.querySelectorAll(PANEL_HOST_NAME)).toHaveLength(0));
  });

  test('quiet mode (checks off): nothing is inserted', async () => {
    enabled = false;
    const box = document.querySelector('.msg-form__contenteditable') as HTMLElement;
    type(box, 'A special offer for you');
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelectorAll(PANEL_HOST_NAME)).toHaveLength(0);
    // Off: what the user types next is not sent to be checked, until the settings change.
    type(box, 'A special offer for you, again');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(requests).toHaveLength(1);
    enabled = true;
    settingsChanged();
    type(box, 'A special offer for you, once more');
    await vi.waitFor(() => expect(findingsIn(document)).toEqual(['promotional:warning']));
  });
});

describe('the interop layer', () => {
  beforeEach(() => {
    loadIntoDocument('first-degree.html');
    history.replaceState({}, '', '/in/dana-example/');
    start();
  });

  test('an InMail: subject and body checked with their own kinds, one panel, each finding once at its worst', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = overlayBubble({
      name: 'Dana Example',
      slug: 'dana-example',
      inmail: { credits: 'Use 1 of 45' },
    });
    const bubble = holder.firstElementChild as Element;
    interop().append(bubble);
    type(
      bubble.querySelector('input[name="subject"]') as Element,
      'An offer about your warehouse in Examplecity today',
    );
    type(
      bubble.querySelector('[role="textbox"]') as Element,
      'Hi Dana, a longer body about the same offer, with details',
    );
    await vi.waitFor(() => expect(findingsIn(interop())).toEqual(['promotional:warning', 'too-long:problem']));
    expect(requests.slice(-2).map((r) => r.kind)).toEqual(['inmail-subject', 'inmail-body']);
    expect(interop().querySelectorAll(PANEL_HOST_NAME)).toHaveLength(1);
  });

  test('the invitation note: the panel appears in the dialog once a note is written', async () => {
    const dialog = document.createElement('div');
    for (const [name, value] of Object.entries(INVITE_DIALOG_ATTRIBUTES)) dialog.setAttribute(name, value);
    dialog.innerHTML = inviteDialogContent('pl').gate;
    interop().append(dialog);
    dialog.innerHTML = inviteDialogContent('pl').note;
    type(dialog.querySelector('textarea') as Element, 'Cześć Dana, mam dla Ciebie offer');
    await vi.waitFor(() => expect(findingsIn(dialog)).toEqual(['promotional:warning']));
    expect(requests.at(-1)).toMatchObject({
      kind: 'invitation-note',
      firstMessage: true,
      recipient: { firstName: 'Dana' },
    });
    dialog.remove();
    await vi.waitFor(() => expect(dialog.querySelectorAll(PANEL_HOST_NAME)).toHaveLength(0));
  });
});
