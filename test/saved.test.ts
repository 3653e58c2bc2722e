import { describe, expect, test } from 'vitest';
import { MAX_SAVED } from '../lib/saved/bounds';
import { describeChanges } from '../lib/saved/changes';
import {
  dueCount,
  isDue,
  nextFollowUpDue,
  removePerson,
  savedPreview,
  sortForDisplay,
  upsertPerson,
} from '../lib/saved/list';
import type { SavedPerson, VerdictSnapshot } from '../lib/saved/schema';
import { savedPerson } from './helpers/saved-person';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21);

const person = (key: string, change: Partial<SavedPerson> = {}) => savedPerson(key, NOW - 30 * DAY, change);

const snap = (change: Partial<VerdictSnapshot>): VerdictSnapshot => ({
  messaging: 'locked',
  degree: '2nd',
  pending: true,
  topCause: 'invitation-pending',
  ...change,
});

describe('what changed since saving', () => {
  test.each([
    ['now connected', {}, snap({ messaging: 'free', degree: '1st', pending: false }), ['saved.now-connected']],
    ['still pending after weeks', {}, snap({}), ['saved.still-pending']],
    ['pending but only just saved', { savedAt: NOW - 3 * DAY }, snap({}), []],
    ['invitation gone', {}, snap({ pending: false }), ['saved.invitation-gone']],
    [
      'closer: 3rd to 2nd',
      { verdict: { messaging: 'locked', degree: '3rd', pending: false, topCause: 'not-connected' } as VerdictSnapshot },
      snap({ pending: false }),
      ['saved.closer'],
    ],
    ['follow-up due', { followUpAt: NOW - DAY, savedAt: NOW - 2 * DAY }, snap({}), ['saved.follow-up-due']],
  ] as const)('%s', (_label, saved, now, keys) => {
    const changes = describeChanges(person('dana', saved as Partial<SavedPerson>), now, NOW);
    expect(changes.map((c) => c.key)).toEqual(keys);
  });

  test('the pending time is said in weeks', () => {
    expect(describeChanges(person('dana'), snap({}), NOW)[0]).toEqual({
      key: 'saved.still-pending',
      params: { weeks: 4 },
    });
  });
});

describe('the saved list', () => {
  test('one entry per profile: saving again updates it and keeps the first saved date', () => {
    const first = upsertPerson([], person('dana'));
    if (!first.ok) throw new Error('first save failed');
    const again = upsertPerson(first.list, person('dana', { savedAt: NOW, note: 'met at the fair' }));
    expect(again.ok && again.list).toEqual([{ ...person('dana'), note: 'met at the fair' }]);
  });

  test(`is bounded at ${MAX_SAVED}: one more is refused with a reason, nothing is dropped`, () => {
    const full = Array.from({ length: MAX_SAVED }, (_, i) => person(`p${i}`));
    expect(upsertPerson(full, person('one-more'))).toEqual({ ok: false, error: 'list-full' });
    const updated = upsertPerson(full, person('p7', { note: 'still updatable' }));
    expect(updated.ok && updated.list.length).toBe(MAX_SAVED);
    expect(removePerson(full, 'p7')).toHaveLength(MAX_SAVED - 1);
  });

  test('due follow-ups come first, then upcoming, then the rest, done last', () => {
    const list = [
      person('later', { followUpAt: NOW + 5 * DAY }),
      person('plain', { updatedAt: NOW }),
      person('done', { followUpAt: NOW - DAY, done: true }),
      person('due-long', { followUpAt: NOW - 3 * DAY }),
      person('due', { followUpAt: NOW - DAY }),
    ];
    expect(sortForDisplay(list, NOW).map((p) => p.key)).toEqual(['due-long', 'due', 'later', 'plain', 'done']);
    expect(dueCount(list, NOW)).toBe(2);
    expect(isDue(person('x', { followUpAt: NOW }), NOW)).toBe(true);
  });

  test('the popup’s preview: the first people in display order, counted over everyone', () => {
    const list = [
      person('plain', { updatedAt: NOW }),
      person('later', { followUpAt: NOW + 5 * DAY }),
      person('due', { followUpAt: NOW - DAY }),
    ];
    expect(savedPreview(list, NOW, 2)).toEqual({ people: [list[2], list[1]], total: 3, due: 1 });
    expect(savedPreview(list, NOW, Number.POSITIVE_INFINITY).people).toHaveLength(3);
    expect(savedPreview([], NOW, 2)).toEqual({ people: [], total: 0, due: 0 });
  });

  test('the next follow-up to fall due: not one already due, nor one marked done', () => {
    const list = [
      person('due', { followUpAt: NOW - DAY }),
      person('now', { followUpAt: NOW }),
      person('done', { followUpAt: NOW + DAY, done: true }),
      person('later', { followUpAt: NOW + 5 * DAY }),
      person('sooner', { followUpAt: NOW + 2 * DAY }),
      person('plain'),
    ];
    expect(nextFollowUpDue(list, NOW)).toBe(NOW + 2 * DAY);
    expect(nextFollowUpDue([person('plain'), person('due', { followUpAt: NOW })], NOW)).toBeNull();
  });
});
