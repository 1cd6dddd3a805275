import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'demo-dist/', 'node_modules/', 'custom-elements.json', 'test/.generated/', '.tmp-measure/', '.tmp-manifest-*/', '.tmp-wordpress/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: render text through Lit bindings.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks.' },
        { selector: "CallExpression[callee.name='fetch']", message: 'The widgets make no network request.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML.' }, { name: 'zod', message: "Import 'zod/mini' (full zod is ~90 kB gzipped)." }] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs', 'bench/**/*.mjs', 'wordpress/*.mjs', '*.config.*', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // The core imports no exercise (each one's data type reaches it from src/entries/data.ts): nothing outside src/core/
  // but the registry's plain list. (The rule's whole setting: the paths above are repeated.)
  ...[
    ['src/core/*.ts', '../'],
    ['src/core/*/**/*.ts', '../../'],
  ].map(([files, up]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML.' }, { name: 'zod', message: "Import 'zod/mini' (full zod is ~90 kB gzipped)." }],
          patterns: [{ group: [`${up}*`, `!${up}registry.js`], message: 'The core imports no exercise: only src/core/ and src/registry.ts.' }],
        },
      ],
    },
  })),
);
