/**
 * The popup's saved list, with the real background answering: the first people at once (due ones
 * first) and the counts over everyone, the rest only when the user asks for them.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/popup-app';
import { readPopupView } from '../../components/popup/read-popup-view';
import { handleMessage } from '../../lib/background/handle-message';
import type { PopupView } from '../../lib/protocol';
import { SHOWN_AT_FIRST } from '../../lib/saved/limits';
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

beforeEach(() => {
  answers = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answer = await handleMessage(message, POPUP_SENDER, env);
    if ((message as { type: string }).type === 'popup-view') answers.push(answer as PopupView);
    return answer as never;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const names = (container: Element) => [...container.querySelectorAll('li[data-person] a')].map((a) => a.textContent);

async function openPopup(people: ReturnType<typeof person>[]) {
  await fakeBrowser.storage.local.set({ 'saved-people': people });
  const popup = render(<PopupApp live={readPopupView(Promise.resolve(null))} early={Promise.resolve(null)} />);
  await waitFor(() => expect(popup.container.querySelector('main[data-ready]')).not.toBeNull());
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
