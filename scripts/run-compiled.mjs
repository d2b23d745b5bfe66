// Runs a compiled entry point (build/…/main.js), compiling it first only when it is missing or older than a source
// it is made from (a fresh clone, a pull, an edit), so a run never transpiles TypeScript otherwise. Plain JavaScript:
// `npm start` and `npm run dialog` need neither tsx nor a build step of their own to decide.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

function stale(entry, sources) {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  return sources.some((source) => existsSync(join(ROOT, source)) && newestChange(join(ROOT, source)) > built);
}

/**
 * @param {{ entry: string, sources: string[], builder: string, build: string, message?: string }} job
 *   entry: the compiled file, relative to the root; sources: what it is compiled from; builder: the TypeScript module
 *   (relative to the root) exporting `build`, the function that compiles it.
 */
export async function runCompiled({ entry, sources, builder, build, message }) {
  const file = join(ROOT, entry);
  if (stale(file, sources)) {
    if (message) console.log(message);
    const { register } = await import('tsx/esm/api');
    const unregister = register();
    const module = await import(pathToFileURL(join(ROOT, builder)).href);
    await module[build]();
    await unregister();
  }
  await import(pathToFileURL(file).href);
}
