/**
 * LockLens's rulebook: why messaging may be locked, and what the user can do about it.
 * The evaluator walks these two lists; it holds no rule of its own.
 *
 * Sources (../shared/research/linkedin.md): free messages go to 1st-degree connections only,
 * non-connections need InMail, Open Profile or a shared group (LinkedIn help a554575, 1584);
 * InMail needs a paid plan and credits (help 75, 57013); members can refuse InMail (1584);
 * free accounts get 5 invitation notes a month (a550555); the weekly invitation limit exists
 * but its number is not published (a550555): the figure is a community estimate unless
 * LinkedIn's own alert calibrated it. Claims LinkedIn does not confirm (a recipient's monthly
 * receive cap, "too few connections", an incomplete profile) stay `community` with low
 * confidence: they are shown as possibilities, never as facts.
 *
 * Ranking: the root causes of a lock (pending, not connected, out of network) always come before
 * the causes that follow from it (InMail needs a paid plan, no credits left, Follow-first). Both
 * kinds are scaled by the same `lockLikelihood` (a visible free route lowers them together), and
 * every root's base confidence is above every follower's (ROOT_FLOOR > FOLLOWER_CEILING). A
 * `community` cause stays below 0.5 (test/evaluator/ranking.test.ts checks both).
 */
import { canConnect, canInmail, type Facts, invitesAtLimit, notesExhausted, SMALL_NETWORK, WARN_AT } from './facts';
import type { CauseId, MessageRef, SourceLevel, StepCost, StepId } from './types';

export interface CauseRule {
  id: CauseId;
  /** A root cause of a lock, or one that follows from it: both scale with `lockLikelihood`. */
  lock?: 'root' | 'follower';
  source: SourceLevel | ((f: Facts) => SourceLevel);
  /** Confidence when the rule applies, or null when it does not. */
  when: (f: Facts) => number | null;
  evidence: (f: Facts) => MessageRef[];
}

export interface StepRule {
  id: StepId;
  cost: StepCost;
  when: (f: Facts) => boolean;
  why: (f: Facts) => MessageRef;
}

const m = (key: string, params?: MessageRef['params']): MessageRef => (params ? { key, params } : { key });
const degreeEvidence = (f: Facts) => m('evidence.degree', { degree: f.degree ?? 'unknown' });
const locked = (f: Facts) => f.nonConnection || f.pending;
const planEvidence = (f: Facts) => m('evidence.plan', { plan: f.plan });
/** A cause that holds only if messaging is locked: its base confidence, as likely as the lock. */
const ifLocked = (f: Facts, base: number) => base * f.lockLikelihood;
/** Every root cause's base confidence is at least this; every follower's at most FOLLOWER_CEILING. */
export const ROOT_FLOOR = 0.8;
export const FOLLOWER_CEILING = 0.75;

