// The least a popup can do: ask the worker once, then draw one figure where the bench looks for
// LockLens's dashboard (`main[data-ready] [data-metric]`). No UI library, no storage, no styles.
chrome.runtime.sendMessage({ type: 'pace' }).then(() => {
  const main = document.querySelector('main');
  const metric = document.createElement('p');
  metric.dataset.metric = 'invitations';
  metric.textContent = '0 invitations this week';
  main.append(metric);
  main.dataset.ready = '';
});
