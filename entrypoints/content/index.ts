import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGate } from '../../utils/content/gate-start';

// Runs on every page, so it stays tiny: the gate decides whether the analyzer is needed at all.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: () => startGate(document, location.href),
});
