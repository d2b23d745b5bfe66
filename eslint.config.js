// Flat config: typescript-eslint recommended, plus the rule that keeps the core platform-neutral.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'data/', 'coverage/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['lambda/core/**/*.ts', 'lambda/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['ask-sdk*', 'ask-sdk-*/**'], message: 'The core is platform-neutral: no ask-sdk imports.' },
          { group: ['actions-on-google', 'actions-on-google/**'], message: 'The core is platform-neutral: no actions-on-google imports.' },
          { group: ['**/alexa/**', '**/google/**', '**/server/**'], message: 'The core must not depend on adapters.' },
        ],
      }],
    },
  },
  {
    // Plain JavaScript launchers run by node itself.
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
