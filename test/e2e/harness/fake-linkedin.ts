/**
 * LinkedIn's own behaviour, played by the test page: the invitation dialog and the messaging
 * overlay, rendered inside `#interop-outlet`'s open shadow root like the 2026 site (markup as
 * modelled in lib/reader/selectors.ts, COMPOSER). The test is the user: it clicks and types; the
 * extension only watches. These functions run in the page's main world.
 */
import type { E2EPage } from './types';

export interface FakeOptions {
  /** The profile owner's name and slug, for the Pending label and the overlay header. */
  name: string;
  slug: string;
  /** Milliseconds LinkedIn takes to close the dialog / clear the box after Send. */
  delay?: number;
}

/** Installs the fake dialog and overlay on the page; idempotent. */
export function installFakeLinkedIn(page: E2EPage, options: FakeOptions): Promise<void> {
  return page.evaluate(({ name, slug, delay = 40 }) => {
    const w = window as unknown as { __fakeLinkedIn?: boolean };
    if (w.__fakeLinkedIn) return;
    w.__fakeLinkedIn = true;
    const outlet = document.getElementById('interop-outlet');
    if (!outlet) throw new Error('fixture has no #interop-outlet');
    const root = outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
    const card = () => document.querySelector('section[componentkey$="Topcard"]');

    const openDialog = () => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.innerHTML = `<h2>Add a note to your invitation?</h2>
        <textarea name="message" maxlength="200" aria-label="Add a note"></textarea>
        <button type="button" aria-label="Dismiss" class="dismiss">×</button>
        <button type="button" aria-label="Send without a note" class="send-plain">Send without a note</button>
        <button type="button" aria-label="Send invitation" class="send-note">Send</button>`;
      dialog.addEventListener('click', (event) => {
        const button = (event.target as Element).closest('button');
        if (!button) return;
        if (button.classList.contains('dismiss')) dialog.remove();
        if (button.classList.contains('send-plain') || button.classList.contains('send-note')) {
          setTimeout(() => {
            if (!dialog.isConnected) return;
            dialog.remove();
            const connect = card()?.querySelector('a[href*="/preload/custom-invite/"]');
            const pending = document.createElement('a');
            pending.href = `https://www.linkedin.com/in/${slug}/`;
            pending.setAttribute('aria-label', `Pending, click to withdraw invitation sent to ${name}`);
            pending.innerHTML = '<span><svg id="clock-small"></svg><span>Pending</span></span>';
            connect?.replaceWith(pending);
          }, delay);
        }
      });
      root.append(dialog);
    };

    const openOverlay = () => {
      if (root.querySelector('.msg-overlay-conversation-bubble')) return;
      const bubble = document.createElement('div');
      bubble.className = 'msg-overlay-conversation-bubble';
      bubble.innerHTML = `<div class="msg-overlay-bubble-header"><a href="/in/${slug}/">${name}</a>
          <button type="button" class="close" aria-label="Close your conversation">×</button></div>
        <ul class="msg-s-message-list-content"></ul>
        <form class="msg-form"><div role="textbox" contenteditable="true" aria-label="Write a message…"
          class="msg-form__contenteditable"></div>
          <button type="submit" class="msg-form__send-button">Send</button></form>`;
      const form = bubble.querySelector('form') as HTMLFormElement;
      const box = bubble.querySelector('[role="textbox"]') as HTMLElement;
      const send = () => {
        const text = box.textContent?.trim();
        if (!text) return;
        setTimeout(() => {
          const item = document.createElement('li');
          item.innerHTML = `<div class="msg-s-event-listitem"><p></p></div>`;
          (item.querySelector('p') as HTMLElement).textContent = text;
          bubble.querySelector('ul')?.append(item);
          box.textContent = '';
        }, delay);
      };
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        send();
      });
      box.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          send();
        }
      });
      bubble.querySelector('.close')?.addEventListener('click', () => bubble.remove());
      root.append(bubble);
    };

    // LinkedIn opens its own UI instead of following these links.
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.('a');
      const href = link?.getAttribute('href') ?? '';
      if (href.includes('/preload/custom-invite/')) {
        event.preventDefault();
        openDialog();
      } else if (href.includes('/messaging/compose/')) {
        event.preventDefault();
        openOverlay();
      }
    });
  }, options);
}

/** The user's side: click a link or button in the top card by a CSS selector. */
export function clickInTopCard(page: E2EPage, selector: string): Promise<void> {
  return page.evaluate((css) => {
    const element = document.querySelector(`section[componentkey$="Topcard"] ${css}`) as HTMLElement | null;
    if (!element) throw new Error(`no ${css} in the top card`);
    element.click();
  }, selector);
}

/** The user's side: click a button inside LinkedIn's interop layer. */
export function clickInInterop(page: E2EPage, selector: string, times = 1): Promise<void> {
  return page.evaluate(
    ({ css, times }) => {
      const element = document.getElementById('interop-outlet')?.shadowRoot?.querySelector(css) as HTMLElement | null;
      if (!element) throw new Error(`no ${css} in the interop layer`);
      for (let i = 0; i < times; i++) element.click();
    },
    { css: selector, times },
  );
}

/** The user's side: type into the note field or the message box. */
export function typeInInterop(page: E2EPage, selector: string, text: string): Promise<void> {
  return page.evaluate(
    ({ css, text }) => {
      const element = document.getElementById('interop-outlet')?.shadowRoot?.querySelector(css) as HTMLElement | null;
      if (!element) throw new Error(`no ${css} in the interop layer`);
      if (element instanceof HTMLTextAreaElement) element.value = text;
      else element.textContent = text;
      element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    { css: selector, text },
  );
}

export function interopGone(page: E2EPage, selector: string): Promise<void> {
  return page.waitFor((css) => !document.getElementById('interop-outlet')?.shadowRoot?.querySelector(css), selector);
}
