import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would tie shared/ to one process: it must run unchanged in main, preload, renderer and workers. */
const platformModules = ['electron', 'fs', 'path', 'os', 'child_process', 'crypto', 'react', 'react-dom'];
/** Bare names are `paths` (exact), sub-paths are anchored patterns, so './host/electron' stays allowed. */
const restrict = (names, patterns, message) => [
  'error',
  { paths: names.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] },
];

/**
 * Workshop content is untrusted (files arrive on USB sticks): the renderer shows it as text, never as
 * HTML. A sanitised exception (Markdown, Mermaid) must disable this rule on its line with a reason
 * and get a hostile-content test in tests/e2e/web/security.spec.ts. See docs/threat-model.md.
 */
const rawHtmlMessage = 'Untrusted content must not become HTML; render text (see docs/threat-model.md).';
const rawHtmlSinks = [
  "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
  'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]',
  "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
].map((selector) => ({ selector, message: rawHtmlMessage }));

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web*/', 'test-results*/', 'playwright-report/', 'tests/bench/tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(platformModules, ['electron/*', 'node:*', 'fs/*', 'react-dom/*'], 'shared/ is pure TypeScript: no electron, node or DOM/React imports.'),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(['electron', 'fs', 'path', 'child_process'], ['electron/*', 'node:*'], 'The renderer talks to the Host interface only; it never imports electron or node.'),
      'no-restricted-syntax': ['error', ...rawHtmlSinks],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['react', 'react-dom'], ['react-dom/*', '**/renderer/**'], 'Main knows nothing of React or the renderer.'),
    },
  },
);
