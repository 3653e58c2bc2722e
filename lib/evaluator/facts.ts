/**
 * Facts the rulebook reads: the page's signals and the viewer's context, folded into plain
 * values once, so each rule is one short line. Unknowns stay `null`: a rule that needs a fact
 * the page did not give does not fire.
 */

import { DEFAULT_WARN_AT_PERCENT } from '../pace/limits';
import type { SendKind } from '../pace/types';
import type { ConnectOffer, Degree, ProfileSignals } from '../signals';
import { isNonConnection } from './messaging';
import type { Plan, ViewerContext } from './types';

/** Plans that include InMail credits (free accounts have none: LinkedIn help 1584). */
const INMAIL_PLANS: ReadonlySet<Plan> = new Set([
  'premium-career',
  'premium-business',
  'sales-navigator',
  'recruiter-lite',
  'recruiter',
]);

/**
 * How much a visible free route lowers the chance that messaging costs anything at all: a Premium
 * badge makes Open Profile possible (anyone may message an Open Profile for free, help a554575),
 * a shared group makes a free message request possible (a554575), and an invitation from them is
 * free to accept (then they are a connection). None is certain (Open Profile is the member's
 * choice and shows no mark; the invitation's markup is modelled), so with any of them seen the
 * lock is this likely. A LockLens estimate, not a LinkedIn figure; it keeps every root cause of
 * a lock above every community cause.
 */
export const FREE_ROUTE_DOUBT = 0.65;

/** LinkedIn's cap on 1st-degree connections (help a551012): at it, only Follow is possible. */
export const CONNECTION_CAP = 30_000;

/**
 * Old invitations (sent more than two weeks ago) from which LockLens suggests withdrawing them:
 * LinkedIn names "too many outstanding invitations" as a reason to restrict invitations (help
 * a551012) without a number, so this one is LockLens's own (claim `old-invitations-threshold`).
 */
export const OLD_INVITATIONS_NOTICE = 20;

/**
 * Whether a send leaves a conversation behind, where replying may be the way back (an invitation
 * does not). Typed over every kind the ledger records, so a new kind must be decided here.
 */
const LEAVES_CONVERSATION: Record<SendKind, boolean> = {
  'invite-note': false,
  invite: false,
  message: true,
  inmail: true,
  followup: true,
};

/** Fewer own connections than this counts as a small network: a community estimate, like the cause it feeds. */
export const SMALL_NETWORK = 50;

export interface Facts {
  degree: Degree | null;
  /** 2nd, 3rd or out of network: free messaging is for 1st-degree connections only. */
  nonConnection: boolean;
  pending: boolean;
  /**
   * How likely messaging is locked for the reasons the page shows (1: no free route seen). Every
   * cause that exists only because of the lock scales with it, so they rise and fall together.
   */
  lockLikelihood: number;
  connect: ConnectOffer | null;
  followPrimary: boolean;
  premiumBadge: boolean;
  messageAction: boolean;
  mutualConnections: number;
  activity: boolean | null;
  photo: boolean | null;
  largeNetwork: boolean;
  openToWork: boolean;
  hiring: boolean;
  sharedGroup: boolean;
  /** LinkedIn highlights a company they share with the user (perhaps a past one). */
  sharedCompany: boolean;
  /** They invited the user: Accept is offered in their top card. */
  incomingInvitation: boolean;
  /** The user wrote to them before (a message, follow-up or InMail in the user's own ledger). */
  pastConversation: boolean;
  /** The user's last send to them was an InMail. */
  inmailSentBefore: boolean;
  oldInvitations: number | null;
  /** The user has LinkedIn's maximum of 1st-degree connections. */
  ownAtConnectionCap: boolean;
  plan: Plan;
  hasInmail: boolean;
  credits: number | null;
  invitesUsed: number | null;
  inviteLimit: number | null;
  inviteLimitObserved: boolean;
  /** Share of the weekly invitation limit used, when both are known. */
  inviteShare: number | null;
  notesLeft: number | null;
  noteQuota: number | null;
  paceShare: number | null;
  /** The share of a limit from which LockLens warns (the user's threshold), as in the popup and the composer. */
  warnAt: number;
  messagesToday: number | null;
  pace: number | null;
  nearDuplicates: number;
  profileCompleteness: number | null;
  ownConnections: number | null;
}

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

function share(used: number | null | undefined, limit: number | null | undefined): number | null {
  return known(used) && known(limit) && limit > 0 ? used / limit : null;
}

