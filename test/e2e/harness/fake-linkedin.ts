/**
 * LinkedIn's own behaviour, played by the test page: the 2026 invitation dialog opened by any
 * Connect link (a profile's, a search result's), the messaging overlay and the InMail composer,
 * all inside `#interop-outlet`'s open shadow root like the 2026 site, and the message forms of the
 * full messaging page in the page's own DOM. Markup from test/fixtures/linkedin-ui.ts. The test is
 * the user: it clicks and types; the extension only watches. These functions run in the page's
 * main world.
 */
import {
  type DialogLanguage,
  INVITE_DIALOG_ATTRIBUTES,
  inviteDialogContent,
  overlayBubble,
  pendingLink,
  threadItem,
} from '../../fixtures/linkedin-ui';
import type { E2EPage } from './types';

export interface FakeOptions {
  /** The person the profile's Message opens a conversation with (the overlay's header). */
  name?: string;
  slug?: string;
  /** Message opens an InMail composer instead: with `credits`, its credit line; without, Open Profile. */
  inmail?: { credits?: string };
  /** The invitation dialog's language (its hooks are the same in every language). */
  language?: DialogLanguage;
  /** Milliseconds LinkedIn takes to close the dialog / clear the box after Send. */
  delay?: number;
}

/** Where a control is: LinkedIn's interop layer (overlay, dialogs) or the page's own DOM. */
export type Where = 'interop' | 'page';

/** Installs the fake dialog, overlay and message forms on the page; idempotent. */
export function installFakeLinkedIn(page: E2EPage, options: FakeOptions = {}): Promise<void> {
  const { gate, note } = inviteDialogContent(options.language ?? 'en');
  const markup = {
    dialogAttributes: INVITE_DIALOG_ATTRIBUTES,
    gate,
    note,
    bubble: overlayBubble({ name: options.name ?? '', slug: options.slug ?? '', inmail: options.inmail }),
    pending: pendingLink('{slug}', '{name}'),
    sentItem: threadItem('me', ''),
    delay: options.delay ?? 40,
  };
  return page.evaluate(({ dialogAttributes, gate, note, bubble, pending, sentItem, delay }) => {
    const w = window as unknown as { __fakeLinkedIn?: boolean };
    if (w.__fakeLinkedIn) return;
    w.__fakeLinkedIn = true;
    const outlet = document.getElementById('interop-outlet');
    if (!outlet) throw new Error('fixture has no #interop-outlet');
    const root = outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
    const later = (action: () => void) => setTimeout(action, delay);

    /** The invitation dialog, opened by `link`; a send turns that link to Pending. */
    const openDialog = (link: Element) => {
      const dialog = document.createElement('div');
      for (const [name, value] of Object.entries(dialogAttributes)) dialog.setAttribute(name, value);
      dialog.innerHTML = gate;
      let stage: 'gate' | 'note' = 'gate';
      dialog.addEventListener('click', (event) => {
        const button = (event.target as Element).closest('button');
        if (!button) return;
        event.preventDefault();
        if (button.hasAttribute('data-test-modal-close-btn')) dialog.remove();
        else if (button.classList.contains('artdeco-button--secondary')) {
          if (stage === 'note') dialog.remove();
          else {
            stage = 'note';
            dialog.innerHTML = note;
          }
        } else if (button.classList.contains('artdeco-button--primary')) {
          later(() => {
            if (!dialog.isConnected) return;
            dialog.remove();
            const slug = new URL(link.getAttribute('href') ?? '', location.href).searchParams.get('vanityName') ?? '';
            const holder = document.createElement('div');
            holder.innerHTML = pending.replaceAll('{slug}', slug).replaceAll('{name}', slug);
            link.replaceWith(holder.firstElementChild as Element);
          });
        }
      });
      root.append(dialog);
    };

    /** A message form: Send or Enter adds the text to its thread as the user's, then clears the box. */
    const wireForm = (form: HTMLFormElement) => {
      const box = form.querySelector('[role="textbox"]') as HTMLElement;
      const button = form.querySelector('button[type="submit"]') as HTMLButtonElement;
      const thread = () =>
        (form.closest('.msg-thread, .msg-overlay-conversation-bubble') ?? form.parentElement)?.querySelector(
          '.msg-s-message-list-content',
        );
      const send = () => {
        const text = box.textContent?.trim();
        if (!text) return;
        later(() => {
          const holder = document.createElement('ul');
          holder.innerHTML = sentItem;
          const item = holder.firstElementChild as Element;
          (item.querySelector('p') as HTMLElement).textContent = text;
          thread()?.append(item);
          box.innerHTML = '<p><br></p>';
          button.disabled = true;
        });
      };
      box.addEventListener('input', () => {
        button.disabled = !box.textContent?.trim();
      });
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
    };

    const openOverlay = () => {
      if (root.querySelector('.msg-overlay-conversation-bubble')) return;
      const holder = document.createElement('div');
      holder.innerHTML = bubble;
      const element = holder.firstElementChild as Element;
      wireForm(element.querySelector('form') as HTMLFormElement);
      element.querySelector('.close')?.addEventListener('click', () => element.remove());
      root.append(element);
    };

    for (const form of document.querySelectorAll<HTMLFormElement>('form.msg-form')) wireForm(form);
    // LinkedIn opens its own UI instead of following these links.
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.('a');
      const href = link?.getAttribute('href') ?? '';
      if (link && href.includes('/preload/custom-invite/')) {
        event.preventDefault();
        openDialog(link);
      } else if (href.includes('/messaging/compose/')) {
        event.preventDefault();
        openOverlay();
      } else if (href.startsWith('/messaging/thread/new/')) {
        // A new message to one person: the thread pane empties, its header shows the chosen person.
        event.preventDefault();
        document.querySelector('.msg-thread .msg-s-message-list-content')?.replaceChildren();
        history.pushState({}, '', href);
      }
    });
  }, markup);
}

