// The repository's model sources as the compilers use them: read from models/, checked against the intent
// catalogue, with the invocation names merchant.json gives (the merchant names the skill in one place).
import { merchant, type Merchant } from '../../lambda/merchant.js';
import { assertCatalogue } from './catalogue.js';
import { MODELS_DIR } from './paths.js';
import { readModelSources, type ModelSource } from './source.js';

export async function loadModelSources(dir: string = MODELS_DIR, config: Merchant | undefined = merchant()): Promise<ModelSource[]> {
  const sources = await readModelSources(dir);
  assertCatalogue(sources);
  return sources.map((source) => {
    const invocationName = config?.locales[source.locale]?.invocationName;
    return invocationName ? { ...source, invocationName } : source;
  });
}
