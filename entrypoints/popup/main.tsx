import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import '../../components/base.css';
import './popup.css';

// The page's language, for screen readers and for the CJK font the browser picks.
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app') as HTMLElement);
