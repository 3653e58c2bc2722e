/**
 * LinkedIn's sending limits per plan, as data, each resting on a claim (lib/evaluator/claims.ts)
 * that gives its source level and source. LinkedIn publishes few numbers: only the free note
 * quota and the InMail allotments come from its help pages; the weekly invitation figure is a
 * community estimate and the message pace is LockLens's own guideline. docs/sources.md says what
 * each source states.
 */
import type { ComposerKind } from '../composer/types';
import { type ClaimId, claimLevel } from '../evaluator/claims';
import type { Plan, SourceLevel } from '../evaluator/types';
import type { LimitId } from './types';

/**
 * From this share of a limit on, in percent, LockLens warns: in the popup, the hint's causes and
 * the composer's pace line alike. The user's `warnAtPercent` setting replaces it.
 */
export const DEFAULT_WARN_AT_PERCENT = 80;

export interface LimitDefinition {
  id: LimitId;
  /** The default for a plan; null means "no such limit on this plan" (e.g. notes on Premium). */
  value: (plan: Plan) => number | null;
  /** The claim the default rests on (lib/evaluator/claims.ts): its source is the options page's "where this comes from". */
  claim: (plan: Plan) => ClaimId;
  /** The claim's level: LinkedIn's own figure, observed, a community estimate or LockLens's own guideline. */
  source: (plan: Plan) => SourceLevel;
  /** A guideline rather than a limit LinkedIn enforces (the message pace). */
  guideline?: boolean;
}

const isFree = (plan: Plan) => plan === 'free';

/**
 * InMail credits per month (LinkedIn help 75 for Premium and Recruiter Lite, help 57013 for all
 * Sales Navigator tiers, help 1584 for free accounts: none). Corporate Recruiter credits are set
 * per contract and pooled, with per-seat limits chosen by the admins (Recruiter help a412114):
 * officially there is no single number, hence null.
 */
const INMAIL_CREDITS: Record<Plan, number | null> = {
  free: 0,
  'premium-career': 5,
  'premium-business': 15,
  'sales-navigator': 50,
  'recruiter-lite': 30,
  recruiter: null,
};

/** A limit's definition, its source level read from its claim (one place for both). */
function limit(definition: Omit<LimitDefinition, 'source'>): LimitDefinition {
  return { ...definition, source: (plan) => claimLevel(definition.claim(plan)) };
}

export const LIMITS: readonly LimitDefinition[] = Object.freeze([
  limit({
    id: 'invites-per-week',
    // LinkedIn never publishes the weekly cap (help a550555: every member has one, and "you cannot
    // buy or acquire more invitations"), nor whether its window is rolling or weekly. ~100 a week
    // is the common community estimate (theumg.io, theyardstickagency) for every plan; the paid
    // plans' "200" is vendor tuning only (Unipile, LinkedNav), at odds with a550555.
    value: () => 100,
    claim: () => 'weekly-invite-estimate',
  }),
  limit({
    id: 'notes-per-month',
    // Help a550555: free (Basic) members can add a note to 5 invitations per month; Premium has
    // no such quota. Other figures in circulation (3, ~10) contradict the help text.
    value: (plan) => (isFree(plan) ? 5 : null),
    claim: () => 'notes-per-month',
  }),
  limit({
    id: 'note-length',
    // Observed live in 2026 (career-ops PR #2951; screenshot in job-application-bot #27, 2025-11):
    // 200 characters on free accounts, 300 on paid ones. Older pages say 300 for all (pre-2023).
    value: (plan) => (isFree(plan) ? 200 : 300),
    claim: () => 'note-length',
  }),
  limit({
    id: 'inmail-credits-per-month',
    value: (plan) => INMAIL_CREDITS[plan],
    claim: () => 'inmail-credits-per-plan',
  }),
  limit({
    id: 'messages-per-day',
    // LinkedIn publishes no message cap; it only says messages are limited per time period (help
    // a554575). Community figures run from 15-20 to 150 a day and are vendor tuning or folklore.
    // 40 a day is LockLens's own modest etiquette pace: a guideline shown as such, not a LinkedIn rule.
    value: () => 40,
    claim: () => 'message-pace',
    guideline: true,
  }),
]);

export function limitDefinition(id: LimitId): LimitDefinition {
  const found = LIMITS.find((limit) => limit.id === id);
  if (!found) throw new RangeError(`unknown limit: ${id}`);
  return found;
}

export interface EffectiveLimit {
  /** The number in force; null means "no such limit" (or unknown, for corporate Recruiter credits). */
  value: number | null;
  /** Where `value` comes from: the plan's default's source, 'observed' when calibrated, or the user's own override. */
  source: SourceLevel | 'user';
  /** The claim `value` rests on; null for the user's own override. */
  claim: ClaimId | null;
  /** The plan's default, whatever wins. */
  default: number | null;
}

const usable = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/**
 * The limit in force for a plan. Order of precedence: the user's override (they know their
 * account, e.g. a Recruiter contract), then for invitations the limit calibrated from LinkedIn's
 * own weekly-limit alert (observed), then the plan's default. Invalid overrides (negative, NaN)
 * are ignored.
 */
export function effectiveLimit(
  id: LimitId,
  plan: Plan,
  overrides?: Partial<Record<LimitId, number>>,
  calibratedInviteLimit?: number | null,
): EffectiveLimit {
  const definition = limitDefinition(id);
  const fallback = definition.value(plan);
  const override = overrides?.[id];
  if (usable(override)) return { value: override, source: 'user', claim: null, default: fallback };
  if (id === 'invites-per-week' && usable(calibratedInviteLimit) && calibratedInviteLimit > 0) {
    const claim = 'weekly-invite-calibrated';
    return { value: calibratedInviteLimit, source: claimLevel(claim), claim, default: fallback };
  }
  const claim = definition.claim(plan);
  return { value: fallback, source: claimLevel(claim), claim, default: fallback };
}

/**
 * The longest text each other composer box takes: an InMail's subject 200 characters and its body
 * 2,000 (claim `inmail-length`); a message 8,000, a figure no source gives (3,000 circulates too),
 * so the composer check says LinkedIn does not publish it (claim `message-length`).
 */
const TEXT_LENGTHS: Record<Exclude<ComposerKind, 'invitation-note'>, { value: number; claim: ClaimId }> = {
  'inmail-subject': { value: 200, claim: 'inmail-length' },
  'inmail-body': { value: 2000, claim: 'inmail-length' },
  message: { value: 8000, claim: 'message-length' },
};

/**
 * The longest text a composer box takes, and the claim that says so (null: the user's own
 * figure). The invitation note's is the `note-length` limit, which the user may override.
 */
export function textLengthLimit(
  kind: ComposerKind,
  plan: Plan,
  overrides?: Partial<Record<LimitId, number>>,
): { value: number; claim: ClaimId | null } {
  if (kind !== 'invitation-note') return TEXT_LENGTHS[kind];
  const { value, claim } = effectiveLimit('note-length', plan, overrides);
  // Every plan has a note length: the table's value is never null for it.
  return { value: value ?? 0, claim };
}
