// Flat config: typescript-eslint recommended, plus the boundary rules that keep the architecture visible in the
// imports: `lambda/` (what runs in production) never reaches into developer tools, and the core stays
// platform-neutral, knowing the store and the shop only by their ports. test/eslint-boundaries.test.ts
// proves these rules bite.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Nothing under lambda/ may import build scripts, developer tools, benchmarks or tests. */
const RUNTIME_ONLY = [
  { group: ['**/scripts/**', '**/tools/**', '**/bench/**', '**/test/**'], message: 'lambda/ holds only what runs in production: no imports from scripts/, tools/, bench/ or test/.' },
];

/** Neither platform SDK. */
const PLATFORM_NEUTRAL = [
  { group: ['ask-sdk*', 'ask-sdk-*/**'], message: 'The core is platform-neutral: no ask-sdk imports.' },
  { group: ['actions-on-google', 'actions-on-google/**'], message: 'The core is platform-neutral: no actions-on-google imports.' },
  { group: ['**/alexa/**', '**/google/**', '**/server/**'], message: 'The core must not depend on adapters.' },
];

/** The core knows the store and the shop by their ports only; the composition roots (lambda/runtime.ts, the
 * adapters, the server, the simulator) choose and inject the implementations. */
const CORE_PORTS_ONLY = [
  { group: ['**/store/**', '!**/store/port.js', '!**/store/types.js'], message: 'The core knows the store by its port (store/port.ts, store/types.ts) only: inject implementations from a composition root.' },
  { group: ['**/commerce/**', '!**/commerce/port.js'], message: 'The core knows the shop by its port (commerce/port.ts) only: inject implementations from a composition root.' },
  { group: ['**/mail/transport*', '**/mail/sender*'], message: 'The core never sends mail: the host delivers the outbox.' },
  { group: ['**/runtime.js'], message: 'The core must not depend on the composition root.' },
  { group: ['better-sqlite3', '@aws-sdk/*', 'nodemailer', 'express'], message: 'The core does no I/O of its own: that is for stores, shops and hosts.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'data/', 'coverage/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Each file gets one no-restricted-imports setting (a later match replaces an earlier one), so each area
  // lists everything it must not import.
  {
    files: ['lambda/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: RUNTIME_ONLY }] },
  },
  {
    files: ['lambda/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...RUNTIME_ONLY, ...PLATFORM_NEUTRAL] }] },
  },
  {
    files: ['lambda/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...RUNTIME_ONLY, ...PLATFORM_NEUTRAL, ...CORE_PORTS_ONLY] }] },
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
