/**
 * Profiles on which the user hid the hint. Kept as salted hashes of the profile's vanity name,
 * never the name itself, in local storage, and bounded. Plain `storage.local` keeps the content
 * script small.
 */
import { browser } from 'wxt/browser';
import { hash53 } from '../hash';

const KEY = 'dismissed-hints';
const MAX_DISMISSED = 500;

function profileKey(slug: string): string {
  return hash53(`locklens-dismiss:${slug.toLowerCase()}`);
}

async function loadDismissed(): Promise<string[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
}

export async function isDismissed(slug: string): Promise<boolean> {
  return (await loadDismissed()).includes(profileKey(slug));
}

export async function dismiss(slug: string): Promise<void> {
  const key = profileKey(slug);
  const dismissed = await loadDismissed();
  if (dismissed.includes(key)) return;
  await browser.storage.local.set({ [KEY]: [...dismissed, key].slice(-MAX_DISMISSED) });
}
