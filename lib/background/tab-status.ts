/**
 * Per-tab page reports, kept in `storage.session`: it survives the MV3 service worker being
 * stopped and restarted, and is gone when the browser closes. The background is its only writer.
 */
import { storage } from 'wxt/utils/storage';
import { TAB_STATUS_KEY } from '../popup-snapshot';
import type { TabStatus } from '../protocol';

/** The popup reads it directly too, to paint before the background answers (lib/popup-snapshot.ts). */
const tabStatusItem = storage.defineItem<Record<string, TabStatus>>(`session:${TAB_STATUS_KEY}`, {
  fallback: {},
});

export async function saveTabStatus(tabId: number, status: TabStatus): Promise<void> {
  const all = await tabStatusItem.getValue();
  await tabStatusItem.setValue({ ...all, [tabId]: status });
}

export async function loadTabStatus(tabId: number): Promise<TabStatus | null> {
  const all = await tabStatusItem.getValue();
  return all[tabId] ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await tabStatusItem.getValue();
  if (!(tabId in all)) return;
  const { [tabId]: _gone, ...rest } = all;
  await tabStatusItem.setValue(rest);
}
