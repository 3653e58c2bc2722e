/**
 * Profiles on which the user hid the hint. Kept as hashes of the profile's vanity name salted
 * with this install's salt (so the list cannot be checked against known names), never the name
 * itself, in local storage, and bounded. Plain `storage.local` keeps the content script small.
 */
import { browser } from 'wxt/browser';
import { hash53 } from '../pace/hash';
import { DISMISSED_KEY } from './keys';

const MAX_DISMISSED = 500;

/** The stored form of a profile's vanity name: salted and hashed. */
export function dismissKey(slug: string, salt: string): string {
  return hash53(`${salt}|dismiss|${slug.toLowerCase()}`);
}

export async function loadDismissed(): Promise<string[]> {
  const stored = (await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY];
  return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
}

export async function dismiss(slug: string, salt: string): Promise<void> {
  const key = dismissKey(slug, salt);
  const dismissed = await loadDismissed();
  if (dismissed.includes(key)) return;
  await browser.storage.local.set({ [DISMISSED_KEY]: [...dismissed, key].slice(-MAX_DISMISSED) });
}
