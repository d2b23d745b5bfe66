// Compiles the offline simulator (`npm run dialog`, tools/sim/main.ts) to JavaScript in build/sim/, so a run starts
// from compiled code instead of transpiling its TypeScript first (scripts/dialog.mjs runs it, and compiles it when
// a source is newer). Our code and most packages are bundled (SIM_EXTERNAL stay imports from node_modules). Each
// file keeps its own `import.meta.url` (the source file's), so what it finds beside itself (the models, build/nlu,
// the hash of its own code that keys the prebuilt understanding) is what it finds when tsx runs it.
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildNodeApp } from './build-node-app.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SIM_DIR = join(root, 'build', 'sim');
export const SIM_ENTRY = join(SIM_DIR, 'main.js');

const ownImportMeta: Plugin = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)), loader: 'ts' };
    });
  },
};

/** Left in node_modules: the native addon, and the Dialogflow front end's packages, which only the chunk a Google
 * session loads imports. Everything else is bundled: a start is mostly module loading (`npm run dialog` < 1 s). */
const SIM_EXTERNAL = ['better-sqlite3', 'actions-on-google', 'googleapis'];

/** @param outdir build/sim by default (tests build elsewhere). */
export async function buildSim(outdir = SIM_DIR): Promise<void> {
  await buildNodeApp(join(root, 'tools/sim/main.ts'), outdir, { plugins: [ownImportMeta], bundlePackagesExcept: SIM_EXTERNAL });
}
