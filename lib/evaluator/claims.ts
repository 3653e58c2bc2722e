/**
 * Every factual claim LockLens makes to the user, as data: its source level, what it rests on,
 * when that was checked (CLAIMS), and the message keys that state it (CLAIM_RECORDS). Rules
 * (rulebook.ts), limits (lib/pace/limits.ts) and the composer's length checks name a claim here;
 * the level they show comes from it, and the hint and the options page show its source
 * (`basisOf`). test/claims.test.ts checks the table against the rules, the limits and the texts.
 *
 * `help` lists LinkedIn Help answer ids (linkedin.com/help/linkedin/answer/<id>). Claims checked
 * against the help centre in 2026-12 carry 2026-12-07; the others carry the date of the newest
 * source found for them, and their record's note says what that source is.
 */
import type { MessageRef, SourceLevel } from './types';

/** Where a claim comes from: what the extension shows. */
export interface ClaimSource {
  level: SourceLevel;
  /** LinkedIn Help answer ids that state the claim (or, for a `contradicted` one, contradict it). */
  help?: string;
  /** Other public sources, named so that anyone can look them up. */
  web?: string;
  /** When the source was checked, `YYYY-MM-DD` or `YYYY-MM`. */
  checked: string;
}

/** What a claim is stated by, and what else it rests on: for people and the tests. */
export interface ClaimRecord {
  /** The message keys (lib/messages/en.ts) that state it; a key may state more than one claim. */
  keys: readonly string[];
  /** Where it was seen, why LockLens chose a number, or that no source was found. */
  note?: string;
}

const CHECKED = '2026-12-07';
const SEEDS = 'a “message locked” article, no source of its own';

export const CLAIMS = {
  'free-messages-to-connections': { level: 'official', help: 'a554575, 1584', checked: CHECKED },
  'message-request-shared-group': { level: 'official', help: 'a554575', checked: CHECKED },
  'message-request-coworker': { level: 'official', help: 'a554575', checked: CHECKED },
  'open-profile-free': { level: 'official', help: 'a554575, 140, a1451572', checked: CHECKED },
  'open-profile-limited': { level: 'official', help: 'a1451572, a554575', checked: CHECKED },
  'premium-needs-paid-sender': { level: 'contradicted', help: 'a554575, 140, a1451572', checked: CHECKED },
  'inmail-needs-premium': { level: 'official', help: '1584', checked: CHECKED },
  'inmail-credit-returns': { level: 'official', help: '75, 57013', checked: CHECKED },
  'second-inmail-before-reply': { level: 'official', help: '75, 1584, a554514', checked: CHECKED },
  'inmail-credits-per-plan': { level: 'official', help: '75, 57013, 1584', checked: CHECKED },
  'inmail-credits-roll-over': { level: 'official', help: '75, 57013, 1584', checked: CHECKED },
  'members-can-refuse-inmail': { level: 'official', help: '1584, a554575', checked: CHECKED },
  // LinkedIn's own help article, read through a copy of it: no answer id was found for it.
  'follow-primary-setting': {
    level: 'official',
    help: '“Make follow primary” (read in a copy on ktts.us; its answer id is not known)',
    checked: '2026-09',
  },
  'connection-cap': { level: 'official', help: 'a551012', checked: CHECKED },
  'incoming-invitation': { level: 'official', help: 'a554575', checked: CHECKED },
  'reply-before-accepting': {
    level: 'community',
    web: 'github.com/stickerdaniel/linkedin-mcp-server issue 613',
    checked: '2026-07-27',
  },
  'past-contact': { level: 'observed', checked: CHECKED },
  'invitation-pending-seen': { level: 'observed', checked: '2026-03' },
  'withdrawn-wait': { level: 'official', help: 'a551012', checked: CHECKED },
  // Read from the page, but from markup modelled in 2026-11 (no such profile was seen).
  'out-of-network-seen': { level: 'observed', checked: '2026-11' },
  'own-profile-seen': { level: 'observed', checked: '2026-09' },
  'degree-unread': { level: 'observed', checked: CHECKED },
  'connect-in-more-seen': { level: 'observed', checked: '2026-03' },
  'weekly-invite-estimate': { level: 'community', web: 'theumg.io, theyardstickagency.co.uk', checked: CHECKED },
  'weekly-invite-calibrated': { level: 'observed', checked: CHECKED },
  'invite-limit-rules': { level: 'official', help: 'a550555', checked: CHECKED },
  'invitation-restriction-causes': { level: 'official', help: 'a551012', checked: CHECKED },
  'old-invitations-threshold': { level: 'lockLens-guideline', checked: CHECKED },
  'notes-per-month': { level: 'official', help: 'a550555', checked: CHECKED },
  'note-quota-blocks-only-note': { level: 'official', help: 'a551012', checked: CHECKED },
  'note-length': {
    level: 'observed',
    web: 'github.com/career-ops-hq/career-ops pull request 2951',
    checked: '2026-08-16',
  },
  'inmail-length': { level: 'official', help: 'a554514', checked: CHECKED },
  'message-length': { level: 'community', checked: CHECKED },
  'message-limit-exists': { level: 'official', help: 'a554575', checked: CHECKED },
  'message-pace': { level: 'lockLens-guideline', checked: CHECKED },
  'spam-folder': { level: 'official', help: 'a1341705', checked: CHECKED },
  'repeated-text': { level: 'community', checked: CHECKED },
  'recipient-message-cap': { level: 'community', checked: CHECKED },
  'sender-profile-incomplete': { level: 'community', checked: CHECKED },
  'sender-network-small': { level: 'community', checked: CHECKED },
  'receptiveness-hints': { level: 'community', checked: CHECKED },
  'engage-first': { level: 'community', checked: CHECKED },
  'mention-in-post': { level: 'community', checked: CHECKED },
  'mutual-introduction': { level: 'community', checked: CHECKED },
  'save-for-later': { level: 'lockLens-guideline', checked: CHECKED },
} as const satisfies Record<string, ClaimSource>;

