import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../utils/content/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: () => startContent(document, location.href),
});
