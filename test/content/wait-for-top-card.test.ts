import { afterEach, describe, expect, test, vi } from 'vitest';
import { waitForTopCard } from '../../lib/content/wait-for-top-card';
import { fixtureHtml, loadIntoDocument } from '../helpers/fixtures';

const NONE = new Set<never>();

function topCardOf(file: string): Element {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  const card = parsed.querySelector('section[componentkey$="Topcard"]');
  if (!card) throw new Error(`${file} has no top card`);
  return document.adoptNode(card);
}

describe('waitForTopCard', () => {
  afterEach(() => vi.useRealTimers());

  test('resolves at once when the card is already there', async () => {
    loadIntoDocument('pending.html');
    const card = await waitForTopCard(document, 'v:quinn-prototype', NONE, new AbortController().signal);
    expect(card?.getAttribute('componentkey')).toMatch(/Topcard$/);
  });

  test('waits for the card to be inserted, ignoring unrelated churn and another person’s card', async () => {
    loadIntoDocument('top-card-missing.html');
    const column = document.querySelector('[data-testid="lazy-column"]');
    const waiting = waitForTopCard(document, 'v:quinn-prototype', NONE, new AbortController().signal);
    let settled = false;
    void waiting.then(() => {
      settled = true;
    });
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('div'));
    column?.append(topCardOf('first-degree.html'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    column?.replaceChildren(topCardOf('pending.html'));
    const card = await waiting;
    expect(card?.textContent).toContain('Pending');
  });

  test('gives up when the view is aborted, and when the card never comes', async () => {
    loadIntoDocument('top-card-missing.html');
    const controller = new AbortController();
    const aborted = waitForTopCard(document, 'v:quinn-prototype', NONE, controller.signal);
    controller.abort();
    expect(await aborted).toBeNull();

    vi.useFakeTimers();
    const timedOut = waitForTopCard(document, 'v:quinn-prototype', NONE, new AbortController().signal, 1000);
    vi.advanceTimersByTime(1001);
    expect(await timedOut).toBeNull();
  });

  test('stops observing once settled', async () => {
    loadIntoDocument('top-card-missing.html');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const controller = new AbortController();
    const waiting = waitForTopCard(document, 'v:quinn-prototype', NONE, controller.signal);
    controller.abort();
    await waiting;
    expect(disconnect).toHaveBeenCalled();
  });

  test('churn outside the owner’s column costs no node checks at all', async () => {
    loadIntoDocument('top-card-missing.html');
    const column = document.querySelector('[data-testid="lazy-column"]');
    const waiting = waitForTopCard(document, 'v:quinn-prototype', NONE, new AbortController().signal);
    const closest = vi.spyOn(Element.prototype, 'closest');
    const query = vi.spyOn(Element.prototype, 'querySelector');
    const feed = document.createElement('div');
    column?.parentElement?.append(feed);
    for (let i = 0; i < 200; i++) {
      const post = document.createElement('div');
      post.innerHTML = '<a href="/in/feed-person/"><p>Feed person</p></a>';
      feed.append(post);
      if (i % 3 === 0) feed.firstElementChild?.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closest).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
    closest.mockRestore();
    query.mockRestore();
    column?.append(topCardOf('pending.html'));
    expect((await waiting)?.textContent).toContain('Pending');
  });

  test('follows the column when LinkedIn replaces the whole screen (SPA navigation)', async () => {
    loadIntoDocument('top-card-missing.html');
    const old = document.querySelector('[data-testid="lazy-column"]');
    const waiting = waitForTopCard(document, 'v:quinn-prototype', NONE, new AbortController().signal);
    const screen = document.createElement('div');
    const column = document.createElement('div');
    column.setAttribute('data-testid', 'lazy-column');
    screen.append(column);
    old?.replaceWith(screen);
    await new Promise((resolve) => setTimeout(resolve, 0));
    column.append(topCardOf('pending.html'));
    expect((await waiting)?.textContent).toContain('Pending');
  });

  test('sees the previous person’s card re-pointed in place (links changed, no node added)', async () => {
    loadIntoDocument('top-card-missing.html');
    const column = document.querySelector('[data-testid="lazy-column"]');
    const card = topCardOf('first-degree.html');
    column?.append(card);
    const waiting = waitForTopCard(document, 'v:quinn-prototype', NONE, new AbortController().signal);
    for (const link of card.querySelectorAll('a[href*="/in/"]')) {
      link.setAttribute('href', (link.getAttribute('href') ?? '').replace(/\/in\/[^/?#]+/, '/in/quinn-prototype'));
    }
    expect(await waiting).toBe(card);
  });

  test('without an owner’s column, watches the stable container itself', async () => {
    loadIntoDocument('top-card-missing.html');
    document.querySelector('[data-testid="lazy-column"]')?.remove();
    for (const main of document.querySelectorAll('main')) main.replaceWith(...main.childNodes);
    const waiting = waitForTopCard(document, 'v:quinn-prototype', NONE, new AbortController().signal);
    const wrapper = document.createElement('div');
    wrapper.append(topCardOf('pending.html'));
    (document.querySelector('#root') ?? document.body).append(wrapper);
    expect((await waiting)?.textContent).toContain('Pending');
  });
});
