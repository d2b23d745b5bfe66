// Model source -> Alexa interaction model (skill/interactionModels/custom/<locale>.json).
import { servesPlatform, type ModelSource } from './source.js';

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

/** The sources that get an Alexa interaction model: a locale Alexa does not offer would fail the skill build. */
export function alexaSources(sources: ModelSource[]): ModelSource[] {
  return sources.filter((source) => servesPlatform(source, 'alexa'));
}
