/**
 * Compiles the language-model sources in `models/` into Alexa interaction models under
 * `skill/interactionModels/custom/<locale>.json`, for the models that Alexa serves (not zh-CN), and writes the
 * handlers' registry (lambda/core/handlers/registry.ts) from the intent catalogue and the handler files.
 * The compilers are tools/models/alexa.ts and tools/models/registry.ts; this is their command line.
 *
 *   npm run models            write the files
 *   npm run models -- --check exit 1 when a written file differs from what the sources give
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { alexaSources, compileAlexaModel, serializeModel } from '../tools/models/alexa.js';
import { loadModelSources } from '../tools/models/load.js';
import { ALEXA_MODELS_DIR, MODELS_DIR } from '../tools/models/paths.js';
import { REGISTRY_FILE, renderRegistry } from '../tools/models/registry.js';
import { runAsScript } from './run-as-script.js';

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const sources = alexaSources(await loadModelSources());
  if (sources.length === 0) throw new Error(`no Alexa model sources in ${MODELS_DIR}`);
  await mkdir(ALEXA_MODELS_DIR, { recursive: true });
  const outputs = sources.map((source) => ({
    path: join(ALEXA_MODELS_DIR, `${source.locale}.json`),
    content: serializeModel(compileAlexaModel(source)),
  }));
  outputs.push({ path: REGISTRY_FILE, content: renderRegistry() });
  const stale: string[] = [];
  for (const { path, content } of outputs) {
    if (check) {
      const current = await readFile(path, 'utf8').catch(() => null);
      if (current !== content) stale.push(path);
    } else {
      await writeFile(path, content);
      console.log(`wrote ${path}`);
    }
  }
  if (stale.length > 0) {
    console.error(`stale interaction models or handler registry (run \`npm run models\`):\n  ${stale.join('\n  ')}`);
    return 1;
  }
  return 0;
}

runAsScript(import.meta.url, main);
