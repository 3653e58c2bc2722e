/**
 * The summary of the user's own profile in `storage.local` (not sync: it is re-read whenever
 * they open their profile in this browser), written only here, as a self view is reported.
 */
import { ownProfileSchema } from '../own-profile/schema';
import type { OwnProfileSummary } from '../own-profile/summary';
import { ownProfileItem } from '../storage/items';
import { reportProblem } from '../storage/problems';
import { cachedRead } from './cached-read';

export interface OwnProfileStore {
  /** Read on every profile view (the viewer's facts) and every popup: kept until it changes. */
  load(): Promise<OwnProfileSummary | null>;
  /** Keeps a new summary (or, with null, none: reset, or an import without one). */
  replace(summary: OwnProfileSummary | null): Promise<void>;
  forget(): void;
}

/**
 * The stored summary, or null. A damaged one is left as stored (the next self view replaces it),
 * read as none, and said on the options page.
 */
async function readOwnProfile(): Promise<OwnProfileSummary | null> {
  const raw = await ownProfileItem.getValue();
  if (raw === null) return null;
  const parsed = ownProfileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  await reportProblem('own-profile-unreadable', '');
  return null;
}

/** `written` runs after each write, before it is acknowledged. */
export function ownProfileStore({ written = async () => {} }: { written?: () => Promise<void> } = {}): OwnProfileStore {
  const summary = cachedRead(readOwnProfile);
  return {
    load: () => summary.get().catch(() => null),
    async replace(next) {
      if (next === null) await ownProfileItem.removeValue();
      else await ownProfileItem.setValue(next);
      await written();
      summary.keep(next);
    },
    forget: summary.forget,
  };
}
