/**
 * Every request between LockLens's contexts, as zod schemas: the background validates what it
 * receives with them before acting on it. Content scripts run in a page the extension does not
 * control: what they send is untrusted input. ./requests.ts pairs each request with its answer.
 */
import { COMPOSER_KINDS } from '../composer/types';
import { STEP_IDS } from '../evaluator/types';
import { ownProfileReadSchema } from '../own-profile/schema';
import { LINKEDIN_NOTICES, SEND_KINDS } from '../pace/types';
import { CARD_SIGNALS, CONNECT_OFFERS, DEGREES, HIGHLIGHTS, UNRECOGNIZED_REASONS } from '../signals';
import { z } from '../zod';

const shortText = z.string().check(z.maxLength(200));

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
  /**
   * The member id (`ACoAA…`) the card carries besides its vanity name: the messaging page names
   * people by it, so sends recorded there count as contact with this person too.
   */
  profileId: z.optional(z.string().check(z.maxLength(200))),
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

/** A person in a people list (search results, My Network), read from their card: for a mark, or to save them. */
const listedPersonSchema = z.object({
  slug: shortText,
  name: z.nullable(shortText),
  signals: z.pick(signalsSchema, CARD_SIGNALS),
});

/**
 * The cards a people list shows, read as they come on screen (lib/content/list-marks.ts): one
 * message per batch. The background answers each with its verdict, or null (hidden by the user).
 */
export const listReportSchema = z.object({
  type: z.literal('list-report'),
  cards: z.array(listedPersonSchema).check(z.maxLength(200)),
});

/** "Save for later" from the hint: the profile in the sender's tab, or the person of a list card's mark. */
export const saveProfileSchema = z.object({
  type: z.literal('save-profile'),
  ...saveFieldsShape,
  person: z.optional(listedPersonSchema),
});

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
export const pageContextQuerySchema = z.object({
  type: z.literal('page-context'),
  slug: z.optional(shortText),
  /** On a people list: whether to mark its cards (`PageContext.list`). */
  list: z.optional(z.literal(true)),
});

/**
 * Sent as a LinkedIn page starts loading (entrypoints/linkedin-wake.ts, at document_start): the
 * background, stopped after 30 s idle, starts meanwhile and reads what a profile's report will
 * need, instead of when the report comes.
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
  listReportSchema,
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

export type WarmUp = z.infer<typeof warmUpSchema>;
export type PageContextQuery = z.infer<typeof pageContextQuerySchema>;
export type PageReport = z.infer<typeof pageReportSchema>;
export type SendReport = z.infer<typeof sendReportSchema>;
export type TextCheck = z.infer<typeof textCheckSchema>;
export type PlanHint = z.infer<typeof planHintSchema>;
export type NoticeReport = z.infer<typeof noticeReportSchema>;
export type ListedPerson = z.infer<typeof listedPersonSchema>;
export type ListReport = z.infer<typeof listReportSchema>;
export type SaveProfile = z.infer<typeof saveProfileSchema>;
export type ExportQuery = z.infer<typeof exportQuerySchema>;
export type ImportRequest = z.infer<typeof importRequestSchema>;
export type ResetRequest = z.infer<typeof resetRequestSchema>;
export type SaveTab = z.infer<typeof saveTabSchema>;
export type PopupViewQuery = z.infer<typeof popupViewQuerySchema>;
export type SavedUpdate = z.infer<typeof savedUpdateSchema>;
