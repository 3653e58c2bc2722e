import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { readPopupViewAfter, readSnapshotView, targetTabId } from '../../components/popup/read-popup-view';
import '../../components/palette.css';
import '../../components/theme.css';
import '../../components/verdict/verdict.css';

const root = document.getElementById('app');
// Asked for before the first render: the view kept for the popup, and the background's answer,
// on its way while Preact paints "reading…" unless the kept view is there to be painted first.
const tabId = targetTabId();
const early = readSnapshotView(tabId);
const live = readPopupViewAfter(early, tabId);
if (root) render(<PopupApp live={live} early={early} />, root);
