// `npm start`: runs the compiled server (build/server/main.js), compiling it first only when it is missing or older
// than a source it is made from (scripts/run-compiled.mjs), so a start never transpiles TypeScript otherwise.
import { runCompiled } from './run-compiled.mjs';

await runCompiled({
  entry: 'build/server/main.js',
  sources: ['lambda', 'locales', 'seeds', 'merchant.json', 'package-lock.json'],
  builder: 'scripts/build-server.ts',
  build: 'buildServer',
  message: 'compiling the server (build/server) …',
});
