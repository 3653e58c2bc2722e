/**
 * A request's function takes the state and nothing else: given a state made of plain values (no
 * storage, no browser), it answers as the background would.
 */
import { describe, expect, test } from 'vitest';
import { pageContext } from '../../lib/background/page-context';
import type { Current, State } from '../../lib/background/state';
import { answerTextCheck } from '../../lib/background/text-check';
import { addEvent, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import { paceSummary } from '../../lib/pace/pace-summary';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { dismissKey } from '../../lib/storage/dismissed-hints';

const NOW = Date.UTC(2026, 11, 8, 10);
const RECIPIENT = { firstName: 'Dana', company: 'Examplecorp', headlineWords: [] };

function ledgerWithMessages(count: number): Ledger {
  let ledger = emptyLedger('device', 'salt');
  for (let i = 0; i < count; i++) {
    ledger = addEvent(ledger, {
      id: `message-${i}-abcdef`,
      kind: 'message',
      at: NOW - i,
      recipient: 'r',
      device: 'device',
    });
  }
  return ledger;
}

/** The figures the state would hand over, computed from plain values. */
function current(settings: Settings, ledger: Ledger): Pick<State, 'current'> {
  const { plan, limits, warnAtPercent } = settings;
  const pace = paceSummary(ledger, { now: NOW, timeZone: 'UTC', plan, overrides: limits, warnAtPercent });
  const figures: Current = { settings, ledger, pace, validUntil: NOW + 1 };
  return { current: async () => figures };
}

describe('check-text, with a state of plain values', () => {
  const check = (state: Pick<State, 'current'>) =>
    answerTextCheck(
      state,
      {
        type: 'check-text',
        kind: 'message',
        text: 'See you then.',
        firstMessage: false,
        language: 'en',
        recipient: RECIPIENT,
      },
      NOW,
    );

  test('warns of the pace at the user’s threshold, and is off in quiet mode', async () => {
    const ledger = ledgerWithMessages(25);
    expect((await check(current({ ...DEFAULT_SETTINGS, warnAtPercent: 60 }, ledger))).paceLine).toContain('25');
    expect((await check(current({ ...DEFAULT_SETTINGS, warnAtPercent: 70 }, ledger))).paceLine).toBeNull();
    expect(await check(current({ ...DEFAULT_SETTINGS, quietMode: true }, ledger))).toEqual({
      enabled: false,
      findings: [],
      paceLine: null,
    });
  });
});

describe('page-context, with a state of plain values', () => {
  const ledger = emptyLedger('device', 'salt');
  const state = (settings: Settings, hidden: string[] = []) => ({
    settings: async () => settings,
    ledger: { load: async () => ledger } as State['ledger'],
    hiddenHints: async () => hidden,
  });

  test('the salt alone; a profile’s hint, shown or hidden; a people list’s marks', async () => {
    expect(await pageContext(state(DEFAULT_SETTINGS), { type: 'page-context' })).toEqual({ salt: 'salt' });
    const shown = await pageContext(state(DEFAULT_SETTINGS), { type: 'page-context', slug: 'Dana-Example' });
    expect(shown.profile).toMatchObject({ showHint: true, lastContact: null });
    const hidden = state(DEFAULT_SETTINGS, [dismissKey('dana-example', 'salt')]);
    expect((await pageContext(hidden, { type: 'page-context', slug: 'dana-example' })).profile?.showHint).toBe(false);
    const quiet = state({ ...DEFAULT_SETTINGS, quietMode: true });
    expect((await pageContext(quiet, { type: 'page-context', list: true })).list).toEqual({ show: false, texts: {} });
  });
});