export const CAUSE_RULES: readonly CauseRule[] = [
  {
    id: 'own-profile',
    source: 'observed',
    when: (f) => (f.degree === 'self' ? 1 : null),
    evidence: () => [m('evidence.self')],
  },
  {
    id: 'page-unclear',
    source: 'observed',
    when: (f) => (f.degree === null && !f.pending ? 0.5 : null),
    evidence: () => [m('evidence.degree-unread')],
  },
  {
    id: 'invitation-pending',
    lock: 'root',
    source: 'observed',
    when: (f) => (f.pending ? ifLocked(f, 0.95) : null),
    evidence: () => [m('evidence.pending')],
  },
  {
    id: 'not-connected',
    lock: 'root',
    source: 'official',
    // A Premium badge (Open Profile possible) or a shared group lowers it: see FREE_ROUTE_DOUBT.
    when: (f) => (f.nonConnection && !f.pending ? ifLocked(f, 0.9) : null),
    evidence: (f) => [
      degreeEvidence(f),
      m(f.premiumBadge ? 'evidence.premium-badge' : 'evidence.no-open-profile-sign'),
      ...(f.openToWork ? [m('evidence.open-to-work')] : []),
      ...(f.hiring ? [m('evidence.hiring')] : []),
    ],
  },
  {
    id: 'out-of-network',
    lock: 'root',
    source: 'observed',
    when: (f) => (f.degree === 'out-of-network' ? ifLocked(f, ROOT_FLOOR) : null),
    evidence: (f) => [degreeEvidence(f), m(f.connect === 'none' ? 'evidence.no-connect' : 'evidence.connect-offered')],
  },
  {
    id: 'follow-only-profile',
    lock: 'follower',
    source: 'official',
    when: (f) => (f.followPrimary && f.nonConnection && !f.pending ? ifLocked(f, 0.7) : null),
    evidence: (f) => [
      m('evidence.follow-primary'),
      m(f.connect === 'more-menu' ? 'evidence.connect-in-more' : 'evidence.no-connect'),
    ],
  },
  {
    id: 'needs-premium-for-inmail',
    lock: 'follower',
    source: 'official',
    when: (f) => (locked(f) && !f.hasInmail ? ifLocked(f, FOLLOWER_CEILING) : null),
    evidence: (f) => [planEvidence(f), degreeEvidence(f)],
  },
  {
    id: 'inmail-credits-exhausted',
    lock: 'follower',
    source: 'official',
    when: (f) => (locked(f) && f.hasInmail && f.credits === 0 ? ifLocked(f, FOLLOWER_CEILING) : null),
    evidence: (f) => [planEvidence(f), m('evidence.credits', { credits: 0 })],
  },
  {
    id: 'recipient-may-block-inmail',
    lock: 'follower',
    source: 'official',
    // The rule is LinkedIn's; whether this member uses it cannot be seen on the page.
    when: (f) => (locked(f) ? ifLocked(f, 0.2) : null),
    // Receptiveness hints from the seed articles: community folklore, shown as hints only.
    evidence: (f) => [
      m('evidence.setting-not-visible'),
      ...(f.photo === false ? [m('evidence.no-photo-hint')] : []),
      ...(f.largeNetwork ? [m('evidence.large-network-hint')] : []),
      ...(f.activity === true ? [m('evidence.active-poster-hint')] : []),
    ],
  },
  {
    id: 'invite-limit-near',
    source: (f) => (f.inviteLimitObserved ? 'observed' : 'community'),
    when: (f) => {
      if (f.inviteShare === null || f.inviteShare < WARN_AT) return null;
      const estimate = f.inviteLimitObserved ? 1 : 0.5;
      return (invitesAtLimit(f) ? 0.9 : 0.6) * estimate;
    },
    evidence: (f) => [m('evidence.invites-used', { used: f.invitesUsed ?? 0, limit: f.inviteLimit ?? 0 })],
  },
  {
    id: 'note-quota-used',
    source: 'official',
    when: (f) => (notesExhausted(f) && !f.pending && f.degree !== '1st' ? 0.8 : null),
    evidence: (f) => [m('evidence.notes-used', { quota: f.noteQuota ?? 0 })],
  },
  {
    id: 'sending-pace-high',
    source: 'community',
    when: (f) => (f.paceShare !== null && f.paceShare >= WARN_AT ? 0.4 : null),
    evidence: (f) => [m('evidence.messages-today', { sent: f.messagesToday ?? 0, pace: f.pace ?? 0 })],
  },
  {
    id: 'repeated-text',
    source: 'community',
    when: (f) => (f.nearDuplicates >= 3 ? 0.4 : null),
    evidence: (f) => [m('evidence.near-duplicates', { count: f.nearDuplicates })],
  },
  {
    id: 'sender-profile-incomplete',
    source: 'community',
    when: (f) => (f.profileCompleteness !== null && f.profileCompleteness < 0.7 && f.degree !== 'self' ? 0.2 : null),
    evidence: (f) => [m('evidence.profile-completeness', { percent: Math.round((f.profileCompleteness ?? 0) * 100) })],
  },
  {
    id: 'sender-network-small',
    source: 'community',
    when: (f) => (f.ownConnections !== null && f.ownConnections < SMALL_NETWORK && locked(f) ? 0.15 : null),
    evidence: (f) => [m('evidence.own-connections', { count: f.ownConnections ?? 0 })],
  },
  {
    id: 'recipient-message-cap',
    source: 'community',
    when: (f) => (f.nonConnection && !f.pending ? 0.1 : null),
    evidence: () => [m('evidence.unconfirmed-claim')],
  },
  {
    id: 'recipient-requires-premium-sender',
    source: 'community',
    when: (f) => (f.nonConnection && f.premiumBadge && f.plan === 'free' ? 0.1 : null),
    evidence: () => [m('evidence.premium-badge'), m('evidence.unconfirmed-claim')],
  },
];

