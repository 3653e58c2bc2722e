import { afterEach, describe, expect, test, vi } from 'vitest';
import { waitForTopCard } from '../../lib/content/wait-for-top-card';
import { fixtureHtml, loadIntoDocument } from '../helpers/fixtures';

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
    const card = await waitForTopCard(document, 'quinn-prototype', new AbortController().signal);
    expect(card?.getAttribute('componentkey')).toMatch(/Topcard$/);
  });

  test('waits for the card to be inserted, ignoring unrelated churn and another person’s card', async () => {
    loadIntoDocument('top-card-missing.html');
    const column = document.querySelector('[data-testid="lazy-column"]');
    const waiting = waitForTopCard(document, 'quinn-prototype', new AbortController().signal);
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
    const aborted = waitForTopCard(document, 'quinn-prototype', controller.signal);
    controller.abort();
    expect(await aborted).toBeNull();

    vi.useFakeTimers();
    const timedOut = waitForTopCard(document, 'quinn-prototype', new AbortController().signal, 1000);
    vi.advanceTimersByTime(1001);
    expect(await timedOut).toBeNull();
  });

  test('stops observing once settled', async () => {
    loadIntoDocument('top-card-missing.html');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const controller = new AbortController();
    const waiting = waitForTopCard(document, 'quinn-prototype', controller.signal);
    controller.abort();
    await waiting;
    expect(disconnect).toHaveBeenCalled();
  });
});