export type ClaimId = keyof typeof CLAIMS;

/**
 * The keys and notes of every claim, apart from CLAIMS because nothing in the extension reads
 * them: its bundles leave this table out (~1 kB of the background's gzip budget, 2026-12), the
 * tests and people read it here.
 */
export const CLAIM_RECORDS: Record<ClaimId, ClaimRecord> = {
  'free-messages-to-connections': {
    keys: ['cause.not-connected', 'cause.invitation-pending', 'step.message-now.why', 'saved.now-connected'],
  },
  'message-request-shared-group': {
    keys: ['cause.not-connected', 'step.message-via-shared-group.why', 'evidence.shared-group'],
  },
  'message-request-coworker': {
    keys: ['cause.not-connected', 'step.message-request-coworker.why', 'evidence.shared-company'],
  },
  'open-profile-free': { keys: ['cause.not-connected', 'evidence.premium-badge', 'evidence.no-open-profile-sign'] },
  'open-profile-limited': {
    keys: ['step.try-message-open-profile.why'],
    note: 'LinkedIn limits Open Profile messages per period without a number; members can switch them off',
  },
  'premium-needs-paid-sender': {
    keys: ['step.try-message-open-profile.why'],
    note: 'seed article 003 says Premium members can be reached only from a paid account',
  },
  'inmail-needs-premium': { keys: ['cause.needs-premium-for-inmail', 'step.upgrade.why'] },
  'inmail-credit-returns': {
    keys: ['cause.inmail-credits-exhausted', 'step.send-inmail.why', 'step.send-inmail.why-unknown'],
  },
  'second-inmail-before-reply': {
    keys: ['step.send-inmail.why-again'],
    note: 'help 75: not until they reply; 1584 and a554514: you may be able to',
  },
  'inmail-credits-per-plan': { keys: ['ui.limit.inmail-credits-per-month', 'ui.pace.reached.inmail'] },
  'inmail-credits-roll-over': { keys: ['ui.limit-note.inmail-credits-per-month'] },
  'members-can-refuse-inmail': { keys: ['cause.recipient-may-block-inmail'] },
  'follow-primary-setting': { keys: ['cause.follow-only-profile', 'evidence.follow-primary'] },
  'connection-cap': { keys: ['cause.connection-cap-reached', 'evidence.own-connections', 'evidence.no-connect-cap'] },
  'incoming-invitation': {
    keys: ['step.accept-invitation.why', 'evidence.incoming-invitation'],
    note: 'accepting makes you 1st-degree connections, who message for free; the Accept/Ignore markup is modelled',
  },
  'reply-before-accepting': { keys: ['step.accept-invitation.why'] },
  'past-contact': {
    keys: ['step.reply-in-conversation.why', 'evidence.past-contact'],
    note: 'LockLens’s own record of the sends LinkedIn confirmed on this device',
  },
  'invitation-pending-seen': {
    keys: ['cause.invitation-pending', 'evidence.pending'],
    note: 'the profile’s Pending button (2026-03 pages)',
  },
  'withdrawn-wait': { keys: ['step.wait-for-acceptance.why'] },
  'out-of-network-seen': {
    keys: ['cause.out-of-network'],
    note: 'no connection degree and “LinkedIn Member” on the profile (modelled)',
  },
  'own-profile-seen': { keys: ['cause.own-profile'], note: 'the edit links of the self view (2026-09)' },
  'degree-unread': { keys: ['cause.page-unclear'], note: 'what the reader could not find on the page' },
  'connect-in-more-seen': {
    keys: ['step.connect-from-more-menu.why', 'evidence.connect-in-more'],
    note: 'Connect inside the More menu (2026-03 pages)',
  },
  'weekly-invite-estimate': {
    keys: ['ui.limit.invites-per-week', 'cause.invite-limit-near', 'evidence.invites-used'],
    note: 'about 100 a week for every plan; LinkedIn publishes no number nor whether the week is rolling',
  },
  'weekly-invite-calibrated': {
    keys: ['cause.invite-limit-near', 'evidence.invites-used'],
    note: 'LinkedIn’s own weekly-limit alert, with the invitations LockLens counted before it',
  },
  'invite-limit-rules': {
    keys: ['step.slow-down.why-invites', 'ui.pace.reached'],
    note: 'every member has a limit; it cannot be bought off; support cannot lift an invitation restriction early',
  },
  'invitation-restriction-causes': { keys: ['cause.invitations-outstanding', 'step.withdraw-old-invitations.why'] },
  'old-invitations-threshold': {
    keys: ['evidence.old-invitations'],
    note: 'LockLens mentions old invitations from 20 on: LinkedIn says “too many” without a number',
  },
  'notes-per-month': {
    keys: [
      'ui.limit.notes-per-month',
      'ui.pace.notes',
      'cause.note-quota-used',
      'evidence.notes-used',
      'step.connect-with-note.why',
      'step.connect-with-note.why-unlimited',
      'composer.notes-running-out.reason',
    ],
    note: 'whether the month is a calendar month or the last 30 days is not published',
  },
  'note-quota-blocks-only-note': {
    keys: [
      'step.connect-without-note.why',
      'step.connect-without-note.why-quota',
      'step.connect-from-more-menu.why-no-note',
      'ui.pace.reached.notes',
      'composer.notes-running-out.suggestion',
    ],
  },
  'note-length': {
    keys: ['ui.limit.note-length', 'composer.too-long.reason', 'composer.too-long.reason-near'],
    note: '200 characters on free accounts, 300 on paid ones, seen live',
  },
  'inmail-length': { keys: ['composer.too-long.reason', 'composer.too-long.reason-near'] },
  'message-length': {
    keys: ['composer.too-long.reason-unpublished', 'composer.too-long.reason-near-unpublished'],
    note: 'no source found: 8,000 and 3,000 characters both circulate',
  },
  'message-limit-exists': { keys: ['ui.pace.guideline', 'evidence.message-limit-exists'] },
  'message-pace': {
    keys: [
      'ui.limit.messages-per-day',
      'cause.sending-pace-high',
      'evidence.messages-today',
      'ui.pace.reached.messages',
      'ui.composer.pace-near',
      'step.slow-down.why',
    ],
    note: '40 messages a day: LockLens’s own modest pace, as LinkedIn publishes no number',
  },
  'spam-folder': { keys: ['composer.link-in-first-message.reason', 'composer.phone-in-first-message.reason'] },
  'repeated-text': { keys: ['cause.repeated-text', 'evidence.near-duplicates'], note: SEEDS },
  'recipient-message-cap': {
    keys: ['cause.recipient-message-cap'],
    note: `${SEEDS}; its monthly figures have no source at all`,
  },
  'sender-profile-incomplete': {
    keys: ['cause.sender-profile-incomplete', 'step.complete-your-profile.why', 'step.complete-your-profile.why-self'],
    note: SEEDS,
  },
  'sender-network-small': { keys: ['cause.sender-network-small'], note: SEEDS },
  'receptiveness-hints': {
    keys: [
      'evidence.no-photo-hint',
      'evidence.large-network-hint',
      'evidence.active-poster-hint',
      'evidence.open-to-work',
      'evidence.hiring',
    ],
    note: SEEDS,
  },
  'engage-first': { keys: ['step.engage-with-posts.why'], note: SEEDS },
  'mention-in-post': { keys: ['step.mention-in-post.why'], note: SEEDS },
  'mutual-introduction': { keys: ['step.ask-mutual-for-intro.why'], note: SEEDS },
  'save-for-later': {
    keys: ['step.save-for-later.why', 'step.save-for-later.why-pending'],
    note: 'a LockLens feature: it states no LinkedIn rule',
  },
};

export function claimLevel(id: ClaimId): SourceLevel {
  return CLAIMS[id].level;
}

/**
 * The claim's source as a line to show (the hint's source line, the options page's limits):
 * LinkedIn Help answers, or the sites that report it, with the date checked. Nothing for a claim
 * whose level says it all (observed on the page, LockLens's own guideline) or that has neither.
 */
export function basisOf(id: ClaimId): MessageRef | undefined {
  const claim: ClaimSource = CLAIMS[id];
  if (claim.help && claim.level !== 'contradicted') {
    return { key: 'basis.help', params: { source: claim.help, checked: claim.checked } };
  }
  if (claim.web) return { key: 'basis.web', params: { source: claim.web, checked: claim.checked } };
  return undefined;
}
