import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { readPopupView, readSnapshotView, targetTabId } from '../../components/popup/read-popup-view';
import '../../components/palette.css';
import '../../components/theme.css';
import '../../components/verdict/verdict.css';

const root = document.getElementById('app');
// Asked for before the first render: the answer is on its way while Preact paints "reading…",
// and the view kept for the popup is read meanwhile, in case the background is still waking.
const tabId = targetTabId();
const live = readPopupView(tabId);
const early = readSnapshotView(tabId);
if (root) render(<PopupApp live={live} early={early} />, root);
