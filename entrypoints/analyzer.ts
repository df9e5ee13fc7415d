import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../utils/content/controller';

// Injected by the background (after the gate) or by the popup (on demand), never by the manifest.
export default defineUnlistedScript(() => startContent(document, location.href));
