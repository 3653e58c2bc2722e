/**
 * LockLens's rulebook: why messaging may be locked, and what the user can do about it.
 * The evaluator walks these two lists; it holds no rule of its own.
 *
 * Every rule names the claim it rests on (claims.ts): the claim's level is the source the verdict
 * shows, and its LinkedIn Help answers or other sources are the hint's source line. Claims
 * LinkedIn does not confirm (a recipient's monthly receive cap, "too few connections", an
 * incomplete profile) stay `community` with low confidence: possibilities, never facts. A belief
 * LinkedIn's help contradicts (Premium members reachable only from a paid account) is no cause at
 * all: the Open Profile step says the opposite, with LinkedIn's help behind it.
 *
 * Ranking: the root causes of a lock (pending, not connected, out of network) always come before
 * the causes that follow from it (InMail needs a paid plan, no credits left, Follow-first). Both
 * kinds are scaled by the same `lockLikelihood` (a visible free route lowers them together), and
 * every root's base confidence is above every follower's (ROOT_FLOOR > FOLLOWER_CEILING). A
 * `community` cause stays below 0.5 (test/evaluator/ranking.test.ts checks both).
 */
import type { ClaimId } from './claims';
import {
  canConnect,
  canInmail,
  type Facts,
  invitesAtLimit,
  manyOldInvitations,
  notesExhausted,
  SMALL_NETWORK,
} from './facts';
import type { CauseId, MessageRef, StepCost, StepId } from './types';

/** The claim a rule rests on, fixed or chosen by the facts (an estimate, or the figure LinkedIn's alert gave). */
export type ClaimOf = ClaimId | ((f: Facts) => ClaimId);

export interface CauseRule {
  id: CauseId;
  /** A root cause of a lock, or one that follows from it: both scale with `lockLikelihood`. */
  lock?: 'root' | 'follower';
  /** What the cause states rests on this claim: its level is the cause's source. */
  claim: ClaimOf;
  /** Confidence when the rule applies, or null when it does not. */
  when: (f: Facts) => number | null;
  evidence: (f: Facts) => MessageRef[];
}

export interface StepRule {
  id: StepId;
  cost: StepCost;
  /** What the step's explanation states rests on this claim. */
  claim: ClaimOf;
  when: (f: Facts) => boolean;
  why: (f: Facts) => MessageRef;
}

export function claimOf(rule: { claim: ClaimOf }, f: Facts): ClaimId {
  return typeof rule.claim === 'function' ? rule.claim(f) : rule.claim;
}

const m = (key: string, params?: MessageRef['params']): MessageRef => (params ? { key, params } : { key });
const degreeEvidence = (f: Facts) => m('evidence.degree', { degree: f.degree ?? 'unknown' });
const locked = (f: Facts) => f.nonConnection || f.pending;
const planEvidence = (f: Facts) => m('evidence.plan', { plan: f.plan });
/**
 * The free routes the page (or the user's own record) shows, as evidence beside the lock's causes;
 * only some of them lower the lock (facts' `lockLikelihood`).
 */
const routeEvidence = (f: Facts): MessageRef[] => [
  ...(f.incomingInvitation ? [m('evidence.incoming-invitation')] : []),
  ...(f.pastConversation ? [m('evidence.past-contact')] : []),
  ...(f.sharedGroup ? [m('evidence.shared-group')] : []),
  ...(f.sharedCompany ? [m('evidence.shared-company')] : []),
];
const invitesNear = (f: Facts) => f.inviteShare !== null && f.inviteShare >= f.warnAt;
/** A cause that holds only if messaging is locked: its base confidence, as likely as the lock. */
const ifLocked = (f: Facts, base: number) => base * f.lockLikelihood;
/** Every root cause's base confidence is at least this; every follower's at most FOLLOWER_CEILING. */
export const ROOT_FLOOR = 0.8;
export const FOLLOWER_CEILING = 0.75;
/** The confidence of a claim with no source at all: below every other cause's. */
export const UNVERIFIED = 0.05;

