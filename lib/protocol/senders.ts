/**
 * Who may talk to the background: this extension's own content script on LinkedIn and its own
 * pages. Without `externally_connectable` other extensions and web pages cannot reach
 * `runtime.onMessage` at all; this check is the second lock on the door.
 */
export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'content-script' | 'extension-page' | 'foreign';

/** Who sent a message: this extension's own content script on LinkedIn, one of its own pages, or anything else (rejected). */
export function classifySender(sender: SenderInfo, ownId: string, ownBaseUrl: string): SenderKind {
  if (sender.id !== ownId || !sender.url) return 'foreign';
  // `URL.origin` is "null" for extension schemes outside browsers, so pages are matched by prefix.
  if (sender.url.startsWith(ownBaseUrl)) return 'extension-page';
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return 'foreign';
  }
  if (sender.tab?.id !== undefined && origin === LINKEDIN_ORIGIN) return 'content-script';
  return 'foreign';
}
