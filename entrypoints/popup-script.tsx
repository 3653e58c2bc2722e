/**
 * The popup's script (popup.html loads it). A script of its own, built as one classic file, rather
 * than the page's module: a module page loads its entry, the chunk it shares with the options page
 * and their two style sheets, and runs nothing until the last of them is in; on a two-core machine
 * each extension file took ~30 ms to arrive, a few ms apart (docs/benchmark-notes.md §4, 2026-12-08).
 * popup.html's own style sheet (entrypoints/popup/style.css) loads beside it.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PopupApp } from '../components/popup/popup-app';
import { readPopupViewAfter, readSnapshotView, targetTabId } from '../components/popup/read-popup-view';

export default defineUnlistedScript(() => {
  // Asked for before the first render: the view kept for the popup, and the background's answer,
  // on its way while Preact paints "reading…" unless the kept view is there to be painted first.
  const tabId = targetTabId();
  const early = readSnapshotView(tabId);
  const live = readPopupViewAfter(early, tabId);
  const root = document.getElementById('app');
  if (root) render(<PopupApp live={live} early={early} />, root);
});