/** The user's side: click a link or button in the top card by a CSS selector. */
export function clickInTopCard(page: E2EPage, selector: string): Promise<void> {
  return clickIn(page, 'page', `section[componentkey$="Topcard"] ${selector}`);
}

/** The user's side: click an element (`times` times) in the interop layer or the page's own DOM. */
export function clickIn(page: E2EPage, where: Where, selector: string, times = 1): Promise<void> {
  return page.evaluate(
    ({ where, css, times }) => {
      const root = where === 'page' ? document : document.getElementById('interop-outlet')?.shadowRoot;
      const element = root?.querySelector(css) as HTMLElement | null;
      if (!element) throw new Error(`no ${css} in the ${where}`);
      for (let i = 0; i < times; i++) element.click();
    },
    { where, css: selector, times },
  );
}

/** The user's side: type into a note field, a subject or a message box (replacing what was there). */
export function typeIn(page: E2EPage, where: Where, selector: string, text: string): Promise<void> {
  return page.evaluate(
    ({ where, css, text }) => {
      const root = where === 'page' ? document : document.getElementById('interop-outlet')?.shadowRoot;
      const element = root?.querySelector(css) as HTMLElement | null;
      if (!element) throw new Error(`no ${css} in the ${where}`);
      element.focus();
      if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) element.value = text;
      else element.textContent = text;
      element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    { where, css: selector, text },
  );
}

/** The user's side: Enter in a message box. */
export function pressEnterIn(page: E2EPage, where: Where, selector: string): Promise<void> {
  return page.evaluate(
    ({ where, css }) => {
      const root = where === 'page' ? document : document.getElementById('interop-outlet')?.shadowRoot;
      const element = root?.querySelector(css);
      if (!element) throw new Error(`no ${css} in the ${where}`);
      element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    },
    { where, css: selector },
  );
}

export const clickInInterop = (page: E2EPage, selector: string, times = 1) => clickIn(page, 'interop', selector, times);
export const typeInInterop = (page: E2EPage, selector: string, text: string) => typeIn(page, 'interop', selector, text);

export function interopGone(page: E2EPage, selector: string): Promise<void> {
  return page.waitFor((css) => !document.getElementById('interop-outlet')?.shadowRoot?.querySelector(css), selector);
}

/** The invitation dialog's controls, by their language-independent hooks. */
export const DIALOG = {
  dialog: '[role="dialog"].send-invite',
  close: '[data-test-modal-close-btn]',
  /** "Add a note" before a note, Cancel after it. */
  secondary: '.artdeco-modal__actionbar .artdeco-button--secondary',
  /** "Send without a note" before a note, Send after it. */
  send: '.artdeco-modal__actionbar .artdeco-button--primary',
  note: 'textarea',
} as const;
