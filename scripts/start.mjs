// `npm start`: runs the compiled server (build/server/main.js). It compiles it first only when it is missing or
// older than a source it is made from (a fresh clone, a pull, an edit), so a start never transpiles TypeScript
// otherwise. Plain JavaScript, so starting needs neither tsx nor a build step of its own.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'build', 'server', 'main.js');
/** What the server bundle is compiled from. */
const SOURCES = ['lambda', 'locales', 'seeds', 'merchant.json', 'package-lock.json'];

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
  console.log('compiling the server (build/server) …');
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  const { buildServer } = await import(pathToFileURL(join(root, 'scripts', 'build-server.ts')).href);
  await buildServer();
  await unregister();
}
await import(pathToFileURL(entry).href);
