/**
 * LockLens's replacement for WXT's ContentScriptContext in the content script (wxt.config.ts
 * aliases `wxt/utils/content-script-context` to this file for that build only). WXT's context
 * announces every start with a DOM event, and every navigation with a window event, whose type
 * begins with the extension's id (`<id>:linkedin:wxt:content-script-started`): a page that knows
 * LockLens's store id could listen for exactly that name and learn it is installed, which is how
 * LinkedIn probes for extensions (shared notes, linkedin.md). This one dispatches nothing.
 *
 * Same surface as WXT's where LockLens uses it: `signal`, `isInvalid`, `onInvalidated`, and
 * `addEventListener(window, 'wxt:locationchange', …)`, which here is a direct callback from the
 * Navigation API (or a one-second URL check where it is missing), not an event in the page.
 * Orphaning (the extension reloaded or updated under an open tab) is noticed the moment the
 * user next clicks, types or navigates: the old script aborts everything it started, and its
 * hint goes with it.
 */
import { browser } from 'wxt/browser';

type LocationHandler = (event: { newUrl: URL; oldUrl: URL }) => void;

interface NavigationLike {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string } }) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** What the user does before LockLens acts: each is a moment to notice it was orphaned. */
const ORPHAN_PROBES = ['click', 'keydown', 'input'] as const;

export class ContentScriptContext {
  readonly #controller = new AbortController();
  #watchingLocation = false;
  readonly #locationHandlers: LocationHandler[] = [];

  // WXT's entrypoint passes the script's name and definition: nothing here needs them.
  constructor(_name: string, _options?: unknown) {
    // Capture listeners on the document, registered before any of LockLens's own: an orphaned
    // script aborts (and its listeners are removed) before they would run.
    for (const type of ORPHAN_PROBES) {
      document.addEventListener(type, () => this.isInvalid, { capture: true, passive: true, signal: this.signal });
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the extension is gone (reloaded, updated, removed); aborts everything on the way. */
  get isInvalid(): boolean {
    let alive = false;
    try {
      alive = browser.runtime?.id != null;
    } catch {
      // Firefox: the runtime of an unloaded extension may throw instead of answering.
    }
    if (!alive) this.#controller.abort('extension context invalidated');
    return this.#controller.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.signal.addEventListener('abort', callback, { once: true });
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: ((event: never) => void) | LocationHandler,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange') {
      this.#locationHandlers.push(handler as LocationHandler);
      this.#watchLocation();
      return;
    }
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  #watchLocation(): void {
    if (this.#watchingLocation) return;
    this.#watchingLocation = true;
    let last = new URL(location.href);
    const changed = (url: string) => {
      const next = new URL(url);
      if (next.href === last.href || this.isInvalid) return;
      const event = { newUrl: next, oldUrl: last };
      last = next;
      for (const handler of this.#locationHandlers) handler(event);
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changed(event.destination.url), { signal: this.signal });
    } else {
      const timer = setInterval(() => changed(location.href), 1000);
      this.onInvalidated(() => clearInterval(timer));
    }
  }
}
