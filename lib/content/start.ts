/**
 * Content-script wiring on linkedin.com: one profile view at a time. A navigation to another page
 * (LinkedIn is a single-page app) or a settings change ends the current view at once and starts
 * the next; the same person's address rewritten in place keeps the view.
 * It only reads the page, and never throws into it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPeopleListUrl, type ProfileKey, profileKeyFromUrl } from '../linkedin-urls';
import type { PageContext } from '../protocol/answers';
import {
  checkText,
  onSettingsChanged,
  reportListCards,
  requestPageContext,
  saveProfile,
  sendPlanHintWithNextReport,
  sendReport,
  sendToLedger,
} from './background-client';
import { startComposerChecks } from './composer/composer-checks';
import { showListMarks } from './list-marks';
import { planHintFromPage } from './plan-hint';
import { showProfileView } from './profile-view';
import { startSendDetector } from './sends/detector';

export function startOnLinkedIn(ctx: ContentScriptContext): void {
  let current: AbortController | null = null;
  // This install's salt, kept from the first answer (it never changes while the page lives).
  let saltAnswer: Promise<string> | null = null;
  const keepSalt = (context: Promise<PageContext>) => {
    saltAnswer ??= context
      .then((answer) => answer.salt)
      .catch((error) => {
        saltAnswer = null; // ask again next time: the worker may have been starting up
        throw error;
      });
    return saltAnswer;
  };
  const salt = () => saltAnswer ?? keepSalt(requestPageContext());

  // The names on the card the last view read (never read that card for the next person), and
  // those of the current view once its card is found.
  let previous: ReadonlySet<ProfileKey> = new Set();
  let shown: ReadonlySet<ProfileKey> | null = null;

  const show = (url: string, restart: boolean) => {
    const key = profileKeyFromUrl(url);
    // LinkedIn rewrites the address between a member id and the vanity name, or its query,
    // after load (history.replaceState): the same person's view goes on, with one hint.
    if (!restart && key && shown?.has(key) && current && !current.signal.aborted) return;
    current?.abort();
    shown = null;
    if (ctx.isInvalid) return;
    const view = new AbortController();
    current = view;
    const signal = AbortSignal.any([view.signal, ctx.signal]);
    if (!key) {
      sendReport({ type: 'page-report', url, status: 'not-profile' });
      // People search and My Network: a mark beside each person (the salt rides on its context).
      if (isPeopleListUrl(url)) {
        const context = requestPageContext(undefined, true);
        void keepSalt(context).catch(() => {});
        showListMarks({ signal, context, report: reportListCards, save: saveProfile }).catch(() => {});
      }
      return;
    }
    showProfileView({
      url,
      key,
      previous,
      signal,
      requestContext: (slug) => requestPageContext(slug),
      // The salt rides on the profile's context: no message of its own on a profile.
      onContext: (context) => void keepSalt(context).catch(() => {}),
      onCard: (keys) => {
        previous = keys;
        if (current === view) shown = keys;
      },
    }).catch(() => {
      if (!signal.aborted) sendReport({ type: 'page-report', url, status: 'unreadable', reason: 'reader-error' });
    });
  };

  sendPlanHintWithNextReport(planHintFromPage(document));
  // The view first: on a profile it asks for the salt with the hint's context, before the send
  // detector asks for it (which then waits for that answer instead of sending a message).
  show(location.href, true);
  startSendDetector({
    signal: ctx.signal,
    salt,
    onSend: (event) => void sendToLedger({ type: 'send', event }),
    onNotice: (notice) => void sendToLedger({ type: 'linkedin-notice', notice }),
  });
  startComposerChecks({
    signal: ctx.signal,
    check: checkText,
    onSettingsChanged: (onChange) => onSettingsChanged(onChange, ctx.signal),
  });
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => show(newUrl.href, false));
  onSettingsChanged(() => show(location.href, true), ctx.signal);
  ctx.onInvalidated(() => current?.abort());
}
