import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const STORE = ['**/store', '**/store/**', 'dexie'];
// Components the in-page toolbar renders inside web pages.
const CONTENT_COMPONENTS = [
  'components/HighlightToolbar.tsx',
  'components/TagInput.tsx',
  'components/colors.ts',
];

/** A boundary: these files may not import those modules. */
function boundary(files, groups, message, ignores = []) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
  };
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    languageOptions: { globals: { console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The content side runs in web pages: IndexedDB there is the visited site's, not ours. It asks the
  // background by message (utils/messaging.ts). tests/e2e/bundle.test.ts checks the built scripts too.
  boundary(
    [
      'entrypoints/gate.ts',
      'entrypoints/analyzer.ts',
      'utils/content/**',
      'utils/article/**',
      'utils/detect/**',
      'utils/anchor/**',
      'utils/highlight/**',
      ...CONTENT_COMPONENTS,
    ],
    [...STORE, '**/client', '**/client/**'],
    'The content side runs in the web page: reach the database through utils/messaging.ts.',
  ),
  // The popup and the library reach the store through the one client API (utils/client), so that
  // neither loads the database code; the background owns the database.
  boundary(
    ['entrypoints/popup/**', 'entrypoints/options/**', 'components/**', 'utils/library/**'],
    STORE,
    'Extension pages reach the store through utils/client.',
    // Shown in web pages: the content side's rule above holds for them.
    CONTENT_COMPONENTS,
  ),
  // Exporters are pure string builders over the core's records.
  boundary(
    ['utils/export/**'],
    [...STORE, '**/client', '**/client/**', 'wxt/**'],
    'Exporters depend on utils/core only.',
  ),
  // The core depends on nothing of ours but itself.
  boundary(
    ['utils/core/**'],
    ['../*', '!./*', 'dexie', 'wxt/**', 'preact', 'preact/**'],
    'The core is dependency-free: records, selectors, colours, errors and text folding only.',
  ),
);
