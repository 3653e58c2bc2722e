/**
 * Opening the popup as a page. It may first paint the view the background kept for it
 * (lib/storage/popup-snapshot.ts); a test reading what its own actions changed waits for the
 * background's answer (`main[data-source="live"]`), which is the popup's last word, and for what
 * the popup draws a frame after its first view (the chart, saved people, your profile:
 * `data-complete`).
 */
import type { E2EPage, E2ESession } from './types';

export async function openAnsweredPopup(session: E2ESession, query = ''): Promise<E2EPage> {
  const popup = await session.openExtensionPage(`popup.html${query}`);
  await popup.waitFor(() => document.querySelector('main[data-source="live"][data-complete]'));
  return popup;
}
