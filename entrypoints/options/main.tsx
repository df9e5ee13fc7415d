import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { App } from './App';
import '../../components/base.css';
import '../../components/library/library.css';
import '../../components/library/archive.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `${t('libTitle')} · ${t('extName')}`;
render(<App />, document.getElementById('app') as HTMLElement);
