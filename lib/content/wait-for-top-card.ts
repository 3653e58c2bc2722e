/**
 * Waits, without polling, for the top card of the profile at `slug`. One MutationObserver on
 * the smallest stable container (childList only), disconnected the moment the card is there,
 * the view is aborted, or the time runs out. A batch of mutations that adds nothing in or
 * around a top card (LinkedIn's feed, ads, rail) costs one `closest`/`querySelector` per node.
 */
import { findTopCardFor, stableContainer, TOP_CARD_SELECTOR } from '../reader/page-parts';

function touchesTopCard(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (element.closest(TOP_CARD_SELECTOR) || element.querySelector(TOP_CARD_SELECTOR)) return true;
    }
  }
  return false;
}

export const TOP_CARD_TIMEOUT_MS = 15_000;

export function waitForTopCard(
  document: Document,
  slug: string,
  signal: AbortSignal,
  timeoutMs = TOP_CARD_TIMEOUT_MS,
): Promise<Element | null> {
  const now = findTopCardFor(document, slug);
  if (now || signal.aborted) return Promise.resolve(signal.aborted ? null : now);
  const container = stableContainer(document);
  return new Promise((resolve) => {
    const finish = (card: Element | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(card);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver((records) => {
      if (!touchesTopCard(records)) return;
      const card = findTopCardFor(container, slug);
      if (card) finish(card);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(container, { childList: true, subtree: true });
  });
}
