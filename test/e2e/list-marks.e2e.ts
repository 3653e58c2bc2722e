/**
 * List marks in the real browsers: on people search results (English and German) and My Network,
 * a check or a lock beside each person's action, with the verdict's line as tooltip and accessible
 * name, and none where a card cannot be read; activating one opens the profile's explanation panel;
 * cards appended as the user scrolls (lazy loading) are marked, a filter change that replaces every
 * card leaves none behind; quiet mode and the options' switch insert nothing; the extension makes
 * no request.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import {
  clearOverrides,
  fixtureHtml,
  fixtureUrl,
  requestsNotExplainedByPages,
  serveInstead,
} from './harness/fixture-server';
import { pristineMarkup } from './harness/hint';
import { BROWSERS, launch } from './harness/sessions';
import type { E2EPage, E2ESession, ExtensionApi } from './harness/types';

const SEARCH = 'search-results-people.html';
const SEARCH_DE = 'search-results-people-de.html';
const MY_NETWORK = 'my-network.html';
const HOST = 'aside-note-tag';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Mark {
  person: string | null;
  messaging: string | null;
  label: string | null;
}

/** The marks in the page, in page order: whose card, the state, the tooltip (= accessible name). */
function marks(page: E2EPage): Promise<Mark[]> {
  return page.evaluate(
    (host) =>
      [...document.querySelectorAll(host)].map((mark) => {
        const card = mark.closest('[data-view-name], [role="listitem"], li');
        const button = mark.shadowRoot?.querySelector('button');
        const link = card?.querySelector('a[href*="/in/"]')?.getAttribute('href') ?? '';
        return {
          person: /\/in\/([^/]+)/.exec(link)?.[1] ?? null,
          messaging: mark.shadowRoot?.querySelector<HTMLElement>('.ll-hint')?.dataset.messaging ?? null,
          label: button?.title === button?.getAttribute('aria-label') ? (button?.title ?? null) : 'title ≠ name',
        };
      }),
    HOST,
  );
}

/**
 * The user reads the list from the top, each card in turn brought on screen until its mark has
 * its line (a card that gets none is passed after a while): only cards on screen are read, and
 * a tab in the background (the options page opened on install may be in front) lays out and
 * checks what is on screen only about once a second, so a quick scroll past a card may never
 * show it.
 */
