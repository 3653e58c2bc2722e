/**
 * The background's single entry for runtime messages: check who sent it, validate the payload,
 * then hand it to its request's function with the state. Anything that fails either check is
 * dropped with `undefined` (no reply, no throw). Each table is checked against the protocol's map
 * (lib/protocol/requests.ts): a handler answers exactly what its request's sender expects.
 */
import type { ContentRequests, PageRequests } from '../protocol/requests';
import { contentMessageSchema, extensionPageMessageSchema } from '../protocol/schemas';
import { classifySender, type SenderInfo } from '../protocol/senders';
import { exportData, importData, resetData } from './data-control';
import { answerListReport } from './list-report';
import { pageContext } from './page-context';
import { answerPageReport } from './page-report';
import { popupView } from './popup-view';
import { saveFromTab } from './save';
import type { State } from './state';
import { answerTextCheck } from './text-check';

export interface HandlerEnv {
  extensionId: string;
  /** `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  extensionBaseUrl: string;
  state: State;
}

/**
 * One handler per request of a map: it takes the request, the state and the time the message
 * came (and a content script's tab), and answers what the map says.
 */
type Handlers<R, Extra extends unknown[]> = {
  [T in keyof R]: R[T] extends [infer Request, infer Answer]
    ? (request: Request, state: State, now: number, ...extra: Extra) => Promise<Answer>
    : never;
};

const done = () => null;

const CONTENT_HANDLERS = {
  // A LinkedIn page is starting to load: read now what its report will need (the ledger, the other
  // browsers' counts, the pace summary), so that the answer does not wait.
  'warm-up': (_, state, now) => state.warm(now).then(done, done),
  'page-context': (query, state) => pageContext(state, query),
  'page-report': (report, state, now, tabId) => answerPageReport(state, report, tabId, now),
  send: async ({ event }, state, now) =>
    state.ledger.recordSend(event, now, (await state.settings()).retentionDays).then(done),
  'linkedin-notice': ({ notice }, state, now) => state.ledger.recordNotice(notice, now).then(done),
  'check-text': (check, state, now) => answerTextCheck(state, check, now),
  'save-profile': (fields, state, now, tabId) => saveFromTab(state, tabId, fields, now),
  'list-report': ({ cards }, state, now) => answerListReport(state, cards, now),
} satisfies Handlers<ContentRequests, [tabId: number]>;

const PAGE_HANDLERS = {
  'export-data': (_, state, now) => exportData(state, new Date(now)),
  'import-data': ({ text }, state) => importData(state, text),
  'reset-data': (_, state) => resetData(state).then(done),
  'save-tab': (fields, state, now) => saveFromTab(state, fields.tabId, fields, now),
  'popup-view': (query, state, now) => popupView(state, query, now),
  'saved-update': ({ key, ...change }, state, now) => state.saved.update(key, change, now).then(done),
} satisfies Handlers<PageRequests, []>;

/**
 * Runs the handler of a validated request. The tables are checked against the map above; here
 * TypeScript cannot pair a member of the request union with its own handler, hence the one cast.
 */
function run(table: object, request: { type: string }, state: State, tabId?: number): Promise<unknown> {
  type Handler = (request: unknown, state: State, now: number, tabId?: number) => Promise<unknown>;
  return (table as Record<string, Handler>)[request.type]?.(request, state, state.now(), tabId) ?? Promise.resolve();
}

export async function handleMessage(message: unknown, sender: SenderInfo, env: HandlerEnv): Promise<unknown> {
  const { state } = env;
  const kind = classifySender(sender, env.extensionId, env.extensionBaseUrl);
  if (kind === 'content-script') {
    const parsed = contentMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return undefined;
    return run(CONTENT_HANDLERS, parsed.data, state, tabId);
  }
  if (kind === 'extension-page') {
    const parsed = extensionPageMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return run(PAGE_HANDLERS, parsed.data, state);
  }
  return undefined;
}
