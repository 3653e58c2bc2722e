/**
 * The popup's pace at a glance: each limit of the plan with a number, marked at the user's own
 * warning share and at the limit (colour, icon and words), one labelled region that takes the
 * focus to the full dashboard; and the 30-day chart's dates.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { PaceChart } from '../../components/popup/pace-chart';
import { PaceDashboard } from '../../components/popup/pace-dashboard';
import { PaceLine } from '../../components/popup/pace-line';
import type { Plan } from '../../lib/evaluator/types';
import { addEvent, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import { paceSummary } from '../../lib/pace/pace-summary';
import type { SendKind } from '../../lib/pace/types';

const NOW = Date.UTC(2026, 11, 7, 15);
const HOUR = 3_600_000;
const ZONE = 'UTC';

afterEach(cleanup);

/** `count` sends of `kind` in the hours before NOW (all today, all this week and month). */
function sent(ledger: Ledger, kind: SendKind, count: number): Ledger {
  let next = ledger;
  for (let i = 0; i < count; i++) {
    next = addEvent(next, {
      id: `${kind}-${i}`,
      kind,
      at: NOW - (i % 12) * HOUR - 60_000,
      recipient: `r${i}`,
      device: 'd',
    });
  }
  return next;
}

const pace = (ledger: Ledger, plan: Plan = 'free', warnAtPercent?: number) =>
  paceSummary(ledger, { now: NOW, timeZone: ZONE, plan, ...(warnAtPercent ? { warnAtPercent } : {}) });

const region = () => screen.getByRole('region', { name: 'Your pace at a glance' });
const item = (limit: string) => region().querySelector<HTMLElement>(`[data-limit="${limit}"]`);

/** What the item shows: its label and its count. */
const shows = (limit: string) => {
  const element = item(limit);
  return element
    ? `${element.querySelector('.ll-pace-label')?.textContent} ${element.querySelector('.ll-pace-figure')?.textContent}`
    : null;
};

test("one labelled line with the plan's limits: invitations, notes and messages on the free plan", () => {
  const ledger = sent(sent(sent(emptyLedger('d', 's'), 'invite', 14), 'invite-note', 4), 'message', 6);
  render(<PaceLine pace={pace(ledger)} />);
  expect(shows('invites-per-week')).toBe('Invitations, 7 days 18/100');
  expect(shows('notes-per-month')).toBe('Notes this month 4/5');
  expect(shows('messages-per-day')).toBe('Messages today 6/40');
  // No InMail credits on the free plan: nothing to count against.
  expect(item('inmail-credits-per-month')).toBeNull();
  expect(within(region()).getAllByRole('link')).toHaveLength(1);
  // Screen readers hear each count in words, and where the line leads.
  expect(item('invites-per-week')?.textContent).toContain('18 of 100');
  expect(region().textContent).toContain('Show your full pace below');
});

test('Premium: InMails against the credits, and no note quota', () => {
  render(<PaceLine pace={pace(sent(emptyLedger('d', 's'), 'inmail', 3), 'premium-career')} />);
  expect(item('notes-per-month')).toBeNull();
  expect(shows('inmail-credits-per-month')).toBe('InMails this period 3/5');
});

test("the warnings are the pace summary's, at the user's own share, not a fixed 80 %", () => {
  const ledger = sent(sent(emptyLedger('d', 's'), 'invite', 60), 'invite-note', 5);
  render(<PaceLine pace={pace(ledger)} />);
  // 60 of 100 is below the default share; 5 of 5 notes is the limit.
  expect(item('invites-per-week')?.dataset.warning).toBe('none');
  expect(item('notes-per-month')?.dataset.warning).toBe('reached');
  cleanup();
  render(<PaceLine pace={pace(ledger, 'free', 50)} />);
  expect(item('invites-per-week')?.dataset.warning).toBe('near');
});

test('a warning is told by an icon and in words too, not by colour alone', () => {
  const ledger = sent(sent(emptyLedger('d', 's'), 'invite', 85), 'invite-note', 5);
  render(<PaceLine pace={pace(ledger)} />);
  const near = item('invites-per-week') as HTMLElement;
  const reached = item('notes-per-month') as HTMLElement;
  expect(near.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  expect(near.textContent).toContain('(near the limit)');
  expect(reached.textContent).toContain('(at the limit)');
  // Near and at the limit have different shapes.
  const shape = (element: HTMLElement) => element.querySelector('path')?.getAttribute('d');
  expect(shape(near)).not.toBe(shape(reached));
  expect(item('messages-per-day')?.querySelector('svg')).toBeNull();
});

test('the line takes the focus to the full dashboard', () => {
  const summary = pace(sent(emptyLedger('d', 's'), 'invite', 3));
  render(
    <main>
      <PaceLine pace={summary} />
      <PaceDashboard pace={summary} />
    </main>,
  );
  const link = within(region()).getByRole('link');
  expect(link.getAttribute('href')).toBe('#ll-pace-title');
  fireEvent.click(link);
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your sending pace' }));
});

test('no line when the plan has no limit with a number to show', () => {
  const summary = pace(emptyLedger('d', 's'));
  for (const usage of Object.values(summary.limits)) usage.value = null;
  const { container } = render(<PaceLine pace={summary} />);
  expect(container.innerHTML).toBe('');
});

test("the 30-day chart has a date under today's bar and every seventh bar before it", () => {
  const summary = pace(sent(emptyLedger('d', 's'), 'message', 2));
  const { container } = render(<PaceChart series={summary.series} label="Sends per day" />);
  const marks = [...container.querySelectorAll('.ll-chart-mark')].map((mark) => mark.textContent);
  const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const day = (daysAgo: number) => dayFormat.format(NOW - daysAgo * 24 * HOUR);
  expect(marks).toEqual([day(28), day(21), day(14), day(7), day(0)]);
  // The range is in the chart's label for screen readers; the dates themselves are hidden from them.
  expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe(`Sends per day (${day(29)} – ${day(0)})`);
  expect(container.querySelector('.ll-chart-marks')?.getAttribute('aria-hidden')).toBe('true');
});
