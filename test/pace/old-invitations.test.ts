/** oldInvitations: the user's invitations that may still be outstanding after two weeks. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { OLD_INVITATION_DAYS, oldInvitations } from '../../lib/pace/old-invitations';
import type { SendEvent, SendKind } from '../../lib/pace/types';
import { DAY_MS } from '../../lib/pace/windows';

const NOW = Date.parse('2026-05-20T15:00:00Z');
let counter = 0;
const send = (kind: SendKind, daysAgo: number, recipient = `r-${++counter}`): SendEvent => ({
  id: `id-${++counter}`,
  kind,
  at: NOW - daysAgo * DAY_MS,
  recipient,
  device: 'dev-1',
});

test('counts invitations, with or without a note, sent more than two weeks ago', () => {
  const events = [send('invite', 20), send('invite-note', 15), send('invite', 13), send('invite', 1)];
  expect(oldInvitations(events, NOW)).toBe(2);
  expect(OLD_INVITATION_DAYS).toBe(14);
});

test('leaves out people written to since: the invitation was likely accepted', () => {
  const events = [send('invite', 30, 'a'), send('message', 10, 'a'), send('invite', 30, 'b'), send('followup', 5, 'b')];
  expect(oldInvitations(events, NOW)).toBe(0);
});

test('a message before the invitation does not count as an answer', () => {
  expect(oldInvitations([send('inmail', 40, 'a'), send('invite', 30, 'a')], NOW)).toBe(1);
});

test('each person once, by their latest invitation', () => {
  const events = [send('invite', 30, 'a'), send('invite', 25, 'a'), send('invite', 3, 'b'), send('invite', 40, 'b')];
  // a: invited 25 days ago (old); b: invited again 3 days ago (not old yet).
  expect(oldInvitations(events, NOW)).toBe(1);
});

test('no events, none old', () => {
  expect(oldInvitations([], NOW)).toBe(0);
});

/** The rule as stated, over every event, for the kept computation to be checked against. */
function counted(events: readonly SendEvent[], now: number): number {
  const before = now - OLD_INVITATION_DAYS * DAY_MS;
  const latest = (recipient: string, invite: boolean) =>
    Math.max(
      0,
      ...events.filter((e) => e.recipient === recipient && e.kind.startsWith('invite') === invite).map((e) => e.at),
    );
  const invited = new Set(events.filter((e) => e.kind.startsWith('invite')).map((e) => e.recipient));
  return [...invited].filter((r) => latest(r, true) < before && latest(r, false) < latest(r, true)).length;
}

test('the same events asked at any instants, in any order, count as the rule says (computed once per list)', () => {
  const kinds: SendKind[] = ['invite', 'invite-note', 'message', 'followup', 'inmail'];
  const eventArb = fc.record({
    kind: fc.constantFrom(...kinds),
    daysAgo: fc.integer({ min: 0, max: 60 }),
    recipient: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  });
  fc.assert(
    fc.property(
      fc.array(eventArb, { maxLength: 30 }),
      fc.array(fc.integer({ min: -30, max: 60 }), { minLength: 1, maxLength: 5 }),
      (specs, shifts) => {
        const events = specs.map(({ kind, daysAgo, recipient }) => send(kind, daysAgo, recipient));
        for (const shift of shifts)
          expect(oldInvitations(events, NOW + shift * DAY_MS)).toBe(counted(events, NOW + shift * DAY_MS));
      },
    ),
  );
});
