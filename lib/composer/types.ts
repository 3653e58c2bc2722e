/**
 * The composer checker's contract: the text being written, what the caller knows around it, and
 * the findings it returns. Pure data; no DOM, browser API or storage anywhere under lib/composer/.
 */
import type { MessageRef, Plan } from '../evaluator/types';
import type { LimitId } from '../pace/types';

/** Which box the text is typed in: each has its own length limit and its own advice. */
export const COMPOSER_KINDS = ['invitation-note', 'message', 'inmail-subject', 'inmail-body'] as const;
export type ComposerKind = (typeof COMPOSER_KINDS)[number];

/** Facts of the profile being written to, read by the caller from the signals it already has. */
export interface ComposerRecipient {
  firstName: string | null;
  company: string | null;
  /** Words of the recipient's headline (or other profile text); the checker keeps those of 4+ letters. */
  headlineWords: string[];
}

export interface ComposerContext {
  kind: ComposerKind;
  plan: Plan;
  /** The user's own limits (the settings' overrides): the invitation note's length among them. */
  limits?: Partial<Record<LimitId, number>>;
  recipient: ComposerRecipient;
  /** No earlier message in this thread. */
  firstMessage: boolean;
  /** The page's language (`en`, `de`, `fr`, `es`, `pt`, or a tag such as `pt-BR`); null if unknown. */
  language: string | null;
  /** How many texts sent this week this one closely resembles (the caller compares pace-ledger fingerprints). */
  nearDuplicateCount: number | null;
  /** Personalized invitation notes left this calendar month (free accounts); null if unknown or unlimited. */
  notesLeftThisMonth: number | null;
  /** Invitations left this week against the limit in force; null if unknown. */
  invitesLeftThisWeek: number | null;
}

/** In reporting order for findings of equal severity. */
export const FINDING_IDS = [
  'not-personal',
  'no-reason-up-front',
  'promotional',
  'link-in-first-message',
  'phone-in-first-message',
  'too-long',
  'near-duplicate',
  'notes-running-out',
  'invites-running-out',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

/** Most serious first. None of them blocks sending: they are advice. */
export const SEVERITIES = ['problem', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  id: FindingId;
  severity: Severity;
  /** One line: what the checker noticed. */
  reason: MessageRef;
  /** One line: what the user could do about it. */
  suggestion: MessageRef;
}
