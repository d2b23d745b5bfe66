/* global module, require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config file: mocha reads it with require() */
// Mocha's settings for every run, and the suites the npm scripts run (TEST_SUITE=quick|integration|nlu).
// Without TEST_SUITE there is no spec, so `npx mocha test/core/format.test.ts` runs that file alone (a spec
// here would be merged with the files named on the command line).
//
// Which suite a test file belongs to is decided here and nowhere else:
// - integration: suites that start other programs or services, or need a build: the live test Vendure (installed,
//   started and seeded on first use, about a minute), the DynamoDB store's contract on a local DynamoDB server
//   (dynalite on a loopback port), esbuild's Lambda bundle and ask-cli's `npm install`, cfn-lint, and the
//   command-line tools or racing workers run as child processes;
// - nlu: the simulator's understanding, the NLU report's floors, and the conversation replays, which go through
//   that understanding (loading it and understanding each turn is most of their time); slow, with long timeouts
//   for a loaded machine;
// - quick: everything else, in two worker processes (a few files still use the local DynamoDB for one case each).
// `npm test` runs quick, integration and nlu one after the other: every file exactly once.

const { readdirSync } = require('node:fs');
const { join, sep } = require('node:path');

const INTEGRATION = [
  'test/commerce/vendure.test.ts',
  'test/commerce/vendure-conversation.test.ts',
  'test/server/vendure-end-to-end.test.ts',
  'test/server/account-linking.test.ts',
  'test/build/**/*.test.ts',
  'test/infrastructure/cfn-lint.test.ts',
  'test/scripts/seed.test.ts',
  'test/store/id-race.test.ts',
  'test/store/dynamodb.test.ts',
  'test/store/dynamodb-outbox.test.ts',
  'test/store/conversations-on-dynamodb.test.ts',
  'test/tools/sim/cli.test.ts',
];

const NLU = [
  'test/tools/sim/nlu/**/*.test.ts',
  'test/tools/sim/nlu-report.test.ts',
  'test/tools/sim/conversations.test.ts',
  'test/core/dialog-rules/said-aloud.test.ts',
];

// The quick suite's longest files (CPU seconds measured per file), started first: two workers take files in list
// order, so a long file left to the end would run alone while the other core idles. Any other file follows in
// name order; a file missing here only costs a little balance.
const LONGEST_FIRST = [
  'test/bad-input/corpus.test.ts',
  'test/server/google.test.ts',
  'test/core/ssml-property.test.ts',
  'test/models/agent.test.ts',
  'test/core/bad-input.test.ts',
  'test/mail/delivery.test.ts',
  'test/core/confirm.test.ts',
  'test/core/conversation.test.ts',
  'test/core/questions.test.ts',
  'test/eslint-boundaries.test.ts',
  'test/scripts/check-certification.test.ts',
  'test/core/reorder.test.ts',
];

/** Every test file under test/, the longest first; the suites' `ignore` then leaves out what is not theirs. */
function testFiles() {
  const all = readdirSync(join(__dirname, 'test'), { recursive: true })
    .map((f) => join('test', String(f)).split(sep).join('/'))
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
  return [...LONGEST_FIRST.filter((f) => all.includes(f)), ...all.filter((f) => !LONGEST_FIRST.includes(f))];
}

const SUITES = {
  // Two worker processes, one file at a time each: on two cores this about halves the wall time.
  quick: { spec: testFiles(), ignore: [...INTEGRATION, ...NLU], parallel: true, jobs: 2 },
  integration: { spec: INTEGRATION, timeout: 900_000 },
  nlu: { spec: NLU, timeout: 600_000 },
};

const suite = process.env.TEST_SUITE;
if (suite !== undefined && !(suite in SUITES)) {
  throw new Error(`TEST_SUITE=${suite} names no suite; .mocharc.cjs has ${Object.keys(SUITES).join(', ')}`);
}

module.exports = {
  require: ['test/support/root-hooks.ts'],
  'node-option': ['import=tsx'],
  timeout: 120_000,
  reporter: 'dot',
  ...(suite ? SUITES[suite] : {}),
};
