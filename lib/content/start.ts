/**
 * Content-script wiring on linkedin.com. It only reads: it reports what kind of page the tab
 * shows, and it never throws into LinkedIn's page (every failure becomes an "unreadable" report).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isProfileUrl } from '../page-detection';
import type { PageReport } from '../protocol';

export function startOnLinkedIn(ctx: ContentScriptContext): void {
  const report = (url: string) => {
    if (ctx.isInvalid) return;
    const message: PageReport = {
      type: 'page-report',
      url,
      status: isProfileUrl(url) ? 'profile' : 'not-profile',
    };
    // A reloaded extension leaves this script orphaned: sending then rejects, and that is fine.
    browser.runtime.sendMessage(message).catch(() => {});
  };
  report(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => report(newUrl.href));
}
