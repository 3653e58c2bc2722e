/**
 * Per-tab page reports, kept in `storage.session`: it survives the MV3 service worker being
 * stopped and restarted, and is gone when the browser closes. The background is its only writer.
 */
import { storage } from 'wxt/utils/storage';
import { TAB_STATUS_KEY } from '../popup-snapshot';
import type { TabStatus } from '../protocol';

type TabStatuses = Record<string, TabStatus>;

/** The popup reads it directly too, to paint before the background answers (lib/popup-snapshot.ts). */
const tabStatusItem = storage.defineItem<TabStatuses>(`session:${TAB_STATUS_KEY}`, {
  fallback: {},
});

/**
 * What storage holds, kept in memory once read: this worker is the only writer, so it reads the
 * statuses once per start instead of on every report, and each change is made to the latest copy
 * in the same task as it is written. Two tabs reporting at once (a restored session) each read the
 * stored copy before the other's write, and one report was lost, before 2026-12-05.
 */
let statuses: TabStatuses | null = null;
let reading: Promise<TabStatuses> | null = null;

async function current(): Promise<TabStatuses> {
  if (statuses) return statuses;
  reading ??= tabStatusItem.getValue().finally(() => {
    reading = null;
  });
  const stored = await reading;
  // Another caller, waiting on the same read, may have changed the copy already: keep that one.
  statuses ??= stored;
  return statuses;
}

async function change(update: (all: TabStatuses) => TabStatuses): Promise<void> {
  await current();
  // No await between reading the copy and replacing it: every change sees the ones before it.
  const next = update(statuses ?? {});
  if (next === statuses) return;
  statuses = next;
  await tabStatusItem.setValue(next);
}

export function saveTabStatus(tabId: number, status: TabStatus): Promise<void> {
  return change((all) => ({ ...all, [tabId]: status }));
}

export async function loadTabStatus(tabId: number): Promise<TabStatus | null> {
  return (await current())[tabId] ?? null;
}

export function forgetTab(tabId: number): Promise<void> {
  return change((all) => {
    if (!(tabId in all)) return all;
    const { [tabId]: _gone, ...rest } = all;
    return rest;
  });
}

/** Drops the in-memory copy (tests wipe storage between cases). */
export function forgetCachedTabStatus(): void {
  statuses = null;
  reading = null;
}
