/**
 * Compiles the language-model sources in `models/` into Alexa interaction models under
 * `skill/interactionModels/custom/<locale>.json`, for the models that Alexa serves (not zh-CN).
 *
 *   npm run models            write the files
 *   npm run models -- --check exit 1 when a written file differs from what the sources give
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { merchant, type Merchant } from '../lambda/merchant.js';
import { readModelSources, servesPlatform, type ModelSource } from '../tools/models/source.js';
import { runAsScript } from './run-as-script.js';

export const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));
export const MODELS_DIR = join(ROOT_DIR, 'models');
export const ALEXA_MODELS_DIR = join(ROOT_DIR, 'skill', 'interactionModels', 'custom');

export interface AlexaInteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
      types: { name: string; values: { id: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
  };
}

/** The Alexa interaction model for one locale's source. */
export function compileAlexaModel(source: ModelSource): AlexaInteractionModel {
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents: source.intents.map((intent) => ({
          name: intent.name,
          ...(intent.slots?.length ? { slots: intent.slots.map(({ name, type }) => ({ name, type })) } : {}),
          samples: [...(intent.samples ?? [])],
        })),
        types: source.types.map((type) => ({
          name: type.name,
          values: type.values.map((value) => ({
            id: value.id,
            name: {
              value: value.name,
              ...(value.synonyms?.length ? { synonyms: [...value.synonyms] } : {}),
            },
          })),
        })),
      },
    },
  };
}

/** The file content written for a compiled model: 2-space JSON and a trailing newline. */
export function serializeModel(model: unknown): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** The model sources, with the invocation names merchant.json gives (the merchant names the skill in one place). */
export async function loadModelSources(dir: string = MODELS_DIR, config: Merchant | undefined = merchant()): Promise<ModelSource[]> {
  const sources = await readModelSources(dir);
  return sources.map((source) => {
    const invocationName = config?.locales[source.locale]?.invocationName;
    return invocationName ? { ...source, invocationName } : source;
  });
}

/** The sources that get an Alexa interaction model: a locale Alexa does not offer would fail the skill build. */
export function alexaSources(sources: ModelSource[]): ModelSource[] {
  return sources.filter((source) => servesPlatform(source, 'alexa'));
}

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
