/**
 * Every message between LockLens's contexts, typed and validated on receipt.
 * Content scripts run in a page the extension does not control: the background treats what they
 * send as untrusted input and parses it with these schemas before acting on it.
 */
import { COMPOSER_KINDS, type Finding } from './composer/types';
import { CAUSE_IDS, type MessageRef, SOURCE_LEVELS, STEP_IDS } from './evaluator/types';
import type { OwnProfileSummary } from './own-profile';
import { ownProfileReadSchema } from './own-profile-schema';
import type { PaceSummary } from './pace/pace-summary';
import { LINKEDIN_NOTICES, SEND_KINDS, type SendKind } from './pace/types';
import type { SavedPreview } from './saved/list';
import type { VerdictSnapshot } from './saved/schema';
import { CONNECT_OFFERS, DEGREES, HIGHLIGHTS, UNRECOGNIZED_REASONS } from './signals';
import { z } from './zod';

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

const shortText = z.string().check(z.maxLength(200));

const messageRefSchema = z.object({
  key: z.string().check(z.maxLength(100)),
  params: z.optional(z.record(z.string().check(z.maxLength(40)), z.union([shortText, z.number()]))),
});

/** The evaluator's verdict as it crosses from a content script: bounded in every dimension. */
export const verdictSchema = z.object({
  messaging: z.enum(['free', 'locked', 'unknown']),
  causes: z
    .array(
      z.object({
        id: z.enum(CAUSE_IDS),
        confidence: z.number().check(z.gte(0), z.lte(1)),
        evidence: z.array(messageRefSchema).check(z.maxLength(12)),
        source: z.enum(SOURCE_LEVELS),
        basis: z.optional(messageRefSchema),
      }),
    )
    .check(z.maxLength(CAUSE_IDS.length)),
  nextSteps: z
    .array(z.object({ id: z.enum(STEP_IDS), why: messageRefSchema, cost: z.enum(['free', 'credit', 'paid']) }))
    .check(z.minLength(1), z.maxLength(STEP_IDS.length)),
});

const evidence = z.array(z.string().check(z.maxLength(80))).check(z.maxLength(8));
const signal = <T extends z.ZodMiniType>(value: T) => z.object({ value: z.nullable(value), evidence });
const count = z.object({ count: z.number().check(z.int(), z.gte(0)), atLeast: z.boolean() });

/** What the reader found on a profile; the background evaluates it with the viewer's context. */
export const signalsSchema = z.object({
  degree: signal(z.enum(DEGREES)),
  messageAction: signal(z.boolean()),
  connect: signal(z.enum(CONNECT_OFFERS)),
  pending: signal(z.boolean()),
  followPrimary: signal(z.boolean()),
  premiumBadge: signal(z.boolean()),
  verified: signal(z.boolean()),
  photo: signal(z.boolean()),
  connections: signal(count),
  followers: signal(count),
  mutualConnections: signal(z.number().check(z.int(), z.gte(0))),
  openToWork: signal(z.boolean()),
  hiring: signal(z.boolean()),
  about: signal(z.boolean()),
  activity: signal(z.boolean()),
  highlights: signal(z.array(z.enum(HIGHLIGHTS)).check(z.maxLength(HIGHLIGHTS.length))),
  incomingInvitation: signal(z.boolean()),
  language: signal(z.string().check(z.maxLength(8))),
});

/** LinkedIn suggested the viewer's plan on the page (a Premium free-trial offer: not Premium). */
export const planHintSchema = z.object({
  plan: z.enum(['free']),
  evidence: z.enum(['premium-trial-upsell']),
});

/**
 * A content script reports what it found on the page its tab shows: the profile's signals, or
 * why it could not read the page. The background answers a profile with its verdict.
 */
export const pageReportSchema = z.object({
  type: z.literal('page-report'),
  url: z.string().check(z.maxLength(2048)),
  status: z.enum(['profile', 'not-profile', 'unreadable']),
  /** Why a page could not be read ("could not read this page" with its reason). */
  reason: z.optional(z.enum(UNRECOGNIZED_REASONS)),
  signals: z.optional(signalsSchema),
  /** The profile's vanity name and displayed name: kept with the tab's status, for "save for later". */
  slug: z.optional(z.string().check(z.maxLength(200))),
  name: z.optional(z.string().check(z.maxLength(200))),
  /** Seen as the page loaded; sent with the page's first report (one message fewer). */
  planHint: z.optional(planHintSchema),
  /**
   * The profile's context (as `page-context` answers it) wanted with the verdict: a page opened
   * with its top card already there asks once, with its report, instead of twice.
   */
  withContext: z.optional(z.boolean()),
  /** On the user's own profile only (degree `self`): what that page shows beyond the signals. */
  ownProfile: z.optional(ownProfileReadSchema),
});

const saveFieldsShape = {
  step: z.nullable(z.enum(STEP_IDS)),
  note: z.string().check(z.maxLength(280)),
  followUpAt: z.nullable(z.number().check(z.gte(0))),
};

/** "Save for later" from the hint: the profile in the sender's tab. */
export const saveProfileSchema = z.object({ type: z.literal('save-profile'), ...saveFieldsShape });

/**
 * The composer panel asks for advice on the text being written. The text goes only to
 * LockLens's own background, in memory, and is dropped after the check: never stored or sent on.
 */
export const textCheckSchema = z.object({
  type: z.literal('check-text'),
  kind: z.enum(COMPOSER_KINDS),
  text: z.string().check(z.maxLength(100_000)),
  firstMessage: z.boolean(),
  language: z.nullable(z.string().check(z.maxLength(8))),
  recipient: z.object({
    firstName: z.nullable(z.string().check(z.maxLength(100))),
    company: z.nullable(z.string().check(z.maxLength(200))),
    headlineWords: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(64)),
  }),
});

