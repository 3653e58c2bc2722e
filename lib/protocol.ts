/**
 * Every message between LockLens's contexts, typed and validated on receipt.
 * Content scripts run in a page the extension does not control: the background treats what they
 * send as untrusted input and parses it with these schemas before acting on it.
 */
import { z } from './zod';

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** A content script reports what it found on the page its tab shows. */
export const pageReportSchema = z.object({
  type: z.literal('page-report'),
  url: z.string().check(z.maxLength(2048)),
  status: z.enum(['profile', 'not-profile', 'unreadable']),
});

/** An extension page (popup, options) asks what the content script reported for a tab. */
export const tabStatusQuerySchema = z.object({
  type: z.literal('tab-status'),
  tabId: z.number().check(z.int(), z.nonnegative()),
});

export const contentMessageSchema = z.discriminatedUnion('type', [pageReportSchema]);
export const extensionPageMessageSchema = z.discriminatedUnion('type', [tabStatusQuerySchema]);

export type PageReport = z.infer<typeof pageReportSchema>;
export type ContentMessage = z.infer<typeof contentMessageSchema>;
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

/** What the background keeps per tab, in `storage.session`, so a service-worker restart loses nothing. */
export interface TabStatus {
  url: string;
  status: PageReport['status'];
  at: number;
}

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'content-script' | 'extension-page' | 'foreign';

/**
 * Who sent a message: this extension's own content script on LinkedIn, one of its own pages,
 * or anything else (rejected). Without `externally_connectable` other extensions and web pages
 * cannot reach `runtime.onMessage` at all; this check is the second lock on the door.
 */
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
