/**
 * The background's single entry for runtime messages: check who sent it, validate the payload,
 * then act. Anything that fails either check is dropped with `undefined` (no reply, no throw).
 */
import {
  classifySender,
  contentMessageSchema,
  extensionPageMessageSchema,
  type SenderInfo,
  type TabStatus,
} from '../protocol';
import { loadTabStatus, saveTabStatus } from './tab-status';

export interface HandlerEnv {
  extensionId: string;
  /** `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  extensionBaseUrl: string;
  now: () => number;
}

export async function handleMessage(
  message: unknown,
  sender: SenderInfo,
  env: HandlerEnv,
): Promise<TabStatus | null | undefined> {
  const kind = classifySender(sender, env.extensionId, env.extensionBaseUrl);
  if (kind === 'content-script') {
    const parsed = contentMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return undefined;
    const { url, status } = parsed.data;
    await saveTabStatus(tabId, { url, status, at: env.now() });
    return null;
  }
  if (kind === 'extension-page') {
    const parsed = extensionPageMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return loadTabStatus(parsed.data.tabId);
  }
  return undefined;
}
