/** The little the end-to-end tests need from a browser, the same for Chromium and Firefox. */
/** The extension API as pages of the extension see it (`browser` in both browsers). */
export type ExtensionApi = typeof import('wxt/browser').browser;

export type BrowserName = 'chromium' | 'firefox';

export interface E2EPage {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `fn` returns a truthy value in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Presses a key (e.g. `Enter`, `Escape`, `Tab`) in whatever has focus. */
  press(key: string): Promise<void>;
  /** Navigates in place and waits for the load. */
  goto(url: string): Promise<void>;
  close(): Promise<void>;
}

export interface RecordedRequest {
  url: string;
  /** `page` covers LinkedIn tabs and extension pages; `service-worker` the background (Chromium only). */
  source: 'page' | 'service-worker';
}

/** One page's screenshot, for a failed test (failure-screenshots.ts). */
export interface PageShot {
  url: string;
  png: Uint8Array;
}

export interface E2ESession {
  browserName: BrowserName;
  /** The extension's id as `runtime.id` says it (Chromium's key hash, Firefox's gecko id). */
  runtimeId: string;
  /** Chromium only: stops the extension's service worker, as the browser does when it is idle. */
  stopServiceWorker?(): Promise<boolean>;
  /** Chromium only: reloads the extension while pages stay open. */
  reloadExtension?(): Promise<void>;
  /** Firefox only: installs the built extension again over itself (an update) while pages stay open. */
  updateExtension?(): Promise<void>;
  openLinkedIn(url: string): Promise<E2EPage>;
  /** `path` relative to the extension root, e.g. `popup.html?tab=3`. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** Every http(s) request seen, in order. */
  requests: RecordedRequest[];
  /** A PNG of each page open in the browser (LinkedIn tabs and extension pages). */
  screenshots(): Promise<PageShot[]>;
  close(): Promise<void>;
}
