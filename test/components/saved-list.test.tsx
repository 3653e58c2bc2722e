/**
 * The popup's saved list, with the real background answering: the first people at once (due ones
 * first) and the counts over everyone, the rest only when the user asks for them.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/popup-app';
import { askPopupView, type ReadyView, readPopupView } from '../../components/popup/read-popup-view';
import { handleMessage } from '../../lib/background/handle-message';
import type { PopupView } from '../../lib/protocol/answers';
import { SHOWN_AT_FIRST } from '../../lib/saved/bounds';
import { POPUP_SENDER, testEnv } from '../helpers/background';
import { savedPerson } from '../helpers/saved-person';

const DAY = 86_400_000;
const NOW = Date.now();
const env = testEnv(() => NOW);

const person = (index: number, due = false) =>
  savedPerson(`person-${index}`, NOW - 30 * DAY, {
    name: `Person ${index}`,
    updatedAt: NOW - 30 * DAY + index,
    followUpAt: due ? NOW - DAY : null,
  });

/** What the background sent the popup, answer by answer. */
let answers: PopupView[];
/** When set, decides how long each `popup-view` answer waits, or that it never comes (undefined). */
let delivery: ((message: { allSaved?: boolean }) => Promise<void> | undefined) | null;

beforeEach(() => {
  answers = [];
  delivery = null;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answer = await handleMessage(message, POPUP_SENDER, env);
    if ((message as { type: string }).type !== 'popup-view') return answer as never;
    if (delivery) {
      const wait = delivery(message as { allSaved?: boolean });
      if (!wait) return undefined as never;
      await wait;
    }
    answers.push(answer as PopupView);
    return answer as never;
  });
});

/** A promise and the function that settles it. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const twentyFive = () => [...Array.from({ length: 25 }, (_, i) => person(i))];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const names = (container: Element) => [...container.querySelectorAll('li[data-person] a')].map((a) => a.textContent);

async function openPopup(people: ReturnType<typeof person>[]) {
  await fakeBrowser.storage.local.set({ 'saved-people': people });
  const popup = render(<PopupApp live={readPopupView(Promise.resolve(null))} early={Promise.resolve(null)} />);
  await waitFor(() => expect(popup.container.querySelector('main[data-ready][data-complete]')).not.toBeNull());
  return popup;
}

describe('the saved list in the popup', () => {
  test('comes as the first people, due ones first, with the counts; the rest only on request', async () => {
    // The three due people come last in the stored order: they must still be shown first.
    const { container } = await openPopup([
      ...Array.from({ length: 22 }, (_, i) => person(i)),
      person(22, true),
      person(23, true),
      person(24, true),
    ]);
    expect(answers[0]?.saved.people).toHaveLength(SHOWN_AT_FIRST);
    expect(answers[0]?.saved).toMatchObject({ total: 25, due: 3 });
    expect(names(container)).toHaveLength(SHOWN_AT_FIRST);
    expect(names(container).slice(0, 3).sort()).toEqual(['Person 22', 'Person 23', 'Person 24']);
    // The heading counts every due person, shown or not.
    expect(screen.getByRole('heading', { name: /saved/i }).textContent).toContain('3 due');

    const more = screen.getByRole('button', { name: 'Show 5 more' });
    more.focus();
    fireEvent.click(more);
    await waitFor(() => expect(names(container)).toHaveLength(25));
    expect(answers[1]?.saved.people).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    // The keyboard goes on from the first person the button revealed.
    expect(document.activeElement).toBe(container.querySelectorAll('li[data-person] a')[SHOWN_AT_FIRST]);

    // Once everyone is shown, a change made in the list keeps everyone shown.
    const first = container.querySelector('li[data-person="person-0"]') as HTMLElement;
    fireEvent.click(within(first).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(names(container)).toHaveLength(24));
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
  });

  test('an older answer that comes after everyone was shown does not take them back', async () => {
    const { container } = await openPopup(twentyFive());
    // "Remove" reloads the first few; that answer is held back until after "Show 5 more" is answered.
    const slowPreview = gate();
    let previewsAsked = 0;
    delivery = (message) => {
      if (message.allSaved) return Promise.resolve();
      previewsAsked++;
      return slowPreview.opened;
    };
    // The newest comes first in the list.
    const first = container.querySelector('li[data-person="person-24"]') as HTMLElement;
    fireEvent.click(within(first).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(previewsAsked).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    await waitFor(() => expect(names(container)).toHaveLength(24));
    slowPreview.open();
    await waitFor(() => expect(answers.at(-1)?.saved.people).toHaveLength(SHOWN_AT_FIRST));
    expect(names(container)).toHaveLength(24);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
  });

  test('the first answer does not replace everyone asked for from the kept view', async () => {
    await fakeBrowser.storage.local.set({ 'saved-people': twentyFive() });
    const kept = (await askPopupView(Promise.resolve(null))) as ReadyView;
    const slowLive = gate();
    const live = slowLive.opened.then(() => kept);
    const { container } = render(<PopupApp live={live} early={Promise.resolve({ ...kept, source: 'snapshot' })} />);
    await waitFor(() => expect(names(container)).toHaveLength(SHOWN_AT_FIRST));
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    await waitFor(() => expect(names(container)).toHaveLength(25));
    slowLive.open();
    await live;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(names(container)).toHaveLength(25);
  });

  test('while the rest comes the list is busy and a second press asks nothing; with no answer nothing is lost', async () => {
    const { container } = await openPopup(twentyFive());
    const slowAll = gate();
    let asked = 0;
    delivery = (message) => {
      if (!message.allSaved) return Promise.resolve();
      asked++;
      // The background never answers (as when the extension is updated meanwhile).
      return slowAll.opened.then(() => Promise.reject(new Error('gone')));
    };
    const more = screen.getByRole('button', { name: 'Show 5 more' });
    more.focus();
    fireEvent.click(more);
    const section = container.querySelector('.ll-saved-list') as HTMLElement;
    await waitFor(() => expect(asked).toBe(1));
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(more.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(more);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toBe(1);

    slowAll.open();
    await waitFor(() => expect(section.getAttribute('aria-busy')).toBeNull());
    expect(names(container)).toHaveLength(SHOWN_AT_FIRST);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(more.getAttribute('aria-disabled')).toBeNull();
  });

  test('a short list has no button, and an empty one says so', async () => {
    const { container, unmount } = await openPopup(Array.from({ length: SHOWN_AT_FIRST }, (_, i) => person(i)));
    expect(names(container)).toHaveLength(SHOWN_AT_FIRST);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    unmount();

    const empty = await openPopup([]);
    expect(names(empty.container)).toHaveLength(0);
    expect(empty.container.querySelector('.ll-saved-list')?.textContent).toContain('Nobody saved yet.');
  });
});
