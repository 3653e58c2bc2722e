/**
 * The background's single entry for runtime messages: check who sent it, validate the payload,
 * then act. Anything that fails either check is dropped with `undefined` (no reply, no throw).
 */
import {
  classifySender,
  contentMessageSchema,
  extensionPageMessageSchema,
  type PageContext,
  type SenderInfo,
  type TabStatus,
} from '../protocol';
import { viewerFromSettings } from '../settings/schema';
import { loadSettings } from '../settings/store';
import { showVerdictOnBadge } from './badge';
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
): Promise<TabStatus | PageContext | null | undefined> {
  const kind = classifySender(sender, env.extensionId, env.extensionBaseUrl);
  if (kind === 'content-script') {
    const parsed = contentMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return undefined;
    if (parsed.data.type === 'page-context') return pageContext();
    const { type: _type, ...report } = parsed.data;
    const status: TabStatus = { ...report, at: env.now() };
    await saveTabStatus(tabId, status);
    await showVerdictOnBadge(tabId, status);
    return null;
  }
  if (kind === 'extension-page') {
    const parsed = extensionPageMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return loadTabStatus(parsed.data.tabId);
  }
  return undefined;
}

async function pageContext(): Promise<PageContext> {
  const settings = await loadSettings();
  return { viewer: viewerFromSettings(settings), hintsEnabled: settings.hintsEnabled, quietMode: settings.quietMode };
}
