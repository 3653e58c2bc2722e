/**
 * Waits, without polling, for the top card of the person `wanted` names (see findTopCardFor), at
 * a cost near zero while the rest of LinkedIn's page churns (feed, ads, rail). Two MutationObservers, both disconnected
 * the moment the card is there, the view is aborted, or the time runs out:
 * - one on the owner's column (where LinkedIn renders the top card), checking what is added or
 *   re-pointed there: nodes in or around a top card, links and keys changing in place;
 * - one on the smallest stable container (`#root`), only to notice the column itself being
 *   replaced (a new screen after an SPA navigation): while the column stays connected, each of
 *   its batches costs one `isConnected` read, however many nodes the page churns elsewhere.
 * With no column at all (a layout without one), the wide observer checks added nodes itself.
 */
import type { ProfileKey } from '../linkedin-urls';
import { queryEntry } from '../reader/dom';
import { findTopCardFor, stableContainer, TOP_CARD_SELECTOR } from '../reader/page-parts';
import { PAGE } from '../reader/selectors';

export const TOP_CARD_TIMEOUT_MS = 15_000;

function touchesTopCard(records: MutationRecord[]): boolean {
  for (const record of records) {
    // A link or key re-pointed in place: React reusing the previous person's card.
    if (record.type === 'attributes') return true;
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (element.closest(TOP_CARD_SELECTOR) || element.querySelector(TOP_CARD_SELECTOR)) return true;
    }
  }
  return false;
}

function ownerColumn(document: Document): Element | null {
  return queryEntry(document, 'mainColumn', PAGE.mainColumn)?.element ?? null;
}

export function waitForTopCard(
  document: Document,
  wanted: ProfileKey,
  previous: ReadonlySet<ProfileKey>,
  signal: AbortSignal,
  timeoutMs = TOP_CARD_TIMEOUT_MS,
): Promise<Element | null> {
  const now = findTopCardFor(document, wanted, previous);
  if (now || signal.aborted) return Promise.resolve(signal.aborted ? null : now);
  const container = stableContainer(document);
  return new Promise((resolve) => {
    let column: Element | null = null;
    const finish = (card: Element | null) => {
      narrow.disconnect();
      wide.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(card);
    };
    const onAbort = () => finish(null);
    const look = () => {
      const card = findTopCardFor(container, wanted, previous);
      if (card) finish(card);
    };
    const watchColumn = () => {
      column = ownerColumn(document);
      narrow.disconnect();
      if (column) {
        narrow.observe(column, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['href', 'componentkey'],
        });
      }
    };
    const narrow = new MutationObserver((records) => {
      if (touchesTopCard(records)) look();
    });
    const wide = new MutationObserver((records) => {
      if (column?.isConnected) return;
      watchColumn();
      if (column) look();
      else if (touchesTopCard(records)) look();
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    watchColumn();
    wide.observe(container, { childList: true, subtree: true });
  });
}
