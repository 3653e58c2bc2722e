/**
 * Facts the rulebook reads: the page's signals and the viewer's context, folded into plain
 * values once, so each rule is one short line. Unknowns stay `null`: a rule that needs a fact
 * the page did not give does not fire.
 */
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

/** Share of a limit at which LockLens starts warning. */
export const WARN_AT = 0.8;

/**
 * How much a visible free route lowers the chance that messaging costs anything at all: a Premium
 * badge makes Open Profile possible (anyone may message an Open Profile for free, help a554575),
 * a shared group makes a free message request possible (a554575). Neither is certain (Open Profile
 * is the member's choice and shows no mark; the group route is LinkedIn's to allow), so with any
 * of them seen the lock is this likely. A LockLens estimate, not a LinkedIn figure; it keeps every
 * root cause of a lock above every community cause.
 */
export const FREE_ROUTE_DOUBT = 0.65;

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
  return {
    degree,
    nonConnection: isNonConnection(degree),
    pending,
    lockLikelihood: premiumBadge || sharedGroup ? FREE_ROUTE_DOUBT : 1,
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

export function canConnect(f: Facts): boolean {
  return !f.pending && (f.connect === 'primary' || f.connect === 'more-menu') && !invitesAtLimit(f);
}

export function notesExhausted(f: Facts): boolean {
  return f.notesLeft !== null && f.notesLeft <= 0;
}

/** InMail is possible: a plan with credits, and not known to have none left. */
export function canInmail(f: Facts): boolean {
  return f.hasInmail && f.credits !== 0;
}
