/**
 * The evaluator's contract: what it knows about the viewer, and the verdict it returns.
 * Pure data; no DOM, browser API or storage anywhere under lib/evaluator/.
 */
import type { SendKind } from '../pace/types';

export const PLANS = [
  'free',
  'premium-career',
  'premium-business',
  'sales-navigator',
  'recruiter-lite',
  'recruiter',
] as const;
export type Plan = (typeof PLANS)[number];

/** What LockLens knows of the user's own account. Every field but `plan` may be unknown. */
export interface ViewerContext {
  plan: Plan;
  /** InMail credits left, if known (from the options page or the composer's credit line). */
  inmailCredits?: number | null;
  /** Invitations sent in the last 7 days (pace tracker). */
  invitesLast7Days?: number | null;
  /** The weekly invitation limit in force (the user's override, or the default estimate). */
  inviteLimit7Days?: number | null;
  /** Whether that limit was calibrated from LinkedIn's own limit alert (then it is observed, not estimated). */
  inviteLimitObserved?: boolean;
  /** Personalized invitation notes used this calendar month. */
  notesUsedThisMonth?: number | null;
  /** Monthly note quota; `null` means unlimited (Premium). */
  noteQuotaPerMonth?: number | null;
  messagesToday?: number | null;
  /** Etiquette pace for messages per day (a guideline: LinkedIn publishes none). */
  messagePacePerDay?: number | null;
  /** Near-duplicate messages sent this week (pace tracker fingerprints). */
  nearDuplicatesThisWeek?: number | null;
  /** The user's own profile completeness, 0..1, if known. */
  profileCompleteness?: number | null;
  /** The user's own number of connections, if known. */
  ownConnections?: number | null;
  /** The user's latest send to this person, from the pace ledger (their own record, never the page). */
  lastContact?: { kind: SendKind; at: number } | null;
  /** Invitations the user sent more than two weeks ago to people not messaged since (lib/pace/old-invitations.ts). */
  oldInvitations?: number | null;
  /** Warn from this share of a limit, in percent: the user's setting (lib/pace/limits.ts has its default). */
  warnAtPercent?: number | null;
}

export const CAUSE_IDS = [
  'not-connected',
  'invitation-pending',
  'out-of-network',
  'needs-premium-for-inmail',
  'inmail-credits-exhausted',
  'recipient-may-block-inmail',
  'follow-only-profile',
  'connection-cap-reached',
  'invite-limit-near',
  'invitations-outstanding',
  'note-quota-used',
  'sending-pace-high',
  'sender-profile-incomplete',
  'sender-network-small',
  'recipient-message-cap',
  'repeated-text',
  'own-profile',
  'page-unclear',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export const STEP_IDS = [
  'message-now',
  'accept-invitation',
  'reply-in-conversation',
  'try-message-open-profile',
  'message-via-shared-group',
  'message-request-coworker',
  'wait-for-acceptance',
  'connect-with-note',
  'connect-from-more-menu',
  'connect-without-note',
  'engage-with-posts',
  'mention-in-post',
  'ask-mutual-for-intro',
  'slow-down',
  'withdraw-old-invitations',
  'complete-your-profile',
  'send-inmail',
  'upgrade',
  'save-for-later',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/**
 * How well a claim is sourced: LinkedIn's own published rule, observed on the page (or in
 * LinkedIn's own alerts), a community estimate that LinkedIn does not confirm, LockLens's own
 * guideline (a number LockLens chose, not LinkedIn's), or a common belief LinkedIn's help
 * contradicts (kept only to say so: never a cause). lib/claims.ts gives each claim its level.
 */
export const SOURCE_LEVELS = ['official', 'observed', 'community', 'lockLens-guideline', 'contradicted'] as const;
export type SourceLevel = (typeof SOURCE_LEVELS)[number];

/** What a step costs the user: nothing, an InMail credit, or money. Steps are ranked in this order. */
export type StepCost = 'free' | 'credit' | 'paid';

/** A sentence to show, as a message key with its substitutions (ready for translation). */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

export interface Cause {
  id: CauseId;
  /** 0..1: how likely this is the reason, given what the page shows. */
  confidence: number;
  evidence: MessageRef[];
  source: SourceLevel;
  /** Where the claim comes from (a LinkedIn Help answer, the sites reporting it), when it can be named. */
  basis?: MessageRef;
}

export interface NextStep {
  id: StepId;
  why: MessageRef;
  cost: StepCost;
  /** How well what `why` states is sourced: the level of the claim the step's rule rests on. */
  source: SourceLevel;
}

export type Messaging = 'free' | 'locked' | 'unknown';

export interface Verdict {
  messaging: Messaging;
  /** Most likely first. */
  causes: Cause[];
  /** Cheapest legitimate route first: free, then credit-spending, then paying. Never empty. */
  nextSteps: NextStep[];
}
