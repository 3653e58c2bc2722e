/**
 * The background's single entry for runtime messages: check who sent it, validate the payload,
 * then act. Anything that fails either check is dropped with `undefined` (no reply, no throw).
 */
import {
  classifySender,
  contentMessageSchema,
  extensionPageMessageSchema,
  type PageContext,
  type PopupView,
  type ProfileAnswer,
  type SenderInfo,
  type TextCheckAnswer,
} from '../protocol';
import type { SaveResult } from '../saved/list';
import { loadSettings } from '../settings/store';
import { answerPageReport, answerTextCheck, pageContext, popupView, saveFromTab, warmUp } from './answers';
import { exportData, type ImportAnswer, importData, resetData } from './data-control';
import { recordNotice, recordSend } from './ledger-store';
import { updatePerson } from './saved-store';

export interface HandlerEnv {
  extensionId: string;
  /** `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  extensionBaseUrl: string;
  now: () => number;
}

type Answer =
  | SaveResult
  | { ok: false; error: 'not-a-profile' }
  | PageContext
  | PopupView
  | ProfileAnswer
  | TextCheckAnswer
  | ImportAnswer
  | string
  | null;

export async function handleMessage(
  message: unknown,
  sender: SenderInfo,
  env: HandlerEnv,
): Promise<Answer | undefined> {
  const kind = classifySender(sender, env.extensionId, env.extensionBaseUrl);
  if (kind === 'content-script') {
    const parsed = contentMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return undefined;
    switch (parsed.data.type) {
      case 'warm-up':
        return warmUp(env.now()).then(() => null);
      case 'page-context':
        return pageContext(parsed.data.slug);
      case 'page-report':
        return answerPageReport(parsed.data, tabId, env.now());
      case 'send': {
        const { retentionDays } = await loadSettings();
        return recordSend(parsed.data.event, env.now(), retentionDays).then(() => null);
      }
      case 'linkedin-notice':
        return recordNotice(parsed.data.notice, env.now()).then(() => null);
      case 'check-text':
        return answerTextCheck(parsed.data, env.now());
      case 'save-profile':
        return saveFromTab(tabId, parsed.data, env.now());
    }
  }
  if (kind === 'extension-page') {
    const parsed = extensionPageMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    switch (parsed.data.type) {
      case 'export-data':
        return exportData(new Date(env.now()));
      case 'import-data':
        return importData(parsed.data.text);
      case 'reset-data':
        return resetData().then(() => null);
      case 'save-tab':
        return saveFromTab(parsed.data.tabId, parsed.data, env.now());
      case 'popup-view':
        return popupView(parsed.data.tabId, env.now(), parsed.data.allSaved);
      case 'saved-update': {
        const { key, done, followUpAt, remove } = parsed.data;
        return updatePerson(key, { done, followUpAt, remove }, env.now()).then(() => null);
      }
    }
  }
  return undefined;
}
