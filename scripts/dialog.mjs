// `npm run dialog`: runs the compiled simulator (build/sim/main.js), compiling it first only when it is missing or
// older than a source it is made from (scripts/run-compiled.mjs). Silent while compiling: stdout may be --json.
// The understanding it loads is prebuilt too (build/nlu/, keyed by what it was trained from).
import { runCompiled } from './run-compiled.mjs';

await runCompiled({
  entry: 'build/sim/main.js',
  // The models it reads at run time are read fresh each run.
  sources: ['tools/sim', 'tools/models', 'lambda', 'locales', 'seeds', 'scripts', 'merchant.json', 'package-lock.json'],
  builder: 'scripts/build-sim.ts',
  build: 'buildSim',
});
