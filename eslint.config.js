import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers, one way (README, "How it is built"):
//   ui -> store -> worker (clients) -> engine -> core, with worker/protocol.ts
// the one module every side may read. Only engine/ and worker/ import tfjs;
// core/ imports nothing of ours but i18n/, the translations, which every
// layer may read and which reads only core's types. Each block below lists every pattern for
// its files, because a later block's rule replaces an earlier one's.
const noTfjs = {
  group: ['@tensorflow/*'],
  message: 'Only src/engine and src/worker may import tfjs.',
};
const layer = (dirs, message, except = []) => ({
  group: [...dirs.map((d) => `**/${d}/**`), ...except.map((e) => `!${e}`)],
  message,
});
// What crosses a worker boundary is plain data declared in the protocol: the
// page reads its types, never a module that would pull the engine in.
const protocolTypesOnly = {
  group: ['**/worker/protocol'],
  allowTypeImports: true,
  message: 'Import only types from the worker protocol here (`import type`).',
};
const restrict = (...patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

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
    rules: restrict(
      noTfjs,
      {
        group: ['react', 'react-dom', 'zustand', 'recharts', 'comlink'],
        message: 'core/ is pure.',
      },
      layer(['engine', 'store', 'ui', 'app', 'worker'], 'core/ imports nothing of ours.'),
    ),
  },
  {
    files: ['src/i18n/**/*.ts'],
    ignores: ['src/i18n/**/*.test.ts'],
    rules: restrict(
      noTfjs,
      {
        group: ['zustand', 'recharts', 'comlink'],
        message: 'i18n/ holds words only; every layer reads it.',
      },
      layer(
        ['engine', 'store', 'ui', 'app', 'worker'],
        'i18n/ holds words only; every layer reads it.',
      ),
    ),
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: restrict(
      layer(
        ['store', 'ui', 'app', 'worker'],
        'engine/ speaks plain data outward and knows nothing of the page; its types for the page live in worker/protocol.ts.',
        ['**/worker/protocol'],
      ),
    ),
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: restrict(
      layer(
        ['store', 'ui', 'app'],
        'worker/ hosts the engine and the data service; the store drives it.',
      ),
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/**/*.test.ts'],
    rules: restrict(
      noTfjs,
      layer(['ui', 'app'], 'store/ knows nothing of the components or the shell.'),
      layer(
        ['engine'],
        'store/ reaches the engine through worker/engine-client.ts and worker/protocol.ts.',
      ),
    ),
  },
  {
    // Store tests may build an Engine in Node and drive it as the page would.
    files: ['src/store/**/*.test.ts'],
    rules: restrict(
      noTfjs,
      layer(['ui', 'app'], 'store/ knows nothing of the components or the shell.'),
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict(
      noTfjs,
      layer(['engine', 'app'], 'ui/ talks to the store only.'),
      layer(['worker'], 'ui/ talks to the store only.', ['**/worker/protocol']),
      protocolTypesOnly,
    ),
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: restrict(
      noTfjs,
      layer(['engine', 'worker'], 'app/ wires the ui to the store; the store starts the engine.'),
    ),
  },
);
