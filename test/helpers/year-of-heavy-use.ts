/**
 * A year of heavy use, built with the ledger's own pure functions: 100 invitations with a note a
 * week and 50 messages a day (some follow-ups, a couple of InMails), every send fingerprinted,
 * compacted daily with the default retention, as the background would have kept it. Reproducible.
 * Used by the storage-size test (test/pace/size.test.ts) and by the bench (scripts/bench/ledger-year.ts).
 */
import { fingerprint } from '../../lib/pace/fingerprint';
import { addEvent, addNotice, compact, emptyLedger, type Ledger } from '../../lib/pace/ledger';
import type { LinkedInNotice, SendEvent, SendKind } from '../../lib/pace/types';
import { DAY_MS } from '../../lib/pace/windows';

const SALT = 'a-salt-of-realistic-length-0123456789';
const VOCABULARY = (
  'hello thanks connect profile role team product engineering hiring opportunity interested chat call week ' +
  'experience background project platform growth startup remote Berlin data design quick question would love ' +
  'hear about your work recently noticed congratulations launch opening position feedback happy share'
).split(' ');

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A UUID-shaped id, as the content script makes them (crypto.randomUUID), but reproducible. */
const uuid = (n: number) => {
  const hex = n.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export interface YearOptions {
  /** The first day's "morning": each day's sends span 8 hours from it. */
  firstMorning: number;
  /** The zone compaction runs in (the runtime's own if not given). */
  timeZone?: string;
}

/** One thing that happens in a day of heavy use, in time order; `compact` is the day's end. */
export type HeavyUseStep =
  | { day: number; send: SendEvent }
  | { day: number; notice: LinkedInNotice }
  | { day: number; compact: number };

/**
 * The sends, notices and daily compactions of `days` days of heavy use, in order, and the device
 * and salt of the ledger they go into. Days past the year continue the same pattern (the bench
 * measures what a send writes after a year: scripts/bench/ledger-writes.ts).
 */
export function heavyUse({ firstMorning }: YearOptions, days = 365) {
  const next = random(42);
  const text = (min: number, max: number) =>
    Array.from(
      { length: min + Math.floor(next() * (max - min)) },
      () => VOCABULARY[Math.floor(next() * VOCABULARY.length)],
    ).join(' ');
  // Fingerprinting 23,000 texts would only be slow: compaction keeps a week's worth anyway.
  // Sends draw from pools of real fingerprints of texts of the same lengths instead.
  const pool = (size: number, words: [number, number]) =>
    Array.from({ length: size }, () => fingerprint(text(...words), SALT));
  const notes = pool(150, [25, 50]);
  const messages = pool(400, [50, 120]);
  const device = uuid(0xdeadbeef);
  function* steps(): Generator<HeavyUseStep> {
    let sends = 0;
    const send = (day: number, kind: SendKind, at: number, fingerprints: string[][]): HeavyUseStep => {
      sends++;
      return {
        day,
        send: {
          id: uuid(sends),
          kind,
          at,
          recipient: (sends * 2654435761).toString(16).padStart(14, '0').slice(-14),
          device,
          fingerprint: fingerprints[sends % fingerprints.length],
        },
      };
    };
    for (let day = 0; day < days; day++) {
      const morning = firstMorning + day * DAY_MS;
      // 100 invitations a week, all with a note (a paid plan): 14 or 15 a day.
      const invites = day % 7 < 2 ? 15 : 14;
      for (let i = 0; i < invites; i++) yield send(day, 'invite-note', morning + i * 60_000, notes);
      for (let i = 0; i < 50; i++) {
        const kind: SendKind = i < 40 ? 'message' : i < 48 ? 'followup' : 'inmail';
        yield send(day, kind, morning + 3_600_000 + i * 300_000, messages);
      }
      yield { day, notice: { kind: 'inmail-credits', at: morning, value: 40 } };
      yield { day, compact: morning + 12 * 3_600_000 };
    }
  }
  return { device, salt: SALT, steps: steps() };
}

/** The ledger after 365 such days, and how many sends it took. */
export function yearOfHeavyUse(options: YearOptions): { ledger: Ledger; sends: number } {
  const { device, salt, steps } = heavyUse(options);
  let ledger = emptyLedger(device, salt);
  let sends = 0;
  for (const step of steps) {
    if ('send' in step) {
      sends++;
      ledger = addEvent(ledger, step.send);
    } else if ('notice' in step) ledger = addNotice(ledger, step.notice);
    else ledger = compact(ledger, step.compact, undefined, options.timeZone);
  }
  return { ledger, sends };
}