export const CAUSE_RULES: readonly CauseRule[] = [
  {
    id: 'own-profile',
    claim: 'own-profile-seen',
    when: (f) => (f.degree === 'self' ? 1 : null),
    evidence: () => [m('evidence.self')],
  },
  {
    id: 'page-unclear',
    claim: 'degree-unread',
    when: (f) => (f.degree === null && !f.pending ? 0.5 : null),
    evidence: () => [m('evidence.degree-unread')],
  },
  {
    id: 'invitation-pending',
    lock: 'root',
    claim: 'invitation-pending-seen',
    when: (f) => (f.pending ? ifLocked(f, 0.95) : null),
    evidence: () => [m('evidence.pending')],
  },
  {
    id: 'not-connected',
    lock: 'root',
    claim: 'free-messages-to-connections',
    // Any free route seen (Open Profile possible, a shared group or company, their invitation, a
    // past conversation) lowers it: see FREE_ROUTE_DOUBT.
    when: (f) => (f.nonConnection && !f.pending ? ifLocked(f, 0.9) : null),
    evidence: (f) => [
      degreeEvidence(f),
      m(f.premiumBadge ? 'evidence.premium-badge' : 'evidence.no-open-profile-sign'),
      ...routeEvidence(f),
      ...(f.openToWork ? [m('evidence.open-to-work')] : []),
      ...(f.hiring ? [m('evidence.hiring')] : []),
    ],
  },
  {
    id: 'out-of-network',
    lock: 'root',
    claim: 'out-of-network-seen',
    when: (f) => (f.degree === 'out-of-network' ? ifLocked(f, ROOT_FLOOR) : null),
    evidence: (f) => [degreeEvidence(f), m(f.connect === 'none' ? 'evidence.no-connect' : 'evidence.connect-offered')],
  },
  {
    id: 'follow-only-profile',
    lock: 'follower',
    claim: 'follow-primary-setting',
    when: (f) => (f.followPrimary && f.nonConnection && !f.pending ? ifLocked(f, 0.7) : null),
    evidence: (f) => [
      m('evidence.follow-primary'),
      // No Connect at all: their setting, or one of the two is at LinkedIn's connection cap.
      m(f.connect === 'more-menu' ? 'evidence.connect-in-more' : 'evidence.no-connect-cap'),
    ],
  },
  {
    id: 'connection-cap-reached',
    claim: 'connection-cap',
    // Not a reason for the lock but for Connect's absence: certain from the user's own count.
    when: (f) => (f.ownAtConnectionCap && f.nonConnection && !f.pending ? 0.8 : null),
    evidence: (f) => [m('evidence.own-connections', { count: f.ownConnections ?? 0 })],
  },
  {
    id: 'needs-premium-for-inmail',
    lock: 'follower',
    claim: 'inmail-needs-premium',
    when: (f) => (locked(f) && !f.hasInmail ? ifLocked(f, FOLLOWER_CEILING) : null),
    evidence: (f) => [planEvidence(f), degreeEvidence(f)],
  },
  {
    id: 'inmail-credits-exhausted',
    lock: 'follower',
    claim: 'inmail-credit-returns',
    when: (f) => (locked(f) && f.hasInmail && f.credits === 0 ? ifLocked(f, FOLLOWER_CEILING) : null),
    evidence: (f) => [planEvidence(f), m('evidence.credits', { credits: 0 })],
  },
  {
    id: 'recipient-may-block-inmail',
    lock: 'follower',
    claim: 'members-can-refuse-inmail',
    // The rule is LinkedIn's; whether this member uses it cannot be seen on the page.
    when: (f) => (locked(f) ? ifLocked(f, 0.2) : null),
    // Receptiveness hints from "message locked" articles (docs/sources.md): community claims, shown as hints only.
    evidence: (f) => [
      m('evidence.setting-not-visible'),
      ...(f.photo === false ? [m('evidence.no-photo-hint')] : []),
      ...(f.largeNetwork ? [m('evidence.large-network-hint')] : []),
      ...(f.activity === true ? [m('evidence.active-poster-hint')] : []),
    ],
  },
  {
    id: 'invite-limit-near',
    claim: (f) => (f.inviteLimitObserved ? 'weekly-invite-calibrated' : 'weekly-invite-estimate'),
    when: (f) => {
      if (!invitesNear(f)) return null;
      const estimate = f.inviteLimitObserved ? 1 : 0.5;
      return (invitesAtLimit(f) ? 0.9 : 0.6) * estimate;
    },
    evidence: (f) => [m('evidence.invites-used', { used: f.invitesUsed ?? 0, limit: f.inviteLimit ?? 0 })],
  },
  {
    id: 'invitations-outstanding',
    claim: 'invitation-restriction-causes',
    // LinkedIn names too many outstanding invitations as a reason to restrict; which of the old
    // ones are still pending, LockLens cannot tell: a possibility, worded as such.
    when: (f) => (manyOldInvitations(f) ? 0.3 : null),
    evidence: (f) => [m('evidence.old-invitations', { count: f.oldInvitations ?? 0 })],
  },
  {
    id: 'note-quota-used',
    claim: 'notes-per-month',
    when: (f) => (notesExhausted(f) && !f.pending && f.degree !== '1st' ? 0.8 : null),
    evidence: (f) => [m('evidence.notes-used', { quota: f.noteQuota ?? 0 })],
  },
  {
    id: 'sending-pace-high',
    // The pace is LockLens's guideline; that a limit exists at all is LinkedIn's (the evidence says so).
    claim: 'message-pace',
    when: (f) => (f.paceShare !== null && f.paceShare >= f.warnAt ? 0.4 : null),
    evidence: (f) => [
      m('evidence.messages-today', { sent: f.messagesToday ?? 0, pace: f.pace ?? 0 }),
      m('evidence.message-limit-exists'),
    ],
  },
  {
    id: 'repeated-text',
    claim: 'repeated-text',
    when: (f) => (f.nearDuplicates >= 3 ? 0.4 : null),
    evidence: (f) => [m('evidence.near-duplicates', { count: f.nearDuplicates })],
  },
  {
    id: 'sender-profile-incomplete',
    claim: 'sender-profile-incomplete',
    when: (f) => (f.profileCompleteness !== null && f.profileCompleteness < 0.7 && f.degree !== 'self' ? 0.2 : null),
    evidence: (f) => [m('evidence.profile-completeness', { percent: Math.round((f.profileCompleteness ?? 0) * 100) })],
  },
  {
    id: 'sender-network-small',
    claim: 'sender-network-small',
    when: (f) => (f.ownConnections !== null && f.ownConnections < SMALL_NETWORK && locked(f) ? 0.15 : null),
    evidence: (f) => [m('evidence.own-connections', { count: f.ownConnections ?? 0 })],
  },
  {
    id: 'recipient-message-cap',
    claim: 'recipient-message-cap',
    // Unverified (no source at all for its figures): the lowest confidence of any cause.
    when: (f) => (f.nonConnection && !f.pending ? UNVERIFIED : null),
    evidence: () => [m('evidence.unconfirmed-claim')],
  },
];