/**
 * A content script asks, as a page starts, what it needs up front: the salt, and on a profile (by
 * its vanity name) what the hint needs, so the hint can be shown the moment the top card is read.
 */
export const pageContextQuerySchema = z.object({ type: z.literal('page-context'), slug: z.optional(shortText) });

/**
 * Sent as a LinkedIn page starts loading (entrypoints/linkedin-wake.ts, at document_start): the
 * background, stopped after 30 s idle, starts meanwhile and reads what a profile's report will
 * need, instead of when the report comes (~0.5 s later with a year of sends, 2026-12-04).
 */
export const warmUpSchema = z.object({ type: z.literal('warm-up') });

/** A send the page confirmed: events, never content (the recipient and text only as salted hashes). */
export const sendReportSchema = z.object({
  type: z.literal('send'),
  event: z.object({
    id: z.string().check(z.minLength(8), z.maxLength(64)),
    kind: z.enum(SEND_KINDS),
    at: z.number().check(z.gte(0)),
    recipient: z.string().check(z.maxLength(32)),
    fingerprint: z.optional(z.array(z.string().check(z.maxLength(16))).check(z.maxLength(64))),
    free: z.optional(z.boolean()),
  }),
});

/** Something LinkedIn itself showed: its weekly invitation alert, the note-quota upsell, the InMail credit line. */
export const noticeReportSchema = z.object({
  type: z.literal('linkedin-notice'),
  notice: z.object({
    kind: z.enum(LINKEDIN_NOTICES),
    at: z.number().check(z.gte(0)),
    value: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100_000))),
  }),
});

export const contentMessageSchema = z.discriminatedUnion('type', [
  warmUpSchema,
  pageReportSchema,
  pageContextQuerySchema,
  sendReportSchema,
  noticeReportSchema,
  textCheckSchema,
  saveProfileSchema,
]);
/** The options page exports, imports or resets everything LockLens keeps. */
export const exportQuerySchema = z.object({ type: z.literal('export-data') });
export const importRequestSchema = z.object({
  type: z.literal('import-data'),
  text: z.string().check(z.maxLength(6 * 1024 * 1024)),
});
export const resetRequestSchema = z.object({ type: z.literal('reset-data') });

/** "Save for later" from the popup, for the profile in a given tab; changes to the saved list. */
export const saveTabSchema = z.object({
  type: z.literal('save-tab'),
  tabId: z.number().check(z.int(), z.nonnegative()),
  ...saveFieldsShape,
});
/**
 * The popup asks for everything it shows at once (what the content script reported for the tab,
 * the pace dashboard's figures, the saved list): one round trip as it opens. The saved list comes
 * as its first few people and counts, or whole with `allSaved` (the user asked to see everyone).
 */
export const popupViewQuerySchema = z.object({
  type: z.literal('popup-view'),
  tabId: z.nullable(z.number().check(z.int(), z.nonnegative())),
  allSaved: z.optional(z.boolean()),
});
export const savedUpdateSchema = z.object({
  type: z.literal('saved-update'),
  key: z.string().check(z.maxLength(200)),
  done: z.optional(z.boolean()),
  followUpAt: z.optional(z.nullable(z.number().check(z.gte(0)))),
  remove: z.optional(z.literal(true)),
});

export const extensionPageMessageSchema = z.discriminatedUnion('type', [
  exportQuerySchema,
  importRequestSchema,
  resetRequestSchema,
  saveTabSchema,
  savedUpdateSchema,
  popupViewQuerySchema,
]);

export type PageReport = z.infer<typeof pageReportSchema>;
export type ReportedVerdict = z.infer<typeof verdictSchema>;
export type SendReport = z.infer<typeof sendReportSchema>;
export type TextCheck = z.infer<typeof textCheckSchema>;
export type PlanHint = z.infer<typeof planHintSchema>;
export type NoticeReport = z.infer<typeof noticeReportSchema>;
export type ContentMessage = z.infer<typeof contentMessageSchema>;
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

/** What the background keeps per tab, in `storage.session`, so a service-worker restart loses nothing. */
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
  verdict: ReportedVerdict;
  saved: SavedNotice;
  /** When the report asked `withContext`. */
  context?: PageContext;
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

export interface TabStatus {
  url: string;
  status: PageReport['status'];
  reason?: PageReport['reason'];
  verdict?: ReportedVerdict;
  /** For "save for later" from the popup: who the profile is, and the verdict in short. */
  slug?: string;
  name?: string;
  snapshot?: VerdictSnapshot;
  lastContact?: LastContact;
  saved?: SavedNotice;
  at: number;
}

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'content-script' | 'extension-page' | 'foreign';

/**
 * Who sent a message: this extension's own content script on LinkedIn, one of its own pages,
 * or anything else (rejected). Without `externally_connectable` other extensions and web pages
 * cannot reach `runtime.onMessage` at all; this check is the second lock on the door.
 */
export function classifySender(sender: SenderInfo, ownId: string, ownBaseUrl: string): SenderKind {
  if (sender.id !== ownId || !sender.url) return 'foreign';
  // `URL.origin` is "null" for extension schemes outside browsers, so pages are matched by prefix.
  if (sender.url.startsWith(ownBaseUrl)) return 'extension-page';
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return 'foreign';
  }
  if (sender.tab?.id !== undefined && origin === LINKEDIN_ORIGIN) return 'content-script';
  return 'foreign';
}
