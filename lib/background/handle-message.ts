/**
 * The background's single entry for runtime messages: check who sent it, validate the payload,
 * then act. Anything that fails either check is dropped with `undefined` (no reply, no throw).
 */

import { type PaceSummary, paceSummary } from '../pace/ledger';
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
import { loadLedger, recordNotice, recordSend } from './ledger-store';
import { loadTabStatus, saveTabStatus } from './tab-status';
import { viewerWithPace } from './viewer';

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
): Promise<TabStatus | PageContext | PaceSummary | null | undefined> {
  const kind = classifySender(sender, env.extensionId, env.extensionBaseUrl);
  if (kind === 'content-script') {
    const parsed = contentMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return undefined;
    const data = parsed.data;
    if (data.type === 'page-context') return pageContext(env.now());
    if (data.type === 'send') return recordSend(data.event, env.now()).then(() => null);
    if (data.type === 'linkedin-notice') return recordNotice(data.notice, env.now()).then(() => null);
    const { type: _type, ...report } = data;
    const status: TabStatus = { ...report, at: env.now() };
    await saveTabStatus(tabId, status);
    await showVerdictOnBadge(tabId, status);
    return null;
  }
  if (kind === 'extension-page') {
    const parsed = extensionPageMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    if (parsed.data.type === 'pace-summary') return summary(env.now());
    return loadTabStatus(parsed.data.tabId);
  }
  return undefined;
}

async function pageContext(now: number): Promise<PageContext> {
  const [settings, ledger] = await Promise.all([loadSettings(), loadLedger()]);
  const pace = paceSummary(ledger, { now, plan: settings.plan });
  return {
    viewer: viewerWithPace(viewerFromSettings(settings), pace),
    salt: ledger.salt,
    hintsEnabled: settings.hintsEnabled,
    quietMode: settings.quietMode,
  };
}

async function summary(now: number): Promise<PaceSummary> {
  const [settings, ledger] = await Promise.all([loadSettings(), loadLedger()]);
  return paceSummary(ledger, { now, plan: settings.plan });
}