/** Ranked within each cost: the order here is the order shown. */
export const STEP_RULES: readonly StepRule[] = [
  {
    id: 'message-now',
    cost: 'free',
    when: (f) => f.degree === '1st',
    why: () => m('step.message-now.why'),
  },
  {
    id: 'slow-down',
    cost: 'free',
    when: (f) =>
      (f.inviteShare !== null && f.inviteShare >= WARN_AT) ||
      (f.paceShare !== null && f.paceShare >= WARN_AT) ||
      f.nearDuplicates >= 3,
    why: () => m('step.slow-down.why'),
  },
  {
    id: 'try-message-open-profile',
    cost: 'free',
    when: (f) => f.nonConnection && !f.pending && f.premiumBadge && f.messageAction,
    why: () => m('step.try-message-open-profile.why'),
  },
  {
    id: 'message-via-shared-group',
    cost: 'free',
    when: (f) => f.nonConnection && f.sharedGroup,
    why: () => m('step.message-via-shared-group.why'),
  },
  {
    id: 'wait-for-acceptance',
    cost: 'free',
    when: (f) => f.pending,
    why: () => m('step.wait-for-acceptance.why'),
  },
  {
    id: 'connect-with-note',
    cost: 'free',
    when: (f) => f.nonConnection && f.connect === 'primary' && canConnect(f) && !notesExhausted(f),
    why: (f) =>
      f.notesLeft === null
        ? m('step.connect-with-note.why-unlimited')
        : m('step.connect-with-note.why', { left: f.notesLeft }),
  },
  {
    id: 'connect-from-more-menu',
    cost: 'free',
    when: (f) => f.nonConnection && f.connect === 'more-menu' && canConnect(f),
    why: (f) => m(notesExhausted(f) ? 'step.connect-from-more-menu.why-no-note' : 'step.connect-from-more-menu.why'),
  },
  {
    id: 'connect-without-note',
    cost: 'free',
    when: (f) => f.nonConnection && f.connect === 'primary' && canConnect(f),
    why: (f) => m(notesExhausted(f) ? 'step.connect-without-note.why-quota' : 'step.connect-without-note.why'),
  },
  {
    id: 'engage-with-posts',
    cost: 'free',
    when: (f) => locked(f) && (f.activity === true || f.followPrimary),
    why: () => m('step.engage-with-posts.why'),
  },
  {
    id: 'ask-mutual-for-intro',
    cost: 'free',
    when: (f) => locked(f) && f.mutualConnections > 0,
    why: (f) => m('step.ask-mutual-for-intro.why', { count: f.mutualConnections }),
  },
  {
    id: 'complete-your-profile',
    cost: 'free',
    when: (f) => f.degree === 'self' || (f.profileCompleteness !== null && f.profileCompleteness < 0.7),
    why: (f) => m(f.degree === 'self' ? 'step.complete-your-profile.why-self' : 'step.complete-your-profile.why'),
  },
  {
    id: 'send-inmail',
    cost: 'credit',
    when: (f) => locked(f) && canInmail(f),
    why: (f) =>
      f.credits === null ? m('step.send-inmail.why-unknown') : m('step.send-inmail.why', { credits: f.credits }),
  },
  {
    id: 'upgrade',
    cost: 'paid',
    when: (f) => locked(f) && !f.hasInmail,
    why: () => m('step.upgrade.why'),
  },
  {
    id: 'save-for-later',
    cost: 'free',
    when: (f) => f.degree !== 'self' && f.degree !== '1st',
    why: (f) => m(f.pending ? 'step.save-for-later.why-pending' : 'step.save-for-later.why'),
  },
];
