import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layer boundaries from ../shared/STYLE.md: ui -> store -> engine -> core.
// Only engine/ and worker/ may import tfjs; core/ imports nothing of ours.
const noTfjs = {
  group: ['@tensorflow/*'],
  message: 'Only src/engine and src/worker may import tfjs (STYLE.md).',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noTfjs,
            { group: ['react', 'react-dom', 'zustand', 'recharts'], message: 'core/ is pure.' },
            {
              group: ['**/engine/**', '**/store/**', '**/ui/**', '**/app/**', '**/worker/**'],
              message: 'core/ imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noTfjs] }],
    },
  },
);
