// Slot types -> Dialogflow entities: the model's custom types become entities with entries per language, the
// Alexa built-ins map to system entities.
import type { ModelSource } from '../source.js';
import { stableId } from './ids.js';
import { unique } from './languages.js';
import type { AgentFiles, AgentLanguage, EntityEntry } from './types.js';

/** Alexa built-in slot types -> Dialogflow system entities. A new built-in must be added here, not guessed. */
const SYSTEM_ENTITIES: Record<string, string> = {
  'AMAZON.NUMBER': '@sys.number',
  // A voice code is four digits said one by one; a number sequence keeps them as a string, leading zeros too.
  'AMAZON.FOUR_DIGIT_NUMBER': '@sys.number-sequence',
};

/** PRODUCT -> Product, MY_TYPE -> MyType: Dialogflow entity names read like the console's own. */
function entityName(type: string): string {
  return type.toLowerCase().split(/[_-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** The entity a slot of `type` is annotated with: `@Product`, `@sys.number`. */
export function entityOf(type: string): string {
  if (type.startsWith('AMAZON.')) {
    const system = SYSTEM_ENTITIES[type];
    if (!system) throw new Error(`no Dialogflow system entity for slot type ${type}: add it to SYSTEM_ENTITIES`);
    return system;
  }
  return `@${entityName(type)}`;
}

/** entities/<Name>.json and entities/<Name>_entries_<lang>.json for each custom type of the reference model. */
export function entityFiles(languages: AgentLanguage[]): AgentFiles {
  const files: AgentFiles = {};
  const reference: ModelSource = languages[0].sources[0];
  for (const type of reference.types) {
    const name = entityName(type.name);
    files[`entities/${name}.json`] = {
      id: stableId('entity', name),
      name,
      isOverridable: true,
      isEnum: false,
      isRegexp: false,
      // Alexa slot types take words outside the list; so may this entity. The core matches the
      // spoken words (the parameter's ".original") against the shopper's own orders anyway.
      automatedExpansion: true,
      allowFuzzyExtraction: false,
    };
    for (const language of languages) {
      const [primary, ...others] = language.sources;
      const values = primary.types.find((t) => t.name === type.name)?.values ?? [];
      files[`entities/${name}_entries_${language.lang}.json`] = values.map((value): EntityEntry => {
        const same = others.flatMap((s) => s.types.find((t) => t.name === type.name)?.values.filter((v) => v.id === value.id) ?? []);
        const synonyms = [value, ...same].flatMap((v) => [v.name, ...(v.synonyms ?? [])]);
        return { value: value.name, synonyms: unique(synonyms) };
      });
    }
  }
  return files;
}
