/**
 * The background's single entry for runtime messages: check who sent it, validate the payload,
 * then act. Anything that fails either check is dropped with `undefined` (no reply, no throw).
 */
import type { PaceSummary } from '../pace/ledger';
import {
  classifySender,
  contentMessageSchema,
  extensionPageMessageSchema,
  type PageContext,
  type ProfileAnswer,
  type SenderInfo,
  type TabStatus,
  type TextCheckAnswer,
} from '../protocol';
import { answerPageReport, answerTextCheck, paceFigures, pageContext } from './answers';
import { recordNotice, recordSend } from './ledger-store';
import { loadTabStatus } from './tab-status';

export interface HandlerEnv {
  extensionId: string;
  /** `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  extensionBaseUrl: string;
  now: () => number;
}

type Answer = TabStatus | PageContext | PaceSummary | ProfileAnswer | TextCheckAnswer | null;

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
      case 'page-context':
        return pageContext(env.now());
      case 'page-report':
        return answerPageReport(parsed.data, tabId, env.now());
      case 'send':
        return recordSend(parsed.data.event, env.now()).then(() => null);
      case 'linkedin-notice':
        return recordNotice(parsed.data.notice, env.now()).then(() => null);
      case 'check-text':
        return answerTextCheck(parsed.data, env.now());
    }
  }
  if (kind === 'extension-page') {
    const parsed = extensionPageMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    if (parsed.data.type === 'pace-summary') return paceFigures(env.now());
    return loadTabStatus(parsed.data.tabId);
  }
  return undefined;
}
