/**
 * The store screenshots (1280×800, the size both stores take): the hint on a locked profile, the
 * list marks on people search, the popup, and the options page, in Chromium on the built extension, from a fixture page and made-up
 * pace and saved-list data (fake people only). Every run renders and checks them; only
 * `npm run store-screenshots` (LOCKLENS_SCREENSHOTS=1) writes them to docs/store/screenshots/.
 * Plus Chrome's optional small promo tile (440×280). Captions are English.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addEvent, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import type { SendKind } from '../../lib/pace/types';
import type { SavedPerson } from '../../lib/saved/schema';
import { loadExtensionFlags, QUIET_CHROMIUM_FLAGS, routeToFixtures } from './harness/chromium-context';
import { builtExtensionDir, requireExecutable } from './harness/extension';
import { fixtureUrl } from './harness/fixture-server';
import type { ExtensionApi } from './harness/types';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'docs/store/screenshots');
const WRITE = process.env.LOCKLENS_SCREENSHOTS === '1';
const WIDTH = 1280;
const HEIGHT = 800;
const DAY = 86_400_000;
const PROFILE = 'third-degree-message-primary.html';
const LIST_PAGE = 'search-results-people.html';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function keep(name: string, png: Buffer, width = WIDTH, height = HEIGHT): void {
  expect(pngSize(png)).toEqual({ width, height });
  if (!WRITE) return;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), png);
  console.info(`store screenshot written: docs/store/screenshots/${name}`);
}

/** A few weeks of made-up sending, so the pace dashboard has something to show. */
function sampleLedger(now: number): Ledger {
  let ledger = emptyLedger('screenshot-device', 'screenshot-salt');
  const plan: [number, SendKind, number][] = [
    [0, 'invite-note', 2],
    [0, 'message', 6],
    [1, 'invite', 5],
    [1, 'message', 9],
    [2, 'invite-note', 1],
    [2, 'message', 4],
    [3, 'invite', 7],
    [4, 'message', 12],
    [5, 'invite', 3],
    [6, 'message', 8],
    [8, 'invite', 6],
    [9, 'message', 11],
    [11, 'invite-note', 1],
    [12, 'message', 7],
    [15, 'invite', 9],
    [16, 'message', 5],
    [19, 'message', 10],
    [22, 'invite', 4],
    [25, 'message', 6],
    [27, 'invite', 8],
  ];
  let n = 0;
  for (const [daysAgo, kind, count] of plan) {
    for (let i = 0; i < count; i++) {
      n++;
      const at = now - daysAgo * DAY - (i + 1) * 9 * 60_000;
      ledger = addEvent(ledger, {
        id: `screenshot-${n}`,
        kind,
        at,
        recipient: `r${(n * 7919).toString(16).padStart(12, '0')}`,
        device: 'screenshot-device',
      });
    }
  }
  return ledger;
}

function savedPerson(
  slug: string,
  name: string,
  daysAgo: number,
  now: number,
  rest: Partial<SavedPerson>,
): SavedPerson {
  return {
    key: slug,
    url: `https://www.linkedin.com/in/${slug}/`,
    name,
    savedAt: now - daysAgo * DAY,
    updatedAt: now - daysAgo * DAY,
    verdict: { messaging: 'locked', degree: '3rd', pending: false, topCause: 'not-connected' },
    step: 'engage-with-posts',
    note: '',
    followUpAt: null,
    done: false,
    ...rest,
  };
}

