import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

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
  {
    // The content script runs in the page's origin: IndexedDB there is the page's, not ours.
    files: [
      'entrypoints/content/**',
      'entrypoints/content.ts',
      'utils/article/**',
      'utils/detect/**',
      'utils/anchor/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db', '**/db/**', 'dexie'],
              message: 'The database lives in the extension origin; use messaging.',
            },
          ],
        },
      ],
    },
  },
);
