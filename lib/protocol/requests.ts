/**
 * Each request with its answer: the one map both sides type themselves by. Senders ask with
 * `ask()` (./ask.ts) and get the answer's type; the background's handler table
 * (lib/background/handle-message.ts) is checked against it with `satisfies`. A new request is a
 * schema in ./schemas.ts, a line here, and its handler.
 */
import type {
  ImportAnswer,
  ListedAnswer,
  PageContext,
  PopupView,
  ProfileAnswer,
  SaveAnswer,
  TextCheckAnswer,
} from './answers';
import type {
  ExportQuery,
  ImportRequest,
  ListReport,
  NoticeReport,
  PageContextQuery,
  PageReport,
  PopupViewQuery,
  ResetRequest,
  SavedUpdate,
  SaveProfile,
  SaveTab,
  SendReport,
  TextCheck,
  WarmUp,
} from './schemas';

/** What LockLens's content script on LinkedIn may ask (from its tab). */
export interface ContentRequests {
  'warm-up': [WarmUp, null];
  'page-context': [PageContextQuery, PageContext];
  'page-report': [PageReport, ProfileAnswer | null];
  send: [SendReport, null];
  'linkedin-notice': [NoticeReport, null];
  'check-text': [TextCheck, TextCheckAnswer];
  'save-profile': [SaveProfile, SaveAnswer];
  /** Each card's verdict (null: hidden by the user), or null when list marks are off. */
  'list-report': [ListReport, (ListedAnswer | null)[] | null];
}

/** What LockLens's own pages (the popup, the options page) may ask. */
export interface PageRequests {
  'export-data': [ExportQuery, string];
  'import-data': [ImportRequest, ImportAnswer];
  'reset-data': [ResetRequest, null];
  'save-tab': [SaveTab, SaveAnswer];
  'popup-view': [PopupViewQuery, PopupView];
  'saved-update': [SavedUpdate, null];
}

export type Requests = ContentRequests & PageRequests;
export type RequestType = keyof Requests;
export type RequestOf<T extends RequestType> = Requests[T][0];
export type AnswerOf<T extends RequestType> = Requests[T][1];
