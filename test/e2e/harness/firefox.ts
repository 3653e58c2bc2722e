/**
 * Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, with the built extension
 * installed as a temporary add-on. BiDi refuses to navigate a tab to `moz-extension://`, so
 * extension pages are reached from the welcome tab LockLens opens on install, which is an
 * extension page and may navigate to its siblings.
 */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { builtExtensionDir, geckoId, requireExecutable } from './extension';
import { capturePages } from './failure-screenshots';
import { respondTo } from './fixture-server';
import type { E2EPage, E2ESession, RecordedRequest } from './types';

function wrap(page: Page): E2EPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      // Interval polling: requestAnimationFrame does not run in background tabs.
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg);
    },
    press: (key) => page.keyboard.press(key as never),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    close: () => page.close(),
  };
}

async function serve(request: HTTPRequest, requests: RecordedRequest[]): Promise<void> {
  const url = request.url();
  if (!/^https?:/.test(url)) return request.continue();
  requests.push({ url, source: 'page' });
  const response = respondTo(url);
  if (response.kind === 'html') {
    return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: response.body });
  }
  if (response.kind === 'not-found') return request.respond({ status: 404, body: '' });
  return request.abort('blockedbyclient');
}

async function intercepted(page: Page, requests: RecordedRequest[]): Promise<Page> {
  await page.setRequestInterception(true);
  page.on('request', (request) => void serve(request, requests));
  return page;
}

async function findExtensionPage(browser: Browser, origin: string): Promise<Page> {
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(origin)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The extension did not open its welcome page after install');
}

export async function launchFirefox(options: { locale?: string } = {}): Promise<E2ESession> {
  const executablePath = requireExecutable('/usr/bin/firefox-esr', 'firefox-esr');
  const extensionDir = builtExtensionDir('firefox-mv3');
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // A fixed internal UUID makes the extension's page URLs known to the test.
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: uuid }),
      // The UI language extension i18n follows; needs Debian's firefox-esr-l10n-<lang> langpack.
      ...(options.locale ? { 'intl.locale.requested': options.locale, 'intl.accept_languages': options.locale } : {}),
    },
  });
  const requests: RecordedRequest[] = [];
  await browser.installExtension(extensionDir);
  const welcome = await intercepted(await findExtensionPage(browser, origin), requests);

  return {
    browserName: 'firefox',
    runtimeId: geckoId(),
    requests,
    async updateExtension() {
      // The same id over itself: Firefox unloads the old copy (its extension pages close) and
      // starts the new one, injecting its content script into the LinkedIn tabs already open.
      await browser.installExtension(extensionDir);
    },
    async openLinkedIn(url) {
      const page = await intercepted(await browser.newPage(), requests);
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async openExtensionPage(path) {
      const target = `${origin}/${path}`;
      await welcome.evaluate((href) => location.assign(href), target);
      await welcome.waitForFunction(
        (href) => location.href === href && document.readyState === 'complete',
        { timeout: 10_000 },
        target,
      );
      // One extension tab serves every extension page here: closing it would lose the way back.
      return { ...wrap(welcome), close: async () => {} };
    },
    screenshots: async () =>
      capturePages(
        await browser.pages(),
        (page) => page.url(),
        (page) => page.screenshot(),
      ),
    async close() {
      await browser.close();
    },
  };
}
