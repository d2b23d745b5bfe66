/**
 * The platform-neutral language-model source: one JSON file per locale under `models/`.
 * alexa.ts turns these into Alexa interaction models, agent/ into the Dialogflow agent, and the offline
 * simulator's understanding is built from the same files; catalogue.ts checks them against the intent catalogue.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** A slot reference in a sample is written `{name}`; names are letters, digits and underscores. */
export const SLOT_REFERENCE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

const slotSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  /** A custom type declared in `types`, or a built-in such as `AMAZON.NUMBER`. */
  type: z.string().min(1),
});

const intentSchema = z.object({
  /** Contract names (see contracts/intents.md), including the `AMAZON.*` built-ins. */
  name: z.string().min(1),
  slots: z.array(slotSchema).optional(),
  /** What a shopper says; slot references in braces. Optional for built-ins. */
  samples: z.array(z.string().min(1)).optional(),
});

const typeValueSchema = z.object({
  /** Shared across locales, e.g. `COFFEE-BEANS`. */
  id: z.string().min(1),
  /** The canonical name in this locale's language. */
  name: z.string().min(1),
  synonyms: z.array(z.string().min(1)).optional(),
});

const typeSchema = z.object({
  name: z.string().min(1),
  values: z.array(typeValueSchema).min(1),
});

/** The platforms a model can be compiled for. */
export const PLATFORMS = ['alexa', 'google'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const modelSourceSchema = z.object({
  locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/),
  /**
   * Where this locale is served; absent means every platform, so older files stay valid.
   * Alexa has no zh-CN, for instance, so that model lists only "google".
   */
  platforms: z.array(z.enum(PLATFORMS)).min(1).optional(),
  /** Alexa's invocation name; Dialogflow has none but the field is kept so every file has one shape. */
  invocationName: z.string().min(1),
  intents: z.array(intentSchema).min(1),
  types: z.array(typeSchema),
});

export type ModelSlot = z.infer<typeof slotSchema>;
export type ModelIntent = z.infer<typeof intentSchema>;
export type ModelTypeValue = z.infer<typeof typeValueSchema>;
export type ModelType = z.infer<typeof typeSchema>;
export type ModelSource = z.infer<typeof modelSourceSchema>;

/** Whether the model is compiled for `platform`. */
export function servesPlatform(source: ModelSource, platform: Platform): boolean {
  return source.platforms?.includes(platform) ?? true;
}

/** Names of the slots a sample refers to, in order of appearance. */
export function slotsInSample(sample: string): string[] {
  return [...sample.matchAll(SLOT_REFERENCE)].map((m) => m[1] as string);
}

/** Parses and checks one model source; the error names the file and the offending field. */
export function parseModelSource(json: unknown, origin = 'model source'): ModelSource {
  const result = modelSourceSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new Error(`${origin}: invalid field ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Reads every `<locale>.json` in `dir`, sorted by file name so output order is stable. */
export async function readModelSources(dir: string): Promise<ModelSource[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const sources: ModelSource[] = [];
  for (const file of files) {
    const path = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (err) {
      throw new Error(`${path}: not valid JSON: ${(err as Error).message}`, { cause: err });
    }
    const source = parseModelSource(json, path);
    if (`${source.locale}.json` !== file) {
      throw new Error(`${path}: invalid field locale: "${source.locale}" does not match the file name`);
    }
    sources.push(source);
  }
  return sources;
}
