// The model sources against the intent catalogue (lambda/core/intents/catalog.ts): a model has exactly the intents
// the catalogue serves on its platforms, each with the catalogue's slots. The catalogue is the one list of intents
// and slots; a model adds only what a platform needs per language (samples, types).
import { INTENTS, intentsOn, isIntentName, type IntentPlatform } from '../../lambda/core/intents/catalog.js';
import { PLATFORMS, servesPlatform, type ModelSource } from './source.js';

/** What in `source` disagrees with the catalogue, one line each; empty when it agrees. */
export function catalogueProblems(source: ModelSource): string[] {
  const problems: string[] = [];
  const platforms = PLATFORMS.filter((p) => servesPlatform(source, p)) as IntentPlatform[];
  const expected = new Set(platforms.flatMap((p) => intentsOn(p)));
  const declared = new Set(source.intents.map((i) => i.name));
  for (const name of expected) if (!declared.has(name)) problems.push(`${source.locale}: lacks intent ${name}, which the catalogue has`);
  for (const intent of source.intents) {
    if (!isIntentName(intent.name)) {
      problems.push(`${source.locale}: intent ${intent.name} is not in the catalogue (lambda/core/intents/catalog.ts)`);
      continue;
    }
    const want = INTENTS[intent.name].slots.map((s) => `${s.name}:${s.type}`).join(', ');
    const have = (intent.slots ?? []).map((s) => `${s.name}:${s.type}`).join(', ');
    if (want !== have) problems.push(`${source.locale}: ${intent.name} declares slots [${have}], the catalogue [${want}]`);
  }
  return problems;
}

/** Throws, naming every disagreement, unless every source agrees with the catalogue. */
export function assertCatalogue(sources: ModelSource[]): void {
  const problems = sources.flatMap(catalogueProblems);
  if (problems.length > 0) throw new Error(`the language models disagree with the intent catalogue:\n  ${problems.join('\n  ')}`);
}
