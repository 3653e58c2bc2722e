/**
 * The pace ledger's vocabulary: what the user sent, when, to whom (as a salted hash), and the
 * limits it is measured against. Events, never content: no names, no message text.
 */
export const SEND_KINDS = [
  /** An invitation with a personalized note. */
  'invite-note',
  /** An invitation without a note. */
  'invite',
  /** A message to a 1st-degree connection. */
  'message',
  /** An InMail, including free Open Profile messages (`free: true`). */
  'inmail',
  /** A further message to someone who has not replied since the user's last one. */
  'followup',
] as const;
export type SendKind = (typeof SEND_KINDS)[number];

export interface SendEvent {
  /** Unique per send, chosen by the content script: a retried report counts once. */
  id: string;
  kind: SendKind;
  /** Epoch milliseconds. */
  at: number;
  /** Salted hash of the recipient's profile id or vanity name. */
  recipient: string;
  /** Salted hashes of the text's word shingles, for near-duplicate counts (messages and notes only). */
  fingerprint?: string[];
  /** InMail that cost no credit (Open Profile). */
  free?: boolean;
  /** Which browser install recorded it (for merging devices through sync). */
  device: string;
}

/** What LinkedIn itself showed, read from its own alerts and dialogs. */
export const LINKEDIN_NOTICES = ['invite-limit-alert', 'note-quota-upsell', 'inmail-credits'] as const;
export type LinkedInNoticeKind = (typeof LINKEDIN_NOTICES)[number];

export interface LinkedInNotice {
  kind: LinkedInNoticeKind;
  at: number;
  /** For `inmail-credits`: the credits left the composer showed. */
  value?: number;
}

export const LIMIT_IDS = [
  'invites-per-week',
  'notes-per-month',
  'note-length',
  'inmail-credits-per-month',
  'messages-per-day',
] as const;
export type LimitId = (typeof LIMIT_IDS)[number];
