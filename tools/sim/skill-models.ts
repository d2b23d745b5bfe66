// What the platforms know of the skill, read from the repository: the locales each platform serves, the slots
// Alexa sends for an intent (skill/interactionModels), and the Dialogflow agent compiled from models/ (the
// parameters and contexts of each intent, the entity reference values).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FALLBACK_INTENT } from '../../lambda/core/intents/catalog.js';
import { dialogflowLanguage } from '../../lambda/google/dialogflow-names.js';
import { agentLanguages, compileDialogflowAgent, type AgentIntent } from '../models/agent/index.js';
import { assertCatalogue } from '../models/catalogue.js';
import { ALEXA_MODELS_DIR, MODELS_DIR } from '../models/paths.js';
import { parseModelSource, servesPlatform, type ModelSource } from '../models/source.js';

export { PLATFORMS, type Platform } from '../models/source.js';
export { ROOT_DIR } from '../models/paths.js';
import type { Platform } from '../models/source.js';

let sourcesCache: ModelSource[] | undefined;

/** Every model source under models/, in file-name order, checked against the intent catalogue as the compilers do. */
export function modelSources(): ModelSource[] {
  if (!sourcesCache) {
    const sources = readdirSync(MODELS_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => parseModelSource(JSON.parse(readFileSync(join(MODELS_DIR, f), 'utf8')), join(MODELS_DIR, f)));
    assertCatalogue(sources);
    sourcesCache = sources;
  }
  return sourcesCache;
}

export function modelSource(locale: string): ModelSource | undefined {
  return modelSources().find((s) => s.locale === locale);
}

/** The locales a platform serves (zh-CN only through Dialogflow). */
export function servedLocales(platform: Platform): string[] {
  return modelSources().filter((s) => servesPlatform(s, platform)).map((s) => s.locale);
}

/** "de-de", "de_DE" -> "de-DE" when some model has that locale; undefined otherwise. */
export function canonicalLocale(text: string): string | undefined {
  const wanted = text.trim().replace('_', '-').toLowerCase();
  return modelSources().find((s) => s.locale.toLowerCase() === wanted)?.locale;
}

export interface SlotDeclaration {
  name: string;
  type: string;
}

export interface AlexaModel {
  invocationName: string;
  /** Intent name -> its slots, in the order the model declares them. */
  slots: Map<string, SlotDeclaration[]>;
  /** Intents the dialog model manages (Alexa then sends dialogState). */
  dialogIntents: Set<string>;
}

interface InteractionModelFile {
  interactionModel: {
    languageModel: { invocationName: string; intents: { name: string; slots?: SlotDeclaration[] }[] };
    dialog?: { intents?: { name: string }[] };
  };
}

const alexaCache = new Map<string, AlexaModel>();

/** The Alexa interaction model of `locale` from skill/ (the models/ source when the skill package has none). */
export function alexaModel(locale: string): AlexaModel {
  const cached = alexaCache.get(locale);
  if (cached) return cached;
  const file = join(ALEXA_MODELS_DIR, `${locale}.json`);
  let model: AlexaModel;
  if (existsSync(file)) {
    const { interactionModel } = JSON.parse(readFileSync(file, 'utf8')) as InteractionModelFile;
    model = {
      invocationName: interactionModel.languageModel.invocationName,
      slots: new Map(interactionModel.languageModel.intents.map((i) => [i.name, (i.slots ?? []).map(({ name, type }) => ({ name, type }))])),
      dialogIntents: new Set((interactionModel.dialog?.intents ?? []).map((i) => i.name)),
    };
  } else {
    const source = modelSource(locale);
    if (!source) throw new Error(`no language model for ${locale}`);
    model = {
      invocationName: source.invocationName,
      slots: new Map(source.intents.map((i) => [i.name, (i.slots ?? []).map(({ name, type }) => ({ name, type }))])),
      dialogIntents: new Set(),
    };
  }
  alexaCache.set(locale, model);
  return model;
}

export interface AgentParameterView {
  name: string;
  /** "@sys.number", "@sys.number-sequence", "@Product". */
  dataType: string;
  /** The model's slot type behind it (PRODUCT, AMAZON.NUMBER), for entity reference values. */
  slotType?: string;
}

export interface AgentIntentView {
  displayName: string;
  parameters: AgentParameterView[];
  /** Contexts the intent sets when it matches (e.g. its follow-ups' context). */
  affectedContexts: { name: string; lifespan: number }[];
  /** Contexts the intent needs (a follow-up's parent context). */
  inputContexts: string[];
  /** For a follow-up ("ReorderIntent - yes"): the parent's display name. */
  parent?: string;
}

export interface DialogflowAgentView {
  /** The agent language of the locale: en, de, it, ja, zh-cn. */
  language: string;
  intents: Map<string, AgentIntentView>;
  /** The reference value of an entity entry (what Dialogflow puts in parameters) for a model value id. */
  entityValue(slotType: string, id: string): string | undefined;
}

let filesCache: Map<string, unknown> | undefined;
let agentCache: Map<string, AgentIntent> | undefined;
const agentViews = new Map<string, DialogflowAgentView>();

/** The Dialogflow agent compiled from models/, as its export's files (path -> JSON), compiled once. */
export function agentFiles(): Map<string, unknown> {
  filesCache ??= new Map(Object.entries(compileDialogflowAgent(modelSources())));
  return filesCache;
}

function agentIntents(): Map<string, AgentIntent> {
  agentCache ??= new Map(
    [...agentFiles()]
      .filter(([path]) => /^intents\/[^/]+\.json$/.test(path) && !path.includes('_usersays_'))
      .map(([, intent]) => [(intent as AgentIntent).name, intent as AgentIntent]),
  );
  return agentCache;
}

/** The Dialogflow agent as it answers in `locale`'s language. */
export function dialogflowAgent(locale: string): DialogflowAgentView {
  const cached = agentViews.get(locale);
  if (cached) return cached;
  const language = dialogflowLanguage(locale);
  const group = agentLanguages(modelSources()).find((l) => l.lang === language);
  if (!group) throw new Error(`the Dialogflow agent has no language ${language} (locale ${locale})`);
  const source = modelSource(locale) ?? group.sources[0];
  const intents = agentIntents();
  const byId = new Map([...intents.values()].map((i) => [i.id, i.name]));
  const view: DialogflowAgentView = {
    language,
    intents: new Map([...intents.values()].map((intent): [string, AgentIntentView] => {
      const modelIntent = source.intents.find((i) => i.name === intent.name || (intent.fallbackIntent && i.name === FALLBACK_INTENT));
      return [intent.name, {
        displayName: intent.name,
        parameters: intent.responses[0].parameters.map((p) => ({
          name: p.name,
          dataType: p.dataType,
          slotType: modelIntent?.slots?.find((s) => s.name === p.name)?.type,
        })),
        affectedContexts: intent.responses[0].affectedContexts.map((c) => ({ name: c.name, lifespan: c.lifespan })),
        inputContexts: intent.contexts,
        ...(intent.parentId ? { parent: byId.get(intent.parentId) } : {}),
      }];
    })),
    entityValue(slotType, id) {
      // The language's primary source names the entity entries (en-US for en).
      return group.sources[0].types.find((t) => t.name === slotType)?.values.find((v) => v.id === id)?.name;
    },
  };
  agentViews.set(locale, view);
  return view;
}