/** Ranked within each cost: the order here is the order shown. */
export const STEP_RULES: readonly StepRule[] = [
  {
    id: 'message-now',
    cost: 'free',
    claim: 'free-messages-to-connections',
    when: (f) => f.degree === '1st',
    why: () => m('step.message-now.why'),
  },
  {
    id: 'accept-invitation',
    cost: 'free',
    claim: 'incoming-invitation',
    when: (f) => f.incomingInvitation && f.nonConnection,
    why: () => m('step.accept-invitation.why'),
  },
  {
    id: 'reply-in-conversation',
    cost: 'free',
    claim: 'past-contact',
    when: (f) => f.pastConversation && locked(f),
    why: () => m('step.reply-in-conversation.why'),
  },
  {
    id: 'slow-down',
    cost: 'free',
    // Near the invitation limit, LinkedIn's own rules apply; else it is LockLens's message pace.
    claim: (f) => (invitesNear(f) ? 'invite-limit-rules' : 'message-pace'),
    when: (f) => invitesNear(f) || (f.paceShare !== null && f.paceShare >= f.warnAt) || f.nearDuplicates >= 3,
    why: (f) => m(invitesNear(f) ? 'step.slow-down.why-invites' : 'step.slow-down.why'),
  },
  {
    id: 'withdraw-old-invitations',
    cost: 'free',
    claim: 'invitation-restriction-causes',
    when: manyOldInvitations,
    why: () => m('step.withdraw-old-invitations.why'),
  },
  {
    id: 'try-message-open-profile',
    cost: 'free',
    claim: 'open-profile-limited',
    when: (f) => f.nonConnection && !f.pending && f.premiumBadge && f.messageAction,
    why: () => m('step.try-message-open-profile.why'),
  },
  {
    id: 'message-via-shared-group',
    cost: 'free',
    claim: 'message-request-shared-group',
    when: (f) => f.nonConnection && f.sharedGroup,
    why: () => m('step.message-via-shared-group.why'),
  },
  {
    id: 'message-request-coworker',
    cost: 'free',
    claim: 'message-request-coworker',
    when: (f) => f.nonConnection && f.sharedCompany,
    why: () => m('step.message-request-coworker.why'),
  },
  {
    id: 'wait-for-acceptance',
    cost: 'free',
    claim: 'withdrawn-wait',
    when: (f) => f.pending,
    why: () => m('step.wait-for-acceptance.why'),
  },
  {
    id: 'connect-with-note',
    cost: 'free',
    claim: 'notes-per-month',
    when: (f) => f.nonConnection && f.connect === 'primary' && canConnect(f) && !notesExhausted(f),
    why: (f) =>
      f.notesLeft === null
        ? m('step.connect-with-note.why-unlimited')
        : m('step.connect-with-note.why', { left: f.notesLeft }),
  },
  {
    id: 'connect-from-more-menu',
    cost: 'free',
    claim: (f) => (notesExhausted(f) ? 'note-quota-blocks-only-note' : 'connect-in-more-seen'),
    when: (f) => f.nonConnection && f.connect === 'more-menu' && canConnect(f),
    why: (f) => m(notesExhausted(f) ? 'step.connect-from-more-menu.why-no-note' : 'step.connect-from-more-menu.why'),
  },
  {
    id: 'connect-without-note',
    cost: 'free',
    claim: 'note-quota-blocks-only-note',
    when: (f) => f.nonConnection && f.connect === 'primary' && canConnect(f),
    why: (f) => m(notesExhausted(f) ? 'step.connect-without-note.why-quota' : 'step.connect-without-note.why'),
  },
  {
    id: 'engage-with-posts',
    cost: 'free',
    claim: 'engage-first',
    when: (f) => locked(f) && (f.activity === true || f.followPrimary),
    why: () => m('step.engage-with-posts.why'),
  },
  {
    id: 'mention-in-post',
    cost: 'free',
    claim: 'mention-in-post',
    // Only where they are active: a mention notifies them, and is welcome only where it concerns them.
    when: (f) => locked(f) && f.activity === true,
    why: () => m('step.mention-in-post.why'),
  },
  {
    id: 'ask-mutual-for-intro',
    cost: 'free',
    claim: 'mutual-introduction',
    when: (f) => locked(f) && f.mutualConnections > 0,
    why: (f) => m('step.ask-mutual-for-intro.why', { count: f.mutualConnections }),
  },
  {
    id: 'complete-your-profile',
    cost: 'free',
    claim: 'sender-profile-incomplete',
    when: (f) => f.degree === 'self' || (f.profileCompleteness !== null && f.profileCompleteness < 0.7),
    why: (f) => m(f.degree === 'self' ? 'step.complete-your-profile.why-self' : 'step.complete-your-profile.why'),
  },
  {
    id: 'send-inmail',
    cost: 'credit',
    claim: (f) => (f.inmailSentBefore ? 'second-inmail-before-reply' : 'inmail-credit-returns'),
    when: (f) => locked(f) && canInmail(f),
    why: (f) => {
      if (f.inmailSentBefore) return m('step.send-inmail.why-again');
      return f.credits === null ? m('step.send-inmail.why-unknown') : m('step.send-inmail.why', { credits: f.credits });
    },
  },
  {
    id: 'upgrade',
    cost: 'paid',
    claim: 'inmail-needs-premium',
    when: (f) => locked(f) && !f.hasInmail,
    why: () => m('step.upgrade.why'),
  },
  {
    id: 'save-for-later',
    cost: 'free',
    claim: 'save-for-later',
    when: (f) => f.degree !== 'self' && f.degree !== '1st',
    why: (f) => m(f.pending ? 'step.save-for-later.why-pending' : 'step.save-for-later.why'),
  },
];
