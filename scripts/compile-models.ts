/**
 * Compiles the language-model sources in `models/` into Alexa interaction models under
 * `skill/interactionModels/custom/<locale>.json`, for the models that Alexa serves (not zh-CN).
 * The compiler is tools/models/alexa.ts; this is its command line.
 *
 *   npm run models            write the files
 *   npm run models -- --check exit 1 when a written file differs from what the sources give
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { alexaSources, compileAlexaModel, serializeModel } from '../tools/models/alexa.js';
import { loadModelSources } from '../tools/models/load.js';
import { ALEXA_MODELS_DIR, MODELS_DIR } from '../tools/models/paths.js';
import { runAsScript } from './run-as-script.js';

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const sources = alexaSources(await loadModelSources());
  if (sources.length === 0) throw new Error(`no Alexa model sources in ${MODELS_DIR}`);
  await mkdir(ALEXA_MODELS_DIR, { recursive: true });
  const stale: string[] = [];
  for (const source of sources) {
    const path = join(ALEXA_MODELS_DIR, `${source.locale}.json`);
    const content = serializeModel(compileAlexaModel(source));
    if (check) {
      const current = await readFile(path, 'utf8').catch(() => null);
      if (current !== content) stale.push(path);
    } else {
      await writeFile(path, content);
      console.log(`wrote ${path}`);
    }
  }
  if (stale.length > 0) {
    console.error(`stale interaction models (run \`npm run models\`):\n  ${stale.join('\n  ')}`);
    return 1;
  }
  return 0;
}

runAsScript(import.meta.url, main);
