// The least a LinkedIn hint can do: find the top card, tell the background, show a chip in a
// shadow root (the same host and class the bench looks for). No reader, no evaluator, no UI library.
// On a people search, the least a list mark can do: one observer, a chip in a shadow root on each
// result card as it arrives (the host the bench looks for), one message per batch.
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
    new MutationObserver((records) => {
      let marked = 0;
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          for (const card of node.matches(CARD) ? [node] : node.querySelectorAll(CARD)) {
            if (card.querySelector('aside-note-tag')) continue;
            card.prepend(chipIn('aside-note-tag', '🔒'));
            marked++;
          }
        }
      }
      if (marked > 0) chrome.runtime.sendMessage({ cards: marked }).catch(() => {});
    }).observe(document.body, { childList: true, subtree: true });
    return;
  }
  const card = document.querySelector('section[componentkey$="Topcard"]');
  if (!card) return;
  chrome.runtime.sendMessage({ name: card.querySelector('h2')?.textContent ?? '' }).catch(() => {});
  card.prepend(chipIn('aside-note-card', 'Message locked · why?'));
})();
