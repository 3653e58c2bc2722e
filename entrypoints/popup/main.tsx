import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import '../../components/palette.css';
import '../../components/theme.css';
import '../../components/verdict/verdict.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
