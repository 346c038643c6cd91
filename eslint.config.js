// ESLint for the whole tree: JavaScript's recommended rules, typescript-eslint's typed rules
// (the TypeScript project service reads tsconfig.json) and eslint-plugin-astro for .astro files.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated, copied or third-party files: content/ and dist are written by the build,
    // seeds/ and tests/fixtures/ are inputs compared byte for byte.
    ignores: [
      'content/',
      'seeds/',
      'tests/fixtures/',
      'dist*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    rules: {
      // A `let` that a function declared earlier reads (a cleanup handler) cannot be a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // An argument or array slot that a signature needs but the body does not is named `_…`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Vitest types its asymmetric matchers (`expect.any(String)`, `expect.stringMatching(…)`)
    // as `any`, so every `{ why: expect.any(String) }` would read as an unsafe assignment.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Inside ESLint the TypeScript service cannot resolve `astro:content` or imported .astro
    // components from an .astro file, so every value from them reads as an error type: typed
    // rules there would only report that, so .astro files get the untyped rules only.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
);
