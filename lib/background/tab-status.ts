/**
 * Per-tab page reports, kept in `storage.session`: it survives the MV3 service worker being
 * stopped and restarted, and is gone when the browser closes. The background is its only writer;
 * the popup reads it too, to paint before the background answers.
 */
import type { TabStatus } from '../protocol/answers';
import { tabStatusItem } from '../storage/items';

type TabStatuses = Record<string, TabStatus>;

export interface TabStatusStore {
  save(tabId: number, status: TabStatus): Promise<void>;
  load(tabId: number): Promise<TabStatus | null>;
  forget(tabId: number): Promise<void>;
}

/**
 * What storage holds, kept in memory once read: this worker is the only writer, so it reads the
 * statuses once per start instead of on every report. Each change is made to the latest copy in
 * the same task as it is written, so that two tabs reporting at once (a restored session) do not
 * each change the copy read before the other's write.
 */
export function tabStatusStore(): TabStatusStore {
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

  return {
    save: (tabId, status) => change((all) => ({ ...all, [tabId]: status })),
    load: async (tabId) => (await current())[tabId] ?? null,
    forget: (tabId) =>
      change((all) => {
        if (!(tabId in all)) return all;
        const { [tabId]: _gone, ...rest } = all;
        return rest;
      }),
  };
}
