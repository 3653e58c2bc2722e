/**
 * The content script's start on a profile opened in its own tab (the top card already there):
 * one message to the background, which answers the verdict, the hint's context and the salt.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../lib/background/handle-message';
import { HINT_HOST_NAME } from '../../lib/content/hint-ui';
import { ContentScriptContext } from '../../lib/content/script-context';
import { startOnLinkedIn } from '../../lib/content/start';
import { testEnv } from '../helpers/background';
import { loadIntoDocument } from '../helpers/fixtures';

const PROFILE = 'https://www.linkedin.com/in/rowan-placeholder/';
const env = testEnv(() => Date.UTC(2026, 10, 21));

const started: ContentScriptContext[] = [];

/** Starts the content script; afterEach ends it as an extension reload would (no runtime id). */
function start(): void {
  const ctx = new ContentScriptContext('linkedin');
  started.push(ctx);
  // The content-script build aliases WXT's context type to this class (wxt.config.ts).
  startOnLinkedIn(ctx as unknown as Parameters<typeof startOnLinkedIn>[0]);
}

afterEach(() => {
  const runtime = browser.runtime as { id?: string };
  const id = runtime.id;
  runtime.id = undefined;
  for (const ctx of started.splice(0)) expect(ctx.isInvalid).toBe(true);
  runtime.id = id;
  document.body.replaceChildren();
  history.replaceState(null, '', '/feed/');
  vi.restoreAllMocks();
});

interface Sent {
  type: string;
  slug?: string;
  profileId?: string;
  withContext?: boolean;
  planHint?: unknown;
}

/** The content script's messages, as sent, answered by the real background handler. */
function routeMessagesToTheBackground(): Sent[] {
  const sent: Sent[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((message: Sent) => {
    sent.push(message);
    return handleMessage(message, { id: env.extensionId, url: PROFILE, tab: { id: 3 } }, env);
  }) as typeof browser.runtime.sendMessage);
  return sent;
}

test('a profile opened in its own tab costs one message: the report asks for the context (and salt) too', async () => {
  history.replaceState(null, '', '/in/rowan-placeholder/');
  loadIntoDocument('second-degree-message-primary.html');
  const sent = routeMessagesToTheBackground();

  start();
  await vi.waitFor(() => {
    const chip = document.querySelector(HINT_HOST_NAME)?.shadowRoot?.querySelector('.ll-chip');
    expect(chip?.textContent).toBe('Message locked · why?');
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(sent.map((m) => m.type)).toEqual(['page-report']);
  expect(sent[0]).toMatchObject({
    withContext: true,
    planHint: { plan: 'free', evidence: 'premium-trial-upsell' },
    slug: 'rowan-placeholder',
    // The card's member id too: the messaging page names people by it (lib/background/viewer.ts).
    profileId: 'ACoAAFAKE000000000000000000000000000002',
  });
});

/** A profile page whose top card LinkedIn has not rendered yet: the card and where it goes. */
function profileWithoutItsCardYet(): { topCard: Element; slot: Element } {
  history.replaceState(null, '', '/in/rowan-placeholder/');
  loadIntoDocument('second-degree-message-primary.html');
  const topCard = document.querySelector('section[componentkey$="Topcard"]');
  const slot = topCard?.parentElement;
  if (!topCard || !slot) throw new Error('fixture without a top card');
  topCard.remove();
  return { topCard, slot };
}

test('a profile whose card is not there yet asks for its context at once, then reports without asking again', async () => {
  const { topCard, slot } = profileWithoutItsCardYet();
  const sent = routeMessagesToTheBackground();

  start();
  expect(sent).toEqual([{ type: 'page-context', slug: 'rowan-placeholder' }]);
  slot.append(topCard);
  await vi.waitFor(() => expect(document.querySelector(HINT_HOST_NAME)).not.toBeNull());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(sent.map((m) => m.type)).toEqual(['page-context', 'page-report']);
  expect(sent[1]?.withContext).toBeUndefined();
});

test("a card that arrives gets its chip at once; the full read and the report wait for LinkedIn's next frame", async () => {
  const { topCard, slot } = profileWithoutItsCardYet();
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  const sent = routeMessagesToTheBackground();

  start();
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  slot.append(topCard);
  const host = await vi.waitFor(() => {
    const found = document.querySelector(HINT_HOST_NAME);
    if (!found) throw new Error('no hint yet');
    return found;
  });
  const chip = host.shadowRoot?.querySelector('.ll-hint');
  expect(chip?.getAttribute('data-messaging')).toBe('locked');
  expect(sent.map((m) => m.type)).toEqual(['page-context']);

  for (const frame of frames.splice(0)) frame(performance.now());
  await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['page-context', 'page-report']));
  // The verdict fills in the panel: opened, it explains instead of saying it is loading.
  host.shadowRoot?.querySelector<HTMLButtonElement>('.ll-chip')?.click();
  await vi.waitFor(() => {
    expect(host.shadowRoot?.querySelector('.ll-panel')).not.toBeNull();
    expect(host.shadowRoot?.querySelector('.ll-pending')).toBeNull();
  });
});

test('a message sent from the messaging page (recorded under the member id) shows on the chip once the report is answered', async () => {
  const { hash53 } = await import('../../lib/pace/hash');
  const ledger = await env.state.ledger.load();
  const at = Date.UTC(2026, 10, 18);
  const recipient = hash53(`${ledger.salt}|ACoAAFAKE000000000000000000000000000002`);
  await env.state.ledger.recordSend({ id: 'from-inbox', kind: 'message', at, recipient }, Date.UTC(2026, 10, 21));
  const { topCard, slot } = profileWithoutItsCardYet();
  routeMessagesToTheBackground();

  start();
  slot.append(topCard);
  // The context, asked by vanity name before the card was there, knows nothing of it; the
  // report's answer, made with the card's member id too, does: the chip gets its news dot.
  await vi.waitFor(() => {
    const chip = document.querySelector(HINT_HOST_NAME)?.shadowRoot?.querySelector('.ll-chip');
    expect(chip?.querySelector('.ll-chip-dot') ?? null).not.toBeNull();
  });
});
