// `npm run dialog`: runs the compiled simulator (build/sim/main.js). It compiles it first only when it is missing or
// older than a source it is made from, so a run never transpiles TypeScript otherwise. Plain JavaScript, like
// scripts/start.mjs. The understanding it loads is prebuilt too (build/nlu/, keyed by what it was trained from).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'build', 'sim', 'main.js');
/** What the simulator bundle is compiled from (the models it reads at run time are read fresh each run). */
const SOURCES = ['tools/sim', 'tools/models', 'lambda', 'locales', 'seeds', 'scripts', 'merchant.json', 'package-lock.json'];

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

function stale() {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  return SOURCES.some((source) => existsSync(join(root, source)) && newestChange(join(root, source)) > built);
}

if (stale()) {
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  const { buildSim } = await import(pathToFileURL(join(root, 'scripts', 'build-sim.ts')).href);
  await buildSim();
  await unregister();
}
await import(pathToFileURL(entry).href);
