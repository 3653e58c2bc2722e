/**
 * The summary of the user's own profile in `storage.local` (not sync: it is re-read whenever
 * they open their profile in this browser), written only here, as a self view is reported.
 */
import { storage } from 'wxt/utils/storage';
import { OWN_PROFILE_KEY, type OwnProfileSummary } from '../own-profile';
import { ownProfileSchema } from '../own-profile-schema';
import { reportProblem } from '../storage-health';
import { cachedRead } from './cached-read';
import { popupInputsChanged } from './popup-snapshot-keeper';

const ownProfileItem = storage.defineItem<unknown>(`local:${OWN_PROFILE_KEY}`, { fallback: null });

/** Read on every profile view (the viewer's facts) and every popup: kept until it changes. */
const ownProfile = cachedRead('local', (key) => key === OWN_PROFILE_KEY, readOwnProfile);

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

export function loadOwnProfile(): Promise<OwnProfileSummary | null> {
  return ownProfile.get().catch(() => null);
}

/** Keeps a new summary (or, with null, none: reset, or an import without one). */
export async function replaceOwnProfile(summary: OwnProfileSummary | null): Promise<void> {
  if (summary === null) await ownProfileItem.removeValue();
  else await ownProfileItem.setValue(summary);
  ownProfile.keep(summary);
  await popupInputsChanged();
}
