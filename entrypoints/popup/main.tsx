import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App, loadTab } from './App';
import baseCss from '../../components/base.css?inline';
import popupCss from './popup.css?inline';

performance.mark('popup-start');
// Ask the tab first: its answers are on their way while Preact renders "Reading the page…".
const first = loadTab(location.search, false);
// The styles travel in this script rather than as two more files for the browser to fetch before it runs.
const style = document.createElement('style');
style.textContent = baseCss + popupCss;
document.head.append(style);
// The page's language, for screen readers and for the CJK font the browser picks.
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App first={first} />, document.getElementById('app') as HTMLElement);
