// The least a LinkedIn hint can do: find the top card, tell the background, show a chip in a
// shadow root (the same host and class the bench looks for). No reader, no evaluator, no UI library.
(() => {
  const card = document.querySelector('section[componentkey$="Topcard"]');
  if (!card) return;
  chrome.runtime.sendMessage({ name: card.querySelector('h2')?.textContent ?? '' }).catch(() => {});
  const host = document.createElement('aside-note-card');
  const chip = document.createElement('button');
  chip.className = 'll-chip';
  chip.textContent = 'Message locked · why?';
  host.attachShadow({ mode: 'open' }).append(chip);
  card.prepend(host);
})();
