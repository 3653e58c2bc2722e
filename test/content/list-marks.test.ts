/**
 * The list marks in the page (lib/content/list-marks.ts), in happy-dom on the people-list
 * fixtures, with an IntersectionObserver the test drives (`onScreen()`: every watched card comes
 * on screen) and the background played by the test: a mark per readable card beside its action,
 * from the page alone and then with its line; none where a card cannot be read; cards appended or
 * replaced, re-rendered for someone else; quiet mode; and nothing left behind.
 */
import { fireEvent, getByRole } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MARK_HOST_NAME, showListMarks, VERDICT_QUIET_MS, VERDICT_WAIT_MS } from '../../lib/content/list-marks';
import { evaluate } from '../../lib/evaluator/evaluate';
import type { ListedAnswer, PageContext } from '../../lib/protocol/answers';
import type { ListedPerson } from '../../lib/protocol/schemas';
import { listCardProfile } from '../../lib/reader/list-card-profile';
import { loadIntoDocument } from '../helpers/fixtures';

/** The IntersectionObserver LockLens creates, driven by the test. */
class TestIntersectionObserver {
  static last: TestIntersectionObserver | null = null;
  readonly watched = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    TestIntersectionObserver.last = this;
  }
  observe(target: Element) {
    this.watched.add(target);
  }
  unobserve(target: Element) {
    this.watched.delete(target);
  }
  disconnect() {
    this.watched.clear();
  }
  /** Every watched card that is in the page comes on screen (`only`: just these). */
  report(only?: (card: Element) => boolean) {
    const targets = [...this.watched].filter((card) => card.isConnected && (!only || only(card)));
    this.callback(targets.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The verdicts are asked for once no card has come on screen for a moment, and answered. */
const answered = () => new Promise((resolve) => setTimeout(resolve, VERDICT_QUIET_MS + 30));

async function onScreen(only?: (card: Element) => boolean) {
  await settle(); // the MutationObserver's records
  TestIntersectionObserver.last?.report(only);
  await answered();
}

const CONTEXT: PageContext = {
  salt: 'salt',
  list: { show: true, texts: { 'messaging.free': 'Free to message', 'messaging.locked': 'Message locked' } },
};

/** The background: each card evaluated for a free plan, with a line that names the person. */
const answer = (person: ListedPerson): ListedAnswer => ({
  label: `line for ${person.slug}`,
  verdict: evaluate(listCardProfile(person.signals), { plan: 'free' }),
  saved: null,
  lastContact: null,
});

function start(context: PageContext = CONTEXT, hidden: string[] = []) {
  const controller = new AbortController();
  const report = vi.fn(async (cards: ListedPerson[]) =>
    cards.map((card) => (hidden.includes(card.slug) ? null : answer(card))),
  );
  const save = vi.fn(async () => 'saved' as const);
  const running = showListMarks({ signal: controller.signal, context: Promise.resolve(context), report, save });
  return { controller, report, save, running };
}

/** Each mark: the person of its card (their first profile link), its state and its line. */
function marks() {
  return [...document.querySelectorAll(MARK_HOST_NAME)].map((host) => {
    const card = host.closest('[data-view-name], [role="listitem"], li');
    const button = host.shadowRoot?.querySelector('button');
    return {
      person: card?.querySelector('a[href*="/in/"]')?.getAttribute('href')?.split('/in/')[1]?.replace('/', ''),
      messaging: host.shadowRoot?.querySelector<HTMLElement>('.ll-hint')?.dataset.messaging,
      label: button?.getAttribute('aria-label'),
      title: button?.title,
      beside: host.nextElementSibling?.getAttribute('href') ?? host.nextElementSibling?.localName,
    };
  });
}

let restore: () => void;
beforeEach(() => {
  const original = globalThis.IntersectionObserver;
  globalThis.IntersectionObserver = TestIntersectionObserver as unknown as typeof IntersectionObserver;
  restore = () => {
    globalThis.IntersectionObserver = original;
  };
  loadIntoDocument('search-results-people.html');
});
afterEach(() => {
  restore();
  document.body.replaceChildren();
});

describe('list marks', () => {
  test('a check or a lock beside each person’s action, from the page alone, then with the verdict’s line', async () => {
    const { report, running } = start();
    await running;
    expect(marks()).toEqual([]); // nothing before a card is on screen
    await settle();
    TestIntersectionObserver.last?.report();
    // In the same task as the cards came on screen: the state from the page, before any answer.
    expect(marks().map(({ person, messaging, label }) => [person, messaging, label])).toEqual([
      ['dana-example', 'free', 'Free to message'],
      ['sam-placeholder-42', 'locked', 'Message locked'],
      ['kim-fakename', 'locked', 'Message locked'],
      ['lee-mockery', 'locked', 'Message locked'],
      ['quinn-prototype', 'locked', 'Message locked'],
      ['ari-premiumfake', 'locked', 'Message locked'],
    ]);
    await answered();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]?.[0].map((card) => card.slug)).toEqual([
      'dana-example',
      'sam-placeholder-42',
      'kim-fakename',
      'lee-mockery',
      'quinn-prototype',
      'ari-premiumfake',
    ]);
    const shown = marks();
    expect(shown.map((mark) => mark.label)).toEqual(shown.map((mark) => `line for ${mark.person}`));
    expect(shown.map((mark) => mark.title)).toEqual(shown.map((mark) => mark.label));
    // Beside LinkedIn's own action: Message, Connect, Follow (a button), Pending.
    expect(shown[0]?.beside).toContain('/messaging/compose/');
    expect(shown[1]?.beside).toBe('/preload/custom-invite/?vanityName=sam-placeholder-42');
    expect(shown[3]?.beside).toBe('button');
    expect(shown[4]?.beside).toBe('https://www.linkedin.com/in/quinn-prototype/');
  });

  test('only cards on screen are read, and each once however often it comes on screen', async () => {
    const { report, running } = start();
    await running;
    await onScreen((card) => card.textContent?.includes('Dana Example') ?? false);
    expect(marks().map((mark) => mark.person)).toEqual(['dana-example']);
    await onScreen();
    await onScreen();
    expect(marks()).toHaveLength(6);
    expect(report.mock.calls.map((call) => call[0].length)).toEqual([1, 5]);
  });

  test('cards coming on screen a few at a time, as the user scrolls, are asked about in one message', async () => {
    const { report, running } = start();
    await running;
    await settle();
    const names = ['Dana Example', 'Sam Placeholder', 'Kim Fakename'];
    for (const name of names)
      TestIntersectionObserver.last?.report((card) => card.textContent?.includes(name) ?? false);
    expect(marks()).toHaveLength(3);
    await answered();
    expect(report.mock.calls.map((call) => call[0].length)).toEqual([3]);
  });

  test('no mark where the card cannot be read: no degree, two people, no known action', async () => {
    loadIntoDocument('my-network.html');
    const { running } = start();
    await running;
    await onScreen();
    const people = marks().map((mark) => mark.person);
    expect(people).toEqual([
      'rory-inviteson',
      'dana-example',
      'casey-gridwell',
      'lou-followonly',
      'pat-waitmore',
      'rae-premiumtest',
    ]);
    expect(people).not.toContain('noel-nodegree');
  });

  test('cards appended later (lazy loading) are marked as they come; a filter change that replaces every card leaves no old mark', async () => {
    const { running } = start();
    await running;
    await onScreen();
    const list = document.querySelector('ul[role="list"]') as HTMLElement;
    const first = list.firstElementChild as HTMLElement;
    const more = first.cloneNode(true) as HTMLElement;
    for (const link of more.querySelectorAll('a'))
      link.setAttribute('href', link.href.replace('dana-example', 'ola-later'));
    for (const old of more.querySelectorAll(MARK_HOST_NAME)) old.remove();
    list.append(more);
    await onScreen();
    expect(marks().map((mark) => mark.person)).toContain('ola-later');
    expect(marks()).toHaveLength(7);

    // A new filter: LinkedIn renders a new list in place of the old one.
    const fresh = document.createElement('ul');
    fresh.setAttribute('role', 'list');
    const kim = [...list.children].find((li) => li.textContent?.includes('Kim Fakename'))?.cloneNode(true) as Element;
    for (const old of kim.querySelectorAll(MARK_HOST_NAME)) old.remove();
    fresh.append(kim);
    list.replaceWith(fresh);
    await onScreen();
    expect(marks().map((mark) => mark.person)).toEqual(['kim-fakename']);
  });

  test('a card re-rendered in place for someone else loses its mark at once, and gets theirs once read', async () => {
    const { running } = start();
    await running;
    await onScreen();
    const card = [...document.querySelectorAll('[data-view-name="people-search-result"]')].find((c) =>
      c.textContent?.includes('Sam Placeholder'),
    ) as Element;
    // React keeps the elements and re-points them: the links, and Connect's invitee.
    for (const link of card.querySelectorAll('a')) {
      link.setAttribute('href', (link.getAttribute('href') ?? '').replace('sam-placeholder-42', 'tove-other'));
    }
    await settle();
    expect(card.querySelector(MARK_HOST_NAME)).toBeNull();
    await onScreen();
    expect(card.querySelectorAll(MARK_HOST_NAME)).toHaveLength(1);
    expect(marks().map((mark) => mark.person)).toContain('tove-other');
    expect(marks().map((mark) => mark.person)).not.toContain('sam-placeholder-42');
  });

  test('a card whose Connect turns to Pending is read again: one mark, now for the pending invitation', async () => {
    const { report, running } = start();
    await running;
    await onScreen();
    const connect = document.querySelector('a[href*="vanityName=kim-fakename"]') as Element;
    const pending = document.createElement('a');
    pending.setAttribute('href', 'https://www.linkedin.com/in/kim-fakename/');
    pending.innerHTML = '<svg id="clock-small"></svg><span>Pending</span>';
    connect.replaceWith(pending);
    await onScreen();
    const card = pending.closest('[data-view-name]') as Element;
    expect(card.querySelectorAll(MARK_HOST_NAME)).toHaveLength(1);
    expect(report.mock.calls.at(-1)?.[0]).toEqual([
      expect.objectContaining({
        slug: 'kim-fakename',
        signals: expect.objectContaining({ pending: expect.objectContaining({ value: true }) }),
      }),
    ]);
    expect(pending.previousElementSibling?.localName).toBe(MARK_HOST_NAME);
  });

  test('no duplicate mark, whatever the page does around a card', async () => {
    const { running } = start();
    await running;
    await onScreen();
    const card = document.querySelector('[data-view-name="people-search-result"]') as Element;
    card.append(document.createElement('span'));
    card.querySelector('p')?.append(' ');
    await onScreen();
    await onScreen();
    for (const each of document.querySelectorAll('[data-view-name="people-search-result"]')) {
      expect(each.querySelectorAll(MARK_HOST_NAME).length).toBeLessThanOrEqual(1);
    }
    expect(marks()).toHaveLength(6);
  });

  test('activating a mark opens the profile’s explanation panel, with Save for later for that person', async () => {
    const { save, running } = start();
    await running;
    await onScreen();
    const host = document.querySelectorAll(MARK_HOST_NAME)[1] as Element;
    const shadow = host.shadowRoot as ShadowRoot;
    const button = shadow.querySelector('button') as HTMLButtonElement;
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = getByRole(shadow.querySelector('.ll-hint') as HTMLElement, 'region');
    expect(panel.textContent).toContain('You are not connected');
    fireEvent.click(getByRole(panel, 'button', { name: 'Save…' }));
    fireEvent.click(getByRole(panel, 'button', { name: 'Save' }));
    await answered();
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ step: 'connect-with-note' }),
      expect.objectContaining({ slug: 'sam-placeholder-42', name: 'Sam Placeholder' }),
    );
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  test('the panel hides the person’s hint “for this person” (no profile is open on a list), and its mark goes', async () => {
    const { running } = start();
    await running;
    await onScreen();
    const host = document.querySelectorAll(MARK_HOST_NAME)[1] as Element;
    const shadow = host.shadowRoot as ShadowRoot;
    fireEvent.click(shadow.querySelector('button') as HTMLButtonElement);
    const panel = getByRole(shadow.querySelector('.ll-hint') as HTMLElement, 'region');
    expect(panel.textContent).not.toContain('this profile');
    fireEvent.click(getByRole(panel, 'button', { name: 'Hide for this person' }));
    expect(host.isConnected).toBe(false);
    expect(marks()).toHaveLength(5);
  });

  test('cards coming on screen without a pause (a long scroll) are asked about at the latest VERDICT_WAIT_MS after the first', async () => {
    const { report, running } = start();
    await running;
    await settle();
    vi.useFakeTimers();
    try {
      const cards = [...(TestIntersectionObserver.last?.watched ?? [])];
      // A card every 90 ms, never VERDICT_QUIET_MS without one: five by VERDICT_WAIT_MS, then the sixth.
      const step = 90;
      expect(step * 4).toBeLessThan(VERDICT_WAIT_MS);
      expect(step * 5).toBeGreaterThan(VERDICT_WAIT_MS);
      for (const card of cards) {
        TestIntersectionObserver.last?.report((each) => each === card);
        await vi.advanceTimersByTimeAsync(step);
      }
      await vi.advanceTimersByTimeAsync(VERDICT_QUIET_MS);
    } finally {
      vi.useRealTimers();
    }
    expect(report.mock.calls.map((call) => call[0].length)).toEqual([5, 1]);
  });

  test('a person whose hint the user hid gets no mark', async () => {
    const { running } = start(CONTEXT, ['kim-fakename']);
    await running;
    await onScreen();
    expect(marks().map((mark) => mark.person)).not.toContain('kim-fakename');
    expect(marks()).toHaveLength(5);
  });

  test('quiet mode or list marks off: nothing is observed, read or inserted', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { report, running } = start({ salt: 'salt', list: { show: false, texts: {} } });
    await running;
    await onScreen();
    expect(marks()).toEqual([]);
    expect(report).not.toHaveBeenCalled();
    expect(observe).not.toHaveBeenCalled();
    observe.mockRestore();
  });

  test('when the view ends (navigation, settings changed), every mark goes and nothing more is read', async () => {
    const { controller, report, running } = start();
    await running;
    await onScreen();
    expect(marks()).toHaveLength(6);
    controller.abort();
    expect(marks()).toEqual([]);
    document.querySelector('ul[role="list"]')?.append(document.createElement('li'));
    await onScreen();
    expect(marks()).toEqual([]);
    expect(report).toHaveBeenCalledTimes(1);
  });

  test('LinkedIn’s own markup is unchanged but for the marks’ hosts', async () => {
    const before = document.body.innerHTML;
    const { running } = start();
    await running;
    await onScreen();
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll(MARK_HOST_NAME)) host.remove();
    expect(clone.innerHTML).toBe(before);
  });
});