async function readThrough(page: E2EPage): Promise<void> {
  const count = await page.evaluate(() => document.querySelectorAll('[role="list"] > *').length);
  for (let index = 0; index < count; index++) {
    await page.evaluate((i) => document.querySelectorAll('[role="list"] > *')[i]?.scrollIntoView(), index);
    await page
      .waitFor(
        ({ i, host }) =>
          document
            .querySelectorAll('[role="list"] > *')
            [i]?.querySelector(host)
            ?.shadowRoot?.querySelector('button')
            ?.title.includes(' · '),
        { i: index, host: HOST },
        2500,
      )
      .catch(() => {});
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Reads the list through, then waits until `count` marks have their verdict's line (a next step after " · "). */
async function answeredMarks(page: E2EPage, count: number): Promise<Mark[]> {
  await readThrough(page);
  await page.waitFor(
    ({ host, count }) => {
      const hosts = [...document.querySelectorAll(host)];
      return hosts.length === count && hosts.every((h) => h.shadowRoot?.querySelector('button')?.title.includes(' · '));
    },
    { host: HOST, count },
  );
  return marks(page);
}

async function setSettings(ext: E2EPage, settings: Record<string, unknown> | null): Promise<void> {
  await ext.evaluate(async (value) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    if (value === null) await api.storage.sync.remove('settings');
    else await api.storage.sync.set({ settings: value });
  }, settings);
}

describe.each(BROWSERS)('%s: list marks', (browserName) => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => {
    clearOverrides();
    await session?.close();
  });

  test('people search: a check or a lock beside each person, with the verdict’s top cause and cheapest step', async () => {
    const page = await session.openLinkedIn(fixtureUrl(SEARCH));
    expect(await answeredMarks(page, 6)).toEqual([
      { person: 'dana-example', messaging: 'free', label: 'Free to message · Message now (free)' },
      {
        person: 'sam-placeholder-42',
        messaging: 'locked',
        label: 'Locked: not connected · Connect with a note (free)',
      },
      { person: 'kim-fakename', messaging: 'locked', label: 'Locked: not connected · Connect with a note (free)' },
      {
        person: 'lee-mockery',
        messaging: 'locked',
        label: 'Locked: not connected · Engage with their posts first (free)',
      },
      {
        person: 'quinn-prototype',
        messaging: 'locked',
        label: 'Locked: invitation pending · Wait for them to accept (free)',
      },
      {
        person: 'ari-premiumfake',
        messaging: 'locked',
        label: 'Locked: not connected · Try Message (Open Profile) (free)',
      },
    ]);
    // Each sits just before LinkedIn's own action, in the card's flow; LinkedIn's markup is otherwise untouched.
    expect(
      await page.evaluate(
        (host) => [...document.querySelectorAll(host)].map((h) => h.nextElementSibling?.localName),
        HOST,
      ),
    ).toEqual(['a', 'a', 'a', 'button', 'a', 'a']);
    const markup = await page.evaluate((host) => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      for (const mark of clone.querySelectorAll(host)) mark.remove();
      return clone.innerHTML;
    }, HOST);
    expect(markup).toBe(await pristineMarkup(page, fixtureHtml(SEARCH)));
    await page.close();
  });

  test('a mark is reached with the keyboard and opens the profile’s explanation panel; Escape closes it', async () => {
    const page = await session.openLinkedIn(fixtureUrl(SEARCH));
    await answeredMarks(page, 6);
    // Tab from Sam's name link: the next stop is Sam's mark, before LinkedIn's Connect.
    await page.evaluate(() => {
      const name = [...document.querySelectorAll<HTMLElement>('a[href*="/in/sam-placeholder-42/"]')].at(-1);
      name?.focus();
    });
    await page.press('Tab');
    const focused = await page.evaluate(
      (host) =>
        document.activeElement?.localName === host ? document.activeElement.shadowRoot?.activeElement?.className : null,
      HOST,
    );
    expect(focused).toBe('ll-chip');
    await page.press('Enter');
    await page.waitFor((host) => document.querySelectorAll(host)[1]?.shadowRoot?.querySelector('.ll-panel'), HOST);
    const panel = await page.evaluate(
      (host) => document.querySelectorAll(host)[1]?.shadowRoot?.querySelector('.ll-panel')?.textContent ?? '',
      HOST,
    );
    expect(panel).toContain('You are not connected');
    expect(panel).toContain('Connect with a note');
    expect(panel).toContain('Save…');
    // The marks' CSS (one sheet shared by every mark where the browser allows, else a <style> each)
    // and the panel's, added on opening, apply in their order: mark.css over chip.css, then panel.css.
    const styles = await page.evaluate((host) => {
      const mark = document.querySelectorAll(host)[1] as Element;
      const shadow = mark.shadowRoot as ShadowRoot;
      const style = (selector: string) => getComputedStyle(shadow.querySelector(selector) as Element);
      return {
        host: getComputedStyle(mark).position,
        chip: style('.ll-chip').paddingLeft,
        panel: [style('.ll-panel').position, style('.ll-panel').width],
      };
    }, HOST);
    expect(styles).toEqual({ host: 'static', chip: '4px', panel: ['absolute', '360px'] });
    await page.press('Escape');
    await page.waitFor((host) => !document.querySelectorAll(host)[1]?.shadowRoot?.querySelector('.ll-panel'), HOST);
    await page.close();
  });

  test('people search in German: the same marks, in the browser’s language (English here)', async () => {
    const url = 'https://www.linkedin.com/search/results/people/?keywords=beispiel';
    serveInstead(url, fixtureHtml(SEARCH_DE));
    try {
      const page = await session.openLinkedIn(url);
      const shown = await answeredMarks(page, 6);
      expect(shown.map((mark) => [mark.person, mark.messaging])).toEqual([
        ['lena-beispielhof', 'free'],
        ['felix-platzhalter', 'locked'],
        ['mia-attrappe', 'locked'],
        ['paul-probemann', 'locked'],
        ['nora-testfeld', 'locked'],
        ['emil-vorlage', 'locked'],
      ]);
      await page.close();
    } finally {
      clearOverrides();
    }
  });

  test('My Network: invitations, catch-up and suggestions marked; a card without a degree is not', async () => {
    const page = await session.openLinkedIn(fixtureUrl(MY_NETWORK));
    const shown = await answeredMarks(page, 6);
    expect(shown.map((mark) => mark.person)).toEqual([
      'rory-inviteson',
      'dana-example',
      'casey-gridwell',
      'lou-followonly',
      'pat-waitmore',
      'rae-premiumtest',
    ]);
    expect(shown[0]?.label).toBe('Locked: not connected · Accept and message (free)');
    await page.close();
  });

  test('lazy loading: cards appended as the user scrolls are marked when they come on screen, only then', async () => {
    const page = await session.openLinkedIn(fixtureUrl(SEARCH));
    await answeredMarks(page, 6);
    // LinkedIn appends 40 more results below the fold, as after a scroll to the bottom.
    await page.evaluate(() => {
      const list = document.querySelector('ul[role="list"]') as HTMLElement;
      const template = list.firstElementChild as HTMLElement;
      for (let index = 0; index < 40; index++) {
        const card = template.cloneNode(true) as HTMLElement;
        for (const old of card.querySelectorAll('aside-note-tag')) old.remove();
        for (const link of card.querySelectorAll('a')) {
          link.setAttribute('href', (link.getAttribute('href') ?? '').replace('dana-example', `later-person-${index}`));
        }
        card.style.height = '400px';
        list.append(card);
      }
    });
    await pause(500);
    const beforeScroll = (await marks(page)).length;
    expect(beforeScroll).toBeLessThan(46); // the ones far below the fold are not read yet
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitFor(
      (host) =>
        [...document.querySelectorAll(host)].some((h) => h.closest('li')?.innerHTML.includes('later-person-39')),
      HOST,
    );
    const people = (await marks(page)).map((mark) => mark.person);
    expect(people).toContain('later-person-39');
    expect(new Set(people).size).toBe(people.length);
    await page.close();
  });

  test('a filter change replaces every card: the old marks go with them, the new cards get theirs', async () => {
    const page = await session.openLinkedIn(fixtureUrl(SEARCH));
    await answeredMarks(page, 6);
    await page.evaluate(() => {
      const list = document.querySelector('ul[role="list"]') as HTMLElement;
      const fresh = list.cloneNode(true) as HTMLElement;
      for (const old of fresh.querySelectorAll('aside-note-tag')) old.remove();
      // The new filter shows only the people with Connect, re-rendered from scratch.
      for (const li of [...fresh.children]) if (!li.querySelector('a[href*="custom-invite"]')) li.remove();
      list.replaceWith(fresh);
    });
    const shown = await answeredMarks(page, 2);
    expect(shown.map((mark) => mark.person)).toEqual(['sam-placeholder-42', 'kim-fakename']);
    await page.close();
  });

  test('a card re-rendered in place for another person: the old mark goes at once, the new person’s comes', async () => {
    const page = await session.openLinkedIn(fixtureUrl(SEARCH));
    await answeredMarks(page, 6);
    const KIM = '[data-view-name="people-search-result"]:has(a[href*="/in/kim-fakename/"])';
    await page.evaluate((kim) => {
      const card = document.querySelector(kim) as Element;
      card.setAttribute('data-test-card', 'kim');
      // React keeps the elements and re-points them to the next result.
      for (const link of card.querySelectorAll('a')) {
        link.setAttribute('href', (link.getAttribute('href') ?? '').replace('kim-fakename', 'new-neighbour'));
      }
    }, KIM);
    // Off screen or not, Kim's mark does not stay on the new person's card.
    await page.waitFor(() => !document.querySelector('[data-test-card] aside-note-tag'));
    await page.evaluate(() => document.querySelector('[data-test-card]')?.scrollIntoView());
    await page.waitFor(() =>
      document
        .querySelector('[data-test-card] aside-note-tag')
        ?.shadowRoot?.querySelector('button')
        ?.title.includes(' · '),
    );
    const people = (await marks(page)).map((mark) => mark.person);
    expect(people).toContain('new-neighbour');
    expect(people).not.toContain('kim-fakename');
    expect(people).toHaveLength(6);
    await page.close();
  });

  test('quiet mode, or list marks switched off in the options: nothing is inserted', async () => {
    const ext = await session.openExtensionPage('options.html');
    try {
      for (const settings of [
        { ...DEFAULT_SETTINGS, quietMode: true },
        { ...DEFAULT_SETTINGS, listMarks: false },
      ]) {
        await setSettings(ext, settings);
        const page = await session.openLinkedIn(fixtureUrl(SEARCH));
        await pause(1000);
        expect(await marks(page)).toEqual([]);
        expect(await page.evaluate(() => document.body.innerHTML)).toBe(
          await pristineMarkup(page, fixtureHtml(SEARCH)),
        );
        await page.close();
      }
      // Switched on again: the open page gets its marks without a reload.
      await setSettings(ext, { ...DEFAULT_SETTINGS, listMarks: false });
      const page = await session.openLinkedIn(fixtureUrl(SEARCH));
      await pause(500);
      expect(await marks(page)).toEqual([]);
      await setSettings(ext, null);
      await answeredMarks(page, 6);
      await page.close();
    } finally {
      await setSettings(ext, null);
      await ext.close();
    }
  });

  test('made no network request of its own', () => {
    const urls = session.requests.map((r) => r.url);
    expect(session.requests.filter((r) => r.source === 'service-worker')).toEqual([]);
    expect(requestsNotExplainedByPages(urls, [SEARCH, SEARCH_DE, MY_NETWORK])).toEqual([]);
  });
});
