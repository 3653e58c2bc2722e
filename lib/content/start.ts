/**
 * Content-script wiring on linkedin.com: one profile view at a time. A navigation (LinkedIn is a
 * single-page app) or a settings change ends the current view at once and starts the next.
 * It only reads the page, and never throws into it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { profileSlugFromUrl } from '../page-detection';
import { showProfileView } from './profile-view';
import { onSettingsChanged, requestPageContext, sendReport, sendToLedger } from './report';
import { startSendDetector } from './sends/detector';

export function startOnLinkedIn(ctx: ContentScriptContext): void {
  let current: AbortController | null = null;

  const show = (url: string) => {
    current?.abort();
    if (ctx.isInvalid) return;
    const view = new AbortController();
    current = view;
    const signal = AbortSignal.any([view.signal, ctx.signal]);
    const slug = profileSlugFromUrl(url);
    if (!slug) {
      sendReport({ type: 'page-report', url, status: 'not-profile' });
      return;
    }
    requestPageContext()
      .then((context) => (signal.aborted ? undefined : showProfileView({ ctx, url, slug, context, signal })))
      .catch(() => {
        if (!signal.aborted) sendReport({ type: 'page-report', url, status: 'unreadable', reason: 'reader-error' });
      });
  };

  startSendDetector({
    signal: ctx.signal,
    salt: () => requestPageContext().then((context) => context.salt),
    onSend: (event) => void sendToLedger({ type: 'send', event }),
    onNotice: (notice) => void sendToLedger({ type: 'linkedin-notice', notice }),
  });
  show(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => show(newUrl.href));
  onSettingsChanged(() => show(location.href), ctx.signal);
  ctx.onInvalidated(() => current?.abort());
}
