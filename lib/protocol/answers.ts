/**
 * What the background answers each request with (./requests.ts pairs them), and what it keeps per
 * tab. Types only, and one small function every sender of a save shares: a content script may
 * import it without taking zod in.
 */
import type { Finding } from '../composer/types';
import type { MessageRef, Verdict } from '../evaluator/types';
import type { OwnProfileSummary } from '../own-profile/summary';
import type { PaceSummary } from '../pace/pace-summary';
import type { SendKind } from '../pace/types';
import type { SavedPreview } from '../saved/list';
import type { VerdictSnapshot } from '../saved/schema';
import type { PageReport } from './schemas';

/** The user's latest send to a person, from the ledger (repeat protection). */
export type LastContact = { kind: SendKind; at: number } | null;

/** What changed for a saved person, worded as message references; null when not saved. */
export type SavedNotice = { savedAt: number; changes: MessageRef[] } | null;

/** The background's answer to `page-context`: what every LinkedIn page needs up front. */
export interface PageContext {
  /** This install's salt for hashing recipients and fingerprinting texts (never leaves the device). */
  salt: string;
  /** Asked with a profile's slug: what the hint for that profile needs. */
  profile?: ProfileContext;
  /** Asked on a people list: whether to mark its cards (list marks on, quiet mode off), with the marks' first texts. */
  list?: { show: boolean; texts: Record<string, string> };
}

/**
 * What the hint for a profile needs before its top card is read, so that it can be shown in the
 * same task: whether to insert anything, and the user's last send to the person.
 */
export interface ProfileContext {
  /** Hints on, quiet mode off, and not hidden on this profile. */
  showHint: boolean;
  lastContact: LastContact;
  /** The chip's texts in the user's language (lib/messages/format.ts CHIP_KEYS), when it is shown. */
  chipTexts: Record<string, string>;
}

/** The background's answer to a profile's `page-report`: the full verdict, for the hint's panel. */
export interface ProfileAnswer {
  verdict: Verdict;
  saved: SavedNotice;
  /** The user's last send to this person under any of their names (the context's knows the vanity name only). */
  lastContact?: LastContact;
  /** When the report asked `withContext`. */
  context?: PageContext;
}

/**
 * The background's answer to a `list-report`, card by card: the mark's one line (the verdict's top
 * cause and cheapest step), and what the panel shows; null for a person whose hint the user hid.
 * The whole answer is null when list marks are off.
 */
export interface ListedAnswer {
  label: string;
  verdict: Verdict;
  saved: SavedNotice;
  lastContact: LastContact;
}

/** The background's answer to `popup-view`. */
export interface PopupView {
  status: TabStatus | null;
  quietMode: boolean;
  pace: PaceSummary;
  saved: SavedPreview;
  /** The summary of the user's own profile, from when they last opened it; null before that. */
  ownProfile: OwnProfileSummary | null;
}

/** The background's answer to `check-text`. */
export interface TextCheckAnswer {
  /** False when the user turned composer checks off, or quiet mode on. */
  enabled: boolean;
  findings: Finding[];
  /** A pace warning (messages today near the guideline), already worded. */
  paceLine: string | null;
}

/** What the background keeps per tab, in `storage.session`, so a service-worker restart loses nothing. */
export interface TabStatus {
  url: string;
  status: PageReport['status'];
  reason?: PageReport['reason'];
  verdict?: Verdict;
  /** For "save for later" from the popup: who the profile is, and the verdict in short. */
  slug?: string;
  name?: string;
  snapshot?: VerdictSnapshot;
  lastContact?: LastContact;
  saved?: SavedNotice;
  at: number;
}

/** The background's answer to a save (from the hint, a list mark or the popup). */
export type SaveAnswer = { ok: true } | { ok: false; error: 'list-full' | 'not-a-profile' };

/** The background's answer to an import: all of it kept, or nothing changed and why. */
export type ImportAnswer = { ok: true } | { ok: false; error: string };

/** What a save came to, for the form that asked (no answer at all: the background was unreachable). */
export function saveOutcome(answer: SaveAnswer | null | undefined): 'saved' | 'list-full' | 'failed' {
  if (answer?.ok) return 'saved';
  return answer?.error === 'list-full' ? 'list-full' : 'failed';
}