/** Gives the fixture (which has no LinkedIn CSS) a plain, tidy look; the hint keeps its own shadow-root style. */
const PROFILE_STAGE_CSS = `
  html { background: #f4f2ee; }
  body { margin: 0; font: 16px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #1d2226; }
  #root > section, header, [role="toolbar"], [data-testid="lazy-column"] > :not(:first-child),
  main#workspace > :not([data-testid="lazy-column"]), img, svg, [role="button"] { display: none !important; }
  main#workspace { display: block; width: 820px; margin: 40px 0 0 420px; }
  a { color: inherit; text-decoration: none; }
  p, h2 { margin: 0; }
  section[componentkey$="Topcard"] { position: relative; background: #fff; border-radius: 12px; min-height: 600px;
    box-shadow: 0 0 0 1px #e0dfdc, 0 4px 12px rgba(0, 0, 0, 0.06); padding: 0 28px 24px; }
  /* The hint opens over the card's left side, as on LinkedIn; the profile sits to its right. */
  section[componentkey$="Topcard"] > div:first-of-type { height: 150px !important; margin: 0 -28px;
    border-radius: 12px 12px 0 0; background: linear-gradient(120deg, #c7d6e4, #e8dfd2); }
  [aria-label="Profile photo"] { position: absolute; left: 416px; top: 84px; width: 120px; height: 120px;
    border-radius: 50%; border: 4px solid #fff; background: radial-gradient(circle at 50% 38%, #e9eef3 0 22%, transparent 23%),
    radial-gradient(circle at 50% 100%, #e9eef3 0 42%, transparent 43%), #8fa8c0; }
  section[componentkey$="Topcard"] > div:nth-of-type(2), section[componentkey$="Topcard"] > div:nth-of-type(2) ~ * {
    display: block; margin-left: 392px; }
  section[componentkey$="Topcard"] > div:nth-of-type(2) { padding-top: 72px; }
  section[componentkey$="Topcard"] h2 { font-size: 26px; font-weight: 650; display: inline; }
  section[componentkey$="Topcard"] p { color: #5e6369; font-size: 15px; }
  section[componentkey$="Topcard"] div:has(> p[aria-hidden]) { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
  section[componentkey$="Topcard"] div:has(> p[aria-hidden]) p { white-space: nowrap; }
  section[componentkey$="Topcard"] div:has(> div > a h2) { display: flex; align-items: baseline; gap: 8px; margin-bottom: 4px; }
  section[componentkey$="Topcard"] a[href*="/messaging/compose/"], section[componentkey$="Topcard"] button {
    display: inline-block; margin: 14px 8px 2px 0; padding: 6px 18px; border-radius: 18px; font: 600 16px system-ui, sans-serif;
    border: 1px solid #0a66c2; color: #0a66c2; background: #fff; }
  section[componentkey$="Topcard"] a[href*="/messaging/compose/"] { background: #0a66c2; color: #fff; }
  section[componentkey$="Topcard"] div:has(> div > button), section[componentkey$="Topcard"] div:has(> a[href*="/messaging/"]) { display: inline; }
  .ll-stage-caption { position: fixed; left: 56px; top: 190px; width: 330px; font-family: system-ui, "DejaVu Sans", sans-serif; }
`;

/** People search results (a fixture without LinkedIn's CSS) laid out as a list of cards; the marks keep their own style. */
const LIST_STAGE_CSS = `
  html { background: #f4f2ee; }
  body { margin: 0; font: 16px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #1d2226; }
  header, #root > section, main > h2 { display: none !important; }
  main#workspace { display: block; width: 780px; margin: 48px 0 0 440px; background: #fff; border-radius: 12px;
    box-shadow: 0 0 0 1px #e0dfdc, 0 4px 12px rgba(0, 0, 0, 0.06); padding: 4px 24px; }
  ul[role="list"] { list-style: none; margin: 0; padding: 0; }
  ul[role="list"] > li + li { border-top: 1px solid #e8e8e8; }
  [data-view-name="people-search-result"] { display: flex; align-items: center; gap: 16px; padding: 14px 0; }
  [data-view-name="people-search-result"] > div { flex: 1; }
  [data-view-name="people-search-result"] figure { margin: 0; width: 56px; height: 56px; border-radius: 50%;
    background: radial-gradient(circle at 50% 38%, #e9eef3 0 22%, transparent 23%),
    radial-gradient(circle at 50% 100%, #e9eef3 0 42%, transparent 43%), #8fa8c0; }
  figure svg, figure img, [data-view-name] svg[id^="linkedin-bug"] { display: none; }
  a { color: inherit; text-decoration: none; }
  p { margin: 0; color: #5e6369; font-size: 14px; }
  [data-view-name] a p { color: #1d2226; font-size: 17px; font-weight: 650; }
  [data-view-name] > a:last-child, [data-view-name] > button { padding: 6px 18px; border-radius: 18px;
    font: 600 15px system-ui, sans-serif; border: 1px solid #0a66c2; color: #0a66c2; background: #fff; }
  [data-view-name] > a:last-child svg, [data-view-name] > button svg { display: none; }
  .ll-stage-caption { position: fixed; left: 56px; top: 190px; width: 330px; font-family: system-ui, "DejaVu Sans", sans-serif; }
`;

