/** The popup's saved list: the first people at once (due ones first), the rest when asked. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { SavedList, SHOWN_AT_FIRST } from '../../components/popup/saved-list';
import { savedPerson } from '../helpers/saved-person';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 5, 9);

const person = (index: number, due = false) =>
  savedPerson(`person-${index}`, NOW - 30 * DAY, {
    name: `Person ${index}`,
    updatedAt: NOW - 30 * DAY + index,
    followUpAt: due ? NOW - DAY : null,
  });

const names = (container: Element) => [...container.querySelectorAll('li[data-person] a')].map((a) => a.textContent);

afterEach(cleanup);

describe('the saved list', () => {
  test('shows the first people at once, due ones first, and the rest on request', () => {
    // The three due people come last in the stored order: they must still be shown first.
    const people = [
      ...Array.from({ length: 22 }, (_, i) => person(i)),
      person(22, true),
      person(23, true),
      person(24, true),
    ];
    const { container } = render(<SavedList people={people} now={NOW} onChanged={() => {}} />);
    expect(names(container)).toHaveLength(SHOWN_AT_FIRST);
    expect(names(container).slice(0, 3).sort()).toEqual(['Person 22', 'Person 23', 'Person 24']);
    // The heading counts every due person, shown or not.
    expect(screen.getByRole('heading').textContent).toContain('3 due');

    const more = screen.getByRole('button', { name: 'Show 5 more' });
    more.focus();
    fireEvent.click(more);
    expect(names(container)).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    // The keyboard goes on from the first person the button revealed.
    expect(document.activeElement).toBe(container.querySelectorAll('li[data-person] a')[SHOWN_AT_FIRST]);
  });

  test('a short list has no button', () => {
    const { container } = render(
      <SavedList people={Array.from({ length: SHOWN_AT_FIRST }, (_, i) => person(i))} now={NOW} onChanged={() => {}} />,
    );
    expect(names(container)).toHaveLength(SHOWN_AT_FIRST);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
  });
});
