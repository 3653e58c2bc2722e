/** The popup's "Your profile": what is missing, what could not be checked, when it was read, or how to have it read. */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { OwnProfileSection } from '../../components/popup/own-profile-section';
import type { OwnProfileSummary } from '../../lib/own-profile/summary';

const NOW = Date.UTC(2026, 11, 4, 12);
const DAY = 86_400_000;

const summary = (change: Partial<OwnProfileSummary> = {}): OwnProfileSummary => ({
  parts: { photo: true, headline: true, about: true, experience: true, activity: true },
  connections: 500,
  completeness: 1,
  readAt: NOW - 3 * DAY,
  ...change,
});

afterEach(cleanup);

const section = () => screen.getByRole('region', { name: 'Your profile' });

test('never read: it asks the user to open their own profile once', () => {
  render(<OwnProfileSection summary={null} now={NOW} />);
  expect(within(section()).getByText('Open your own LinkedIn profile once so LockLens can check it.')).toBeTruthy();
  expect(within(section()).queryByRole('list')).toBeNull();
});

test('what is missing, as a list of things to do, then when it was read', () => {
  render(
    <OwnProfileSection
      summary={summary({
        parts: { photo: false, headline: true, about: false, experience: true, activity: false },
        connections: 23,
        completeness: 0.4,
      })}
      now={NOW}
    />,
  );
  const items = within(section())
    .getAllByRole('listitem')
    .map((item) => item.textContent);
  expect(items).toEqual([
    'Add a photo',
    'Write an About section',
    'Post or comment now and then',
    'Grow your network (23 connections)',
  ]);
  expect(within(section()).getByText('Read 3 days ago · open your profile to refresh')).toBeTruthy();
  expect(within(section()).getByText(/^Community advice, not a LinkedIn rule/)).toBeTruthy();
});

test('what it could not check is said, not taken as present', () => {
  render(
    <OwnProfileSection
      summary={summary({
        parts: { photo: true, headline: null, about: true, experience: null, activity: true },
        connections: null,
      })}
      now={NOW}
    />,
  );
  expect(within(section()).getByText('Nothing missing that LockLens could see.')).toBeTruthy();
  expect(within(section()).getByText('Could not check: headline, experience, and connections.')).toBeTruthy();
});

test('a complete profile with a large network: nothing to do, read today', () => {
  render(<OwnProfileSection summary={summary({ readAt: NOW - 60_000 })} now={NOW} />);
  expect(within(section()).getByText('Nothing missing that LockLens could see.')).toBeTruthy();
  expect(within(section()).queryByText(/Could not check/)).toBeNull();
  expect(within(section()).getByText('Read today · open your profile to refresh')).toBeTruthy();
});

test('one connection is said in the singular', () => {
  render(<OwnProfileSection summary={summary({ connections: 1 })} now={NOW} />);
  expect(within(section()).getByText('Grow your network (1 connection)')).toBeTruthy();
});
