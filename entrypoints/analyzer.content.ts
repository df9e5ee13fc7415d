import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../utils/content/controller';

// Injected by the background (after the gate) or by the popup (on demand), never by the manifest.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: () => startContent(document, location.href),
});