export function deriveFacts(signals: ProfileSignals, viewer: ViewerContext): Facts {
  const degree = signals.degree.value;
  const pending = signals.pending.value === true;
  const noteQuota = known(viewer.noteQuotaPerMonth) ? viewer.noteQuotaPerMonth : null;
  const notesUsed = known(viewer.notesUsedThisMonth) ? viewer.notesUsedThisMonth : null;
  const premiumBadge = signals.premiumBadge.value === true;
  const sharedGroup = signals.highlights.value?.includes('shared-group') ?? false;
  const sharedCompany = signals.highlights.value?.includes('shared-company') ?? false;
  const incomingInvitation = signals.incomingInvitation.value === true;
  const lastKind = viewer.lastContact?.kind;
  const pastConversation = lastKind !== undefined && LEAVES_CONVERSATION[lastKind] === true;
  // Only routes the page shows for certain lower the lock: the shared-company chip is modelled
  // markup (it may name a past employer), and a conversation the user started may never have
  // been answered (LinkedIn help 75: no second InMail before a reply). Both still add their steps.
  const freeRoute = premiumBadge || sharedGroup || incomingInvitation;
  return {
    degree,
    nonConnection: isNonConnection(degree),
    pending,
    lockLikelihood: freeRoute ? FREE_ROUTE_DOUBT : 1,
    connect: signals.connect.value,
    followPrimary: signals.followPrimary.value === true,
    premiumBadge,
    messageAction: signals.messageAction.value === true,
    mutualConnections: signals.mutualConnections.value ?? 0,
    activity: signals.activity.value,
    photo: signals.photo.value,
    largeNetwork: (signals.connections.value?.count ?? 0) >= 500,
    openToWork: signals.openToWork.value === true,
    hiring: signals.hiring.value === true,
    sharedGroup,
    sharedCompany,
    incomingInvitation,
    pastConversation,
    inmailSentBefore: lastKind === 'inmail',
    oldInvitations: known(viewer.oldInvitations) ? viewer.oldInvitations : null,
    ownAtConnectionCap: known(viewer.ownConnections) && viewer.ownConnections >= CONNECTION_CAP,
    plan: viewer.plan,
    hasInmail: INMAIL_PLANS.has(viewer.plan),
    credits: known(viewer.inmailCredits) ? viewer.inmailCredits : null,
    invitesUsed: known(viewer.invitesLast7Days) ? viewer.invitesLast7Days : null,
    inviteLimit: known(viewer.inviteLimit7Days) ? viewer.inviteLimit7Days : null,
    inviteLimitObserved: viewer.inviteLimitObserved === true,
    inviteShare: share(viewer.invitesLast7Days, viewer.inviteLimit7Days),
    noteQuota,
    notesLeft: noteQuota !== null && notesUsed !== null ? Math.max(0, noteQuota - notesUsed) : null,
    paceShare: share(viewer.messagesToday, viewer.messagePacePerDay),
    warnAt: (known(viewer.warnAtPercent) ? viewer.warnAtPercent : DEFAULT_WARN_AT_PERCENT) / 100,
    messagesToday: known(viewer.messagesToday) ? viewer.messagesToday : null,
    pace: known(viewer.messagePacePerDay) ? viewer.messagePacePerDay : null,
    nearDuplicates: known(viewer.nearDuplicatesThisWeek) ? viewer.nearDuplicatesThisWeek : 0,
    profileCompleteness: known(viewer.profileCompleteness) ? viewer.profileCompleteness : null,
    ownConnections: known(viewer.ownConnections) ? viewer.ownConnections : null,
  };
}

/** Can the user invite right now without passing the weekly limit in force? */
export function invitesAtLimit(f: Facts): boolean {
  return f.inviteShare !== null && f.inviteShare >= 1;
}

/** Connect is offered and the user may use it (not pending, not invited by them, under both caps). */
export function canConnect(f: Facts): boolean {
  return (
    !f.pending &&
    !f.incomingInvitation &&
    !f.ownAtConnectionCap &&
    (f.connect === 'primary' || f.connect === 'more-menu') &&
    !invitesAtLimit(f)
  );
}

export function manyOldInvitations(f: Facts): boolean {
  return f.oldInvitations !== null && f.oldInvitations >= OLD_INVITATIONS_NOTICE;
}

export function notesExhausted(f: Facts): boolean {
  return f.notesLeft !== null && f.notesLeft <= 0;
}

/** InMail is possible: a plan with credits, and not known to have none left. */
export function canInmail(f: Facts): boolean {
  return f.hasInmail && f.credits !== 0;
}
