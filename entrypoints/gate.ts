import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGate } from '../utils/content/gate-start';

// Runs on every page (listed in wxt.config.ts), so it stays tiny: the gate decides whether the
// analyzer is needed at all. A plain script, not defineContentScript: WXT's content-script wrapper
// posts a message to every page, which would tell any site the extension is installed.
export default defineUnlistedScript(() => startGate(document, location.href));
