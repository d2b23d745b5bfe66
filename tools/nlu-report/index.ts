// How well the simulator's understanding reads the labelled utterances in test/nlu: the library behind
// `npm run nlu:report` (scripts/nlu-report.ts) and the NLU tests.
export * from './copies.js';
export * from './format.js';
export * from './normalize.js';
export * from './readme.js';
export * from './score.js';
export * from './sets.js';
