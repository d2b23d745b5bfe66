// The training data the simulator understands with, read the way each platform reads it: Alexa from the
// interaction model under skill/, Dialogflow from the agent compiled out of models/. Both become the same
// shape: intents with samples made of words and slot references, and slot types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FALLBACK_INTENT } from './types.js';

export type SlotKind = 'number' | 'digits' | 'custom';

export interface SlotSpec {
  name: string;
  kind: SlotKind;
  /** The custom type's name (PRODUCT, Product), for entity resolution. */
  type?: string;
}

/** A sample: literal text and slot references in order. */
export type SamplePart = { text: string } | { slot: string };

export interface TrainingIntent {
  name: string;
  slots: SlotSpec[];
  samples: SamplePart[][];
}

export interface TypeValue {
  id: string;
  name: string;
  synonyms: string[];
}

export interface TrainingModel {
  locale: string;
  invocationName: string;
  intents: TrainingIntent[];
  types: Record<string, TypeValue[]>;
  /** Names the trained classifier's artifact under build/nlu/ (e.g. "alexa-de-DE"); without it, it is trained each time. */
  cacheName?: string;
}

export function slotKind(type: string): SlotKind {
  if (type === 'AMAZON.FOUR_DIGIT_NUMBER' || type === '@sys.number-sequence') return 'digits';
  if (type === 'AMAZON.NUMBER' || type.startsWith('@sys.number')) return 'number';
  return 'custom';
}

export function parseSample(sample: string): SamplePart[] {
  const parts: SamplePart[] = [];
  let last = 0;
  for (const m of sample.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    if (m.index! > last) parts.push({ text: sample.slice(last, m.index) });
    parts.push({ slot: m[1] });
    last = m.index! + m[0].length;
  }
  if (last < sample.length) parts.push({ text: sample.slice(last) });
  return parts;
}

interface AlexaModelFile {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: { name: string; slots?: { name: string; type: string }[]; samples?: string[] }[];
      types?: { name: string; values: { id?: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
  };
}

export function alexaTrainingModel(locale: string, file: string): TrainingModel {
  const model = (JSON.parse(readFileSync(file, 'utf8')) as AlexaModelFile).interactionModel.languageModel;
  return {
    locale,
    invocationName: model.invocationName,
    intents: model.intents.map((intent) => ({
      name: intent.name,
      slots: (intent.slots ?? []).map((s) => ({ name: s.name, kind: slotKind(s.type), type: s.type })),
      samples: (intent.samples ?? []).map(parseSample),
    })),
    types: Object.fromEntries((model.types ?? []).map((t) => [t.name, t.values.map((v) => ({
      id: v.id ?? v.name.value, name: v.name.value, synonyms: v.name.synonyms ?? [],
    }))])),
  };
}

interface AgentIntentFile {
  name: string;
  parentId?: string;
  fallbackIntent?: boolean;
  events?: { name: string }[];
  responses: { parameters: { name: string; dataType: string }[] }[];
}

interface UserSaysFile {
  data: { text: string; alias?: string; meta?: string }[];
}

/** Reads a Dialogflow ES agent (as exported: a map of relative path -> JSON) for one agent language. */
export function agentTrainingModel(locale: string, agentLang: string, files: Map<string, unknown>, invocationName: string): TrainingModel {
  const intents: TrainingIntent[] = [];
  const types: Record<string, TypeValue[]> = {};
  for (const [path, content] of files) {
    const entries = /^entities\/(.+)_entries_(.+)\.json$/.exec(path);
    if (entries && entries[2] === agentLang) {
      types[`@${entries[1]}`] = (content as { value: string; synonyms: string[] }[]).map((e) => ({
        id: e.value, name: e.value, synonyms: e.synonyms.filter((s) => s !== e.value),
      }));
    }
    const intentFile = /^intents\/([^/]+)\.json$/.exec(path);
    if (!intentFile || intentFile[1].includes('_usersays_')) continue;
    const intent = content as AgentIntentFile;
    // Follow-ups only fire inside their parent's context; the core answers yes/no globally anyway.
    if (intent.parentId) continue;
    const says = files.get(`intents/${intent.name}_usersays_${agentLang}.json`) as UserSaysFile[] | undefined;
    intents.push({
      // The fallback intent's phrases are negative examples: out-of-domain speech, as AMAZON.FallbackIntent's samples.
      name: intent.fallbackIntent ? FALLBACK_INTENT : intent.name,
      slots: (intent.responses[0]?.parameters ?? []).map((p) => ({ name: p.name, kind: slotKind(p.dataType), type: p.dataType })),
      samples: (says ?? []).map((s) => s.data.map((part) => (part.alias ? { slot: part.alias } : { text: part.text }))),
    });
  }
  return { locale, invocationName, intents, types };
}

export function alexaModelPath(root: string, locale: string): string {
  return join(root, 'skill', 'interactionModels', 'custom', `${locale}.json`);
}
