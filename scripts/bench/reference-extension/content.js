// The least a LinkedIn hint can do: find the top card, tell the background, show a chip in a
// shadow root (the same host and class the bench looks for). No reader, no evaluator, no UI library.
// On a people search, the least a list mark can do: one observer, a chip in a shadow root on each
// result card as it arrives (the host the bench looks for), one message per batch. A mark that
// says something must know whom the card is about and what it offers: each card's first profile
// link and its action's label (Message, Connect, Pending, Follow) go in the batch, as LockLens's
// cards go to its background (docs/benchmark-notes.md §5: added 2026-12-08, with its figures).
(() => {
  const chipIn = (name, text) => {
    const host = document.createElement(name);
    const chip = document.createElement('button');
    chip.className = 'll-chip';
    chip.textContent = text;
    host.attachShadow({ mode: 'open' }).append(chip);
    return host;
  };
  if (location.pathname.startsWith('/search/results/people')) {
    const CARD = '[data-view-name="people-search-result"]';
    const ACTION = 'a[href*="/messaging/compose/"], a[aria-label], button';
    new MutationObserver((records) => {
      const cards = [];
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          for (const card of node.matches(CARD) ? [node] : node.querySelectorAll(CARD)) {
            if (card.querySelector('aside-note-tag')) continue;
            const action = card.querySelector(ACTION);
            cards.push({
              href: card.querySelector('a[href*="/in/"]')?.getAttribute('href') ?? '',
              action: action?.getAttribute('aria-label') ?? action?.textContent.trim() ?? '',
            });
            card.prepend(chipIn('aside-note-tag', '🔒'));
          }
        }
      }
      if (cards.length > 0) chrome.runtime.sendMessage({ cards }).catch(() => {});
    }).observe(document.body, { childList: true, subtree: true });
    return;
  }
  const card = document.querySelector('section[componentkey$="Topcard"]');
  if (!card) return;
  chrome.runtime.sendMessage({ name: card.querySelector('h2')?.textContent ?? '' }).catch(() => {});
  card.prepend(chipIn('aside-note-card', 'Message locked · why?'));
})();
