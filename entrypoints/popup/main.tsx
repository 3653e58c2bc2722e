import { render } from 'preact';
import { PopupApp, readPopupView } from '../../components/popup/popup-app';
import '../../components/palette.css';
import '../../components/theme.css';
import '../../components/verdict/verdict.css';

const root = document.getElementById('app');
// Asked for before the first render: the answer is on its way while Preact paints "reading…".
const first = readPopupView();
if (root) render(<PopupApp first={first} />, root);