/** A caption column for the left of every screenshot. */
function captionHtml(title: string, text: string): string {
  return `<div class="ll-stage-caption">
    <div style="display:flex;align-items:center;gap:12px;margin-bottom:28px">
      <img src="${iconDataUrl()}" width="44" height="44" alt="" style="display:block !important">
      <span style="font-size:24px;font-weight:700;color:#1f4e79">LockLens</span>
    </div>
    <h1 style="font-size:34px;line-height:1.2;margin:0 0 16px;color:#1d2226;font-weight:700">${title}</h1>
    <p style="font-size:19px;line-height:1.5;margin:0;color:#4a5056">${text}</p>
  </div>`;
}

function iconDataUrl(): string {
  return `data:image/svg+xml;base64,${readFileSync(join(ROOT, 'assets/icon.svg')).toString('base64')}`;
}

/** A plain page at 1280×800 that shows `body`; nothing loaded from the network. */
async function stage(page: Page, body: string, width = WIDTH, height = HEIGHT): Promise<Buffer> {
  await page.setViewportSize({ width, height });
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>
      html, body { margin: 0; height: 100%; background: #f4f2ee; font-family: system-ui, "DejaVu Sans", sans-serif; }
      .ll-stage-caption { position: absolute; left: 56px; top: 190px; width: 330px; }
      .ll-shot { position: absolute; border-radius: 10px; overflow: hidden; background: #fff;
        box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.1), 0 12px 32px rgba(0, 0, 0, 0.16); }
      .ll-shot img { display: block; }
    </style></head><body>${body}</body></html>`,
    { waitUntil: 'load' },
  );
  return page.screenshot({ type: 'png' });
}

const shotTag = (png: Buffer, left: number, top: number) =>
  `<div class="ll-shot" style="left:${left}px;top:${top}px"><img src="data:image/png;base64,${png.toString('base64')}" alt=""></div>`;

describe('chromium: store screenshots', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let userDataDir: string;
  const now = Date.now();

  beforeAll(async () => {
    const executablePath = requireExecutable('/usr/bin/chromium', 'chromium');
    const extensionDir = builtExtensionDir('chrome-mv3');
    userDataDir = mkdtempSync(join(tmpdir(), 'locklens-store-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: { width: WIDTH, height: HEIGHT },
      deviceScaleFactor: 1,
      locale: 'en-US',
      // No fade-in half-way through a screenshot.
      reducedMotion: 'reduce',
      args: [...loadExtensionFlags(extensionDir), ...QUIET_CHROMIUM_FLAGS, '--lang=en-US', '--hide-scrollbars'],
    });
    await routeToFixtures(context);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // Made-up data, stored before any page asks the background for it.
    const saved = [
      savedPerson('robin-dummy-fake', 'Robin Dummy', 3, now, {
        note: 'Met at the design meetup',
        followUpAt: now - DAY,
        step: 'connect-with-note',
        verdict: { messaging: 'locked', degree: '2nd', pending: false, topCause: 'not-connected' },
      }),
      savedPerson('lee-mockup-fake', 'Lee Mockup', 6, now, {
        note: 'Ask about the data team',
        step: 'ask-mutual-for-intro',
      }),
    ];
    await worker.evaluate(
      async ({ ledger, saved }) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        await api.storage.local.set({ ledger, 'saved-people': saved });
      },
      { ledger: sampleLedger(now), saved },
    );
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test('the hint on a locked profile', async () => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(PROFILE), { waitUntil: 'load' });
    await page.locator('aside-note-card .ll-chip').click();
    await page.locator('aside-note-card .ll-panel').waitFor();
    await page.addStyleTag({ content: PROFILE_STAGE_CSS });
    await page.evaluate(
      (html) => document.body.insertAdjacentHTML('beforeend', html),
      captionHtml(
        'Why can’t I message them?',
        'On a LinkedIn profile, LockLens says why messaging is locked, where that rule comes from, and the cheapest legitimate next step.',
      ),
    );
    keep('1-hint.png', await page.screenshot({ type: 'png' }));
    await page.close();
  });

  test('the list marks on people search, one opened', async () => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(LIST_PAGE), { waitUntil: 'load' });
    await page.addStyleTag({ content: LIST_STAGE_CSS });
    // Every card on screen, every mark with its verdict's line.
    await page.waitForFunction(() => {
      const marks = [...document.querySelectorAll('aside-note-tag')];
      return marks.length === 6 && marks.every((m) => m.shadowRoot?.querySelector('button')?.title.includes(' · '));
    });
    await page.locator('aside-note-tag').nth(1).locator('.ll-chip').click();
    await page.locator('aside-note-tag .ll-panel').waitFor();
    await page.evaluate(
      (html) => document.body.insertAdjacentHTML('beforeend', html),
      captionHtml(
        'Who can you message for free?',
        'In people search and My Network, a lock or a check beside each person: the reason and the cheapest next step in one line, the full explanation a click away.',
      ),
    );
    keep('5-list-marks.png', await page.screenshot({ type: 'png' }));
    await page.close();
  });

  test('the popup: the verdict, your sending pace, your saved people', async () => {
    const profile = await context.newPage();
    await profile.goto(fixtureUrl(PROFILE), { waitUntil: 'load' });
    await profile.locator('aside-note-card .ll-chip').waitFor();
    const tabId = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      return (await api.tabs.query({ url: 'https://www.linkedin.com/*' }))[0]?.id;
    });
    const popup = await context.newPage();
    // The popup's own width (340 px and padding); 600 px is the tallest popup Chrome shows.
    await popup.setViewportSize({ width: 368, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
    await popup.locator('main[data-source="live"][data-complete]').waitFor();
    const top = await popup.screenshot({ type: 'png' });
    const pace = popup.getByText('Your sending pace', { exact: true });
    await pace.scrollIntoViewIfNeeded();
    await popup.evaluate(() => {
      const heading = [...document.querySelectorAll('h2, h3')].find((h) => h.textContent === 'Your sending pace');
      heading?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -12);
    });
    const lower = await popup.screenshot({ type: 'png' });
    const stagePage = await context.newPage();
    const png = await stage(
      stagePage,
      captionHtml(
        'The popup explains, and keeps count',
        'The profile you have open, your own sending pace against your plan’s limits, and the people you saved for later. Counted on your device only.',
      ) +
        shotTag(top, 450, 100) +
        shotTag(lower, 856, 100),
    );
    keep('2-popup.png', png);
    await Promise.all([profile.close(), popup.close(), stagePage.close()]);
  });

  /** The options page from the top of the fieldset whose legend is `legend`, `height` px tall. */
  async function optionsShot(legend: string | null, height: number): Promise<Buffer> {
    const options = await context.newPage();
    await options.setViewportSize({ width: 720, height: 800 });
    await options.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
    await options.locator('main[data-ready]').waitFor();
    const top = await options.evaluate((text) => {
      if (!text) return 0;
      const found = [...document.querySelectorAll('legend')].find((l) => l.textContent === text);
      if (!found) throw new Error(`no "${text}" section on the options page`);
      return Math.round((found.parentElement as HTMLElement).getBoundingClientRect().top + window.scrollY - 16);
    }, legend);
    const shot = await options.screenshot({ type: 'png', fullPage: true, clip: { x: 0, y: top, width: 720, height } });
    await options.close();
    return shot;
  }

  test('the options page: plan and limits', async () => {
    const shot = await optionsShot(null, 620);
    const stagePage = await context.newPage();
    const png = await stage(
      stagePage,
      captionHtml(
        'Your plan, your limits',
        'Tell LockLens your LinkedIn plan. Every limit shows its default and where that number comes from; set your own where you know better.',
      ) + shotTag(shot, 480, 90),
    );
    keep('3-options.png', png);
    await stagePage.close();
  });

  test('the options page: what LockLens keeps', async () => {
    const shot = await optionsShot('On LinkedIn', 600);
    const stagePage = await context.newPage();
    const png = await stage(
      stagePage,
      captionHtml(
        'Everything stays on your device',
        'No servers, no analytics, no network requests. See what LockLens keeps, export it, or erase it.',
      ) + shotTag(shot, 480, 100),
    );
    keep('4-your-data.png', png);
    await stagePage.close();
  });

  test("Chrome's small promo tile (440×280)", async () => {
    const stagePage = await context.newPage();
    const png = await stage(
      stagePage,
      `<div style="position:absolute;inset:0;background:#1f4e79;color:#fff;display:flex;flex-direction:column;justify-content:center;padding:0 36px">
        <div style="display:flex;align-items:center;gap:16px">
          <img src="${iconDataUrl()}" width="72" height="72" alt="" style="border-radius:16px;box-shadow:0 0 0 2px rgba(255,255,255,.35)">
          <span style="font-size:40px;font-weight:700">LockLens</span>
        </div>
        <p style="font-size:21px;line-height:1.35;margin:22px 0 0">Why LinkedIn messaging is locked, and the cheapest next step.</p>
      </div>`,
      440,
      280,
    );
    keep('promo-small-440x280.png', png, 440, 280);
    await stagePage.close();
  });
});
