/** Random page signals and viewer contexts for the evaluator's property tests (fast-check). */
import fc from 'fast-check';
import { PLANS, type ViewerContext } from '../../lib/evaluator/types';
import { SEND_KINDS } from '../../lib/pace/types';
import { CONNECT_OFFERS, DEGREES, HIGHLIGHTS, type ProfileSignals } from '../../lib/signals';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const signal = <T>(arb: fc.Arbitrary<T>) => fc.record({ value: maybe(arb), evidence: fc.constant<string[]>(['prop']) });
const count = fc.record({ count: fc.nat(100_000), atLeast: fc.boolean() });

export const signalsArb: fc.Arbitrary<ProfileSignals> = fc.record({
  degree: signal(fc.constantFrom(...DEGREES)),
  messageAction: signal(fc.boolean()),
  connect: signal(fc.constantFrom(...CONNECT_OFFERS)),
  pending: signal(fc.boolean()),
  followPrimary: signal(fc.boolean()),
  premiumBadge: signal(fc.boolean()),
  verified: signal(fc.boolean()),
  photo: signal(fc.boolean()),
  connections: signal(count),
  followers: signal(count),
  mutualConnections: signal(fc.nat(1000)),
  openToWork: signal(fc.boolean()),
  hiring: signal(fc.boolean()),
  about: signal(fc.boolean()),
  activity: signal(fc.boolean()),
  highlights: signal(fc.subarray([...HIGHLIGHTS])),
  incomingInvitation: signal(fc.boolean()),
  language: signal(fc.constantFrom('en', 'de', 'fr', 'es', 'pt')),
});

const num = (max: number) =>
  fc.option(fc.oneof(fc.nat(max), fc.constant(Number.NaN), fc.constant(-1)), { nil: undefined });
export const viewerArb: fc.Arbitrary<ViewerContext> = fc.record({
  plan: fc.constantFrom(...PLANS),
  inmailCredits: num(200),
  invitesLast7Days: num(300),
  inviteLimit7Days: num(300),
  inviteLimitObserved: fc.option(fc.boolean(), { nil: undefined }),
  notesUsedThisMonth: num(20),
  noteQuotaPerMonth: fc.option(fc.oneof(fc.nat(10), fc.constant(null)), { nil: undefined }),
  messagesToday: num(200),
  messagePacePerDay: num(100),
  nearDuplicatesThisWeek: num(50),
  profileCompleteness: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  ownConnections: fc.option(fc.oneof(fc.nat(5000), fc.constantFrom(30_000, 31_000, Number.NaN)), { nil: undefined }),
  lastContact: fc.option(fc.record({ kind: fc.constantFrom(...SEND_KINDS), at: fc.nat() }), { nil: undefined }),
  oldInvitations: num(60),
});
