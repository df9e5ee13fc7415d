import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Fixed so that tests (and users' exported links) see one stable id.
export const GECKO_ID = 'renda-reader@renda-reader.local';

export default defineConfig({
  // Explicit imports everywhere: the analyze command runs the same modules in Node,
  // and the database module must never slip into the content script unnoticed.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the saved articles must not be evicted under storage pressure (README).
    permissions: ['scripting', 'contextMenus', 'unlimitedStorage'],
    host_permissions: ['http://*/*', 'https://*/*'],
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_idle' }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first ESR that reads data_collection_permissions; we collect nothing.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the declaration from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
