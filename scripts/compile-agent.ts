/**
 * Compiles the language-model sources in `models/` into a Dialogflow ES agent: the folder
 * `build/dialogflow-agent/` and `build/dialogflow-agent.zip`, for the console's "Import/Restore from ZIP".
 *
 *   tsx scripts/compile-agent.ts            write both (part of `npm run build`)
 *   tsx scripts/compile-agent.ts --check    exit 1 when the folder differs from what the sources give
 *
 * GOOGLE_WEBHOOK_URL and GOOGLE_WEBHOOK_USER fill in the agent's webhook. The password is never
 * written: exports carry none, so set it in the console (Fulfillment) after importing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { translator } from '../lambda/core/i18n.js';
import { ssmlToText } from '../lambda/core/ssml.js';
import { SLOT_REFERENCE, servesPlatform, type ModelIntent, type ModelSlot, type ModelSource } from '../tools/models/source.js';
import { merchant } from '../lambda/merchant.js';
import { ROOT_DIR, loadModelSources, serializeModel } from './compile-models.js';
import { runAsScript } from './run-as-script.js';

export const BUILD_DIR = join(ROOT_DIR, 'build');
export const AGENT_NAME = 'dialogflow-agent';

export const WELCOME_INTENT = 'Default Welcome Intent';
export const FALLBACK_INTENT = 'Default Fallback Intent';
export const PLACEHOLDER_WEBHOOK_URL = 'https://YOUR-HOST/google';

/** How long a "<Parent>-followup" context lives: the answer comes in the next turn or the one after. */
const FOLLOWUP_LIFESPAN = 2;

/**
 * Intents whose reply can end on a yes/no question: a read-back ("shall I order it?"), "reorder
 * that?", "cancel it?", "talk to a person?". Their yes/no follow-ups only help Dialogflow rank the
 * answer in context; the core answers yes/no from its own state, so the follow-ups and the top-level
 * AMAZON.YesIntent/NoIntent reach the same handler.
 */
const ASKS_YES_NO = ['ReorderIntent', 'ChangeQuantityIntent', 'RemoveItemIntent', 'LastOrderIntent', 'CancelOrderIntent', 'AMAZON.FallbackIntent'];

/** Model intents that Dialogflow has its own intent for; lambda/google/request.ts maps the names back. */
const DISPLAY_NAMES: Record<string, string> = { 'AMAZON.FallbackIntent': FALLBACK_INTENT };

/** Alexa built-in slot types -> Dialogflow system entities. A new built-in must be added here, not guessed. */
const SYSTEM_ENTITIES: Record<string, string> = {
  'AMAZON.NUMBER': '@sys.number',
  // A voice code is four digits said one by one; a number sequence keeps them as a string, leading zeros too.
  'AMAZON.FOUR_DIGIT_NUMBER': '@sys.number-sequence',
};

/** What opens a conversation, per language: Alexa has a LaunchRequest, Dialogflow a welcome intent. */
const WELCOME_PHRASES: Record<string, string[]> = {
  en: ['hi', 'hello', 'start', 'open {invocation}', 'talk to {invocation}', 'start {invocation}'],
  de: ['hallo', 'guten tag', 'starten', 'öffne {invocation}', 'starte {invocation}', 'mit {invocation} sprechen'],
  it: ['salve', 'buongiorno', 'inizia', 'apri {invocation}', 'avvia {invocation}', 'parla con {invocation}'],
  ja: ['こんにちは', 'はじめる', '{invocation}を開いて', '{invocation}を起動して', '{invocation}につないで'],
  'zh-cn': ['你好', '您好', '开始', '打开{invocation}', '启动{invocation}', '我要用{invocation}'],
};

/**
 * Example values put into training phrases where a sample has a number slot, written as speech
 * recognition writes them: words and digits both. The Japanese ones all take 個 and つ; the Chinese
 * ones avoid 二, which becomes 两 before a measure word.
 */
const NUMBER_EXAMPLES: Record<string, string[]> = {
  en: ['two', '3', 'four', '6'],
  de: ['zwei', '3', 'vier', '6'],
  it: ['due', '3', 'quattro', '6'],
  ja: ['三', '2', '五', '4'],
  'zh-cn': ['三', '5', '十', '4'],
};
const CODE_EXAMPLES = ['4321', '0815', '2468'];

export interface AgentOptions {
  /** The fulfillment URL; defaults to a placeholder to replace in the console. */
  webhookUrl?: string;
  /** Basic-auth user name Dialogflow sends (the password is set in the console). */
  webhookUser?: string;
  /** The agent's default language; the others become supportedLanguages. */
  defaultLanguage?: string;
  /** Which locale names the entity values when several share a Dialogflow language (en-US over en-GB). */
  primaryLocales?: string[];
  timeZone?: string;
  /** Named in the agent's description; merchant.json's en-US seller name by default. */
  sellerName?: string;
}

export interface UserSaysPart {
  text: string;
  userDefined: boolean;
  alias?: string;
  meta?: string;
}

export interface UserSays {
  id: string;
  data: UserSaysPart[];
  isTemplate: boolean;
  count: number;
  updated: number;
}

export interface AgentParameter {
  id: string;
  name: string;
  required: boolean;
  dataType: string;
  value: string;
  defaultValue: string;
  isList: boolean;
  prompts: never[];
  promptMessages: never[];
  noMatchPromptMessages: never[];
  noInputPromptMessages: never[];
  outputDialogContexts: never[];
}

export interface AgentIntent {
  id: string;
  parentId?: string;
  rootParentId?: string;
  name: string;
  auto: boolean;
  contexts: string[];
  responses: {
    resetContexts: boolean;
    action: string;
    affectedContexts: { name: string; parameters: Record<string, never>; lifespan: number }[];
    parameters: AgentParameter[];
    messages: AgentMessage[];
    defaultResponsePlatforms: Record<string, never>;
    speech: never[];
  }[];
  priority: number;
  webhookUsed: boolean;
  webhookForSlotFilling: boolean;
  fallbackIntent: boolean;
  events: { name: string }[];
  conditionalResponses: never[];
  condition: string;
  conditionalFollowupEvents: never[];
}

/** A static text response (type 0) in one language: what Dialogflow answers when the webhook fails or is late. */
export interface AgentMessage {
  type: 0;
  lang: string;
  condition: string;
  speech: string[];
}

export interface EntityEntry {
  value: string;
  synonyms: string[];
}

/** Relative path in the agent (e.g. `intents/ReorderIntent.json`) -> the file's JSON content. */
export type AgentFiles = Record<string, unknown>;

/** A Dialogflow language: its tag and the model sources that feed it, the primary one first. */
export interface AgentLanguage {
  lang: string;
  sources: ModelSource[];
}

/** A fixed namespace, so an id depends only on the name it is made from: same sources, same bytes. */
const ID_NAMESPACE = Buffer.from('5f3c2a9e6b1d4e7a8c0f1b2d3e4f5a6b', 'hex');

/** A name-based UUID (version 5): stable across builds, unlike the random ones an export has. */
export function stableId(...name: string[]): string {
  const hash = createHash('sha1').update(ID_NAMESPACE).update(name.join('\u001f')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Dialogflow language tags are lower case; Chinese keeps its region (zh-cn, zh-tw), the others drop it. */
export function dialogflowLanguage(locale: string): string {
  const [lang, region] = locale.toLowerCase().split('-');
  return lang === 'zh' && region ? `${lang}-${region}` : lang;
}

/** The sources Dialogflow serves, grouped by language: en-US and en-GB both feed the one `en`. */
export function agentLanguages(sources: ModelSource[], options: AgentOptions = {}): AgentLanguage[] {
  const primary = options.primaryLocales ?? ['en-US'];
  const rank = (s: ModelSource) => (primary.includes(s.locale) ? primary.indexOf(s.locale) : primary.length);
  const groups = new Map<string, ModelSource[]>();
  for (const source of sources.filter((s) => servesPlatform(s, 'google'))) {
    const lang = dialogflowLanguage(source.locale);
    groups.set(lang, [...(groups.get(lang) ?? []), source]);
  }
  const fallback = [...groups.keys()].sort()[0];
  const defaultLanguage = options.defaultLanguage ?? (groups.has('en') ? 'en' : fallback);
  return [...groups]
    .map(([lang, group]) => ({ lang, sources: [...group].sort((a, b) => rank(a) - rank(b) || a.locale.localeCompare(b.locale)) }))
    .sort((a, b) => Number(b.lang === defaultLanguage) - Number(a.lang === defaultLanguage) || a.lang.localeCompare(b.lang));
}

/** PRODUCT -> Product, MY_TYPE -> MyType: Dialogflow entity names read like the console's own. */
function entityName(type: string): string {
  return type.toLowerCase().split(/[_-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function entityOf(type: string): string {
  if (type.startsWith('AMAZON.')) {
    const system = SYSTEM_ENTITIES[type];
    if (!system) throw new Error(`no Dialogflow system entity for slot type ${type}: add it to SYSTEM_ENTITIES`);
    return system;
  }
  return `@${entityName(type)}`;
}

export function displayName(intent: string): string {
  return DISPLAY_NAMES[intent] ?? intent;
}

/** Dialogflow's own naming for a follow-up's context: the parent's name without spaces. */
export function followupContext(parentDisplayName: string): string {
  return `${parentDisplayName.replace(/[^A-Za-z0-9_-]/g, '')}-followup`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** One language's samples of an intent: every source of the language, the primary's first, no repeats. */
function samplesOf(language: AgentLanguage, intentName: string): string[] {
  return unique(language.sources.flatMap((s) => s.intents.find((i) => i.name === intentName)?.samples ?? []));
}

/** Hands out example slot values in turn, so the training phrases show many products and numbers. */
function exampleValues(language: AgentLanguage): (type: string) => string {
  const primary = language.sources[0];
  const counters = new Map<string, number>();
  return (type) => {
    const values = type === 'AMAZON.NUMBER' ? NUMBER_EXAMPLES[language.lang] ?? ['2', '3']
      : type === 'AMAZON.FOUR_DIGIT_NUMBER' ? CODE_EXAMPLES
        : primary.types.find((t) => t.name === type)?.values.map((v) => v.name) ?? [];
    if (values.length === 0) throw new Error(`${primary.locale}: no values of slot type ${type} to use as an example`);
    const n = counters.get(type) ?? 0;
    counters.set(type, n + 1);
    return values[n % values.length];
  };
}

/** A sample such as "reorder {quantity} {item}" as training-phrase parts, slots annotated with examples. */
function userSays(sample: string, slots: ModelSlot[], example: (type: string) => string, id: string): UserSays {
  const pieces = sample.split(SLOT_REFERENCE); // even indexes: text, odd: slot names
  const data = pieces.flatMap((piece, i): UserSaysPart[] => {
    if (i % 2 === 0) return piece ? [{ text: piece, userDefined: false }] : [];
    const slot = slots.find((s) => s.name === piece);
    if (!slot) throw new Error(`sample "${sample}" refers to undeclared slot {${piece}}`);
    return [{ text: example(slot.type), alias: slot.name, meta: entityOf(slot.type), userDefined: true }];
  });
  return { id, data, isTemplate: false, count: 0, updated: 0 };
}

interface IntentInit {
  action: string;
  messages: AgentMessage[];
  parameters?: AgentParameter[];
  parent?: AgentIntent;
  contexts?: string[];
  events?: { name: string }[];
  fallbackIntent?: boolean;
}

function intentFile(name: string, { action, messages, parameters = [], parent, contexts = [], events = [], fallbackIntent = false }: IntentInit): AgentIntent {
  return {
    id: stableId('intent', name),
    // A follow-up names its parent by id, so the parent must be in the same zip.
    ...(parent ? { parentId: parent.id, rootParentId: parent.rootParentId ?? parent.id } : {}),
    name,
    auto: true,
    contexts,
    responses: [{
      resetContexts: false, action, affectedContexts: [], parameters, messages, defaultResponsePlatforms: {}, speech: [],
    }],
    priority: 500000,
    // Every answer comes from the webhook; the static text (from locales/) is said only when it fails or is late.
    webhookUsed: true,
    webhookForSlotFilling: false,
    fallbackIntent,
    events,
    conditionalResponses: [],
    condition: '',
    conditionalFollowupEvents: [],
  };
}

function parameterOf(intentName: string, slot: ModelSlot): AgentParameter {
  return {
    id: stableId('parameter', intentName, slot.name),
    name: slot.name,
    // The core asks for what is missing (and may not need it: "reorder" alone reorders everything).
    required: false,
    dataType: entityOf(slot.type),
    value: `$${slot.name}`,
    defaultValue: '',
    isList: false,
    prompts: [],
    promptMessages: [],
    noMatchPromptMessages: [],
    noInputPromptMessages: [],
    outputDialogContexts: [],
  };
}

/**
 * The text Dialogflow says itself when the webhook fails or takes longer than its 5 seconds, one per language (from
 * locales/: `error.slow`), so a slow webhook is never silence.
 */
export function fallbackMessages(languages: AgentLanguage[]): AgentMessage[] {
  return languages.map(({ lang, sources }) => ({ type: 0, lang, condition: '', speech: [ssmlToText(translator(sources[0].locale)('error.slow'))] }));
}

function intentFiles(languages: AgentLanguage[]): AgentFiles {
  const files: AgentFiles = {};
  const messages = fallbackMessages(languages);
  const reference = languages[0].sources[0];
  const examples = new Map(languages.map((l) => [l.lang, exampleValues(l)]));
  const addUserSays = (name: string, samples: (lang: AgentLanguage) => string[], slots: ModelSlot[] = []) => {
    for (const language of languages) {
      const phrases = samples(language);
      if (phrases.length === 0) continue;
      const example = examples.get(language.lang)!;
      files[`intents/${name}_usersays_${language.lang}.json`] = phrases.map((p) => userSays(p, slots, example, stableId('usersays', name, language.lang, p)));
    }
  };

  const welcome = intentFile(WELCOME_INTENT, {
    action: 'input.welcome',
    messages,
    // GOOGLE_ASSISTANT_WELCOME is what the Assistant sent; WELCOME is every other channel's.
    events: [{ name: 'WELCOME' }, { name: 'GOOGLE_ASSISTANT_WELCOME' }],
  });
  files[`intents/${WELCOME_INTENT}.json`] = welcome;
  addUserSays(WELCOME_INTENT, (l) => (WELCOME_PHRASES[l.lang] ?? ['{invocation}']).map((p) => p.replace('{invocation}', l.sources[0].invocationName)));

  for (const intent of reference.intents) {
    for (const language of languages) {
      if (!language.sources.every((s) => s.intents.some((i) => i.name === intent.name))) {
        throw new Error(`${language.lang}: a model lacks intent ${intent.name}, which ${reference.locale} has`);
      }
    }
    const name = displayName(intent.name);
    const slots = intent.slots ?? [];
    const isFallback = intent.name === 'AMAZON.FallbackIntent';
    const file = intentFile(name, {
      action: isFallback ? 'input.unknown' : intent.name,
      messages,
      parameters: slots.map((slot) => parameterOf(name, slot)),
      fallbackIntent: isFallback,
    });
    files[`intents/${name}.json`] = file;
    // The fallback intent's phrases are Dialogflow's negative examples: what the agent must not take for a request.
    addUserSays(name, (l) => samplesOf(l, intent.name), slots);
    if (ASKS_YES_NO.includes(intent.name)) addFollowups(files, file, reference.intents, addUserSays, messages);
  }
  return files;
}

/** "<Parent> - yes" / "- no": matched first while the parent's follow-up context lives. */
function addFollowups(
  files: AgentFiles,
  parent: AgentIntent,
  intents: ModelIntent[],
  addUserSays: (name: string, samples: (language: AgentLanguage) => string[]) => void,
  messages: AgentMessage[],
): void {
  const context = followupContext(parent.name);
  parent.responses[0].affectedContexts.push({ name: context, parameters: {}, lifespan: FOLLOWUP_LIFESPAN });
  for (const [suffix, answer] of [['yes', 'AMAZON.YesIntent'], ['no', 'AMAZON.NoIntent']] as const) {
    if (!intents.some((i) => i.name === answer)) throw new Error(`the models have no ${answer} for the follow-up "${parent.name} - ${suffix}"`);
    const name = `${parent.name} - ${suffix}`;
    files[`intents/${name}.json`] = intentFile(name, {
      parent,
      messages,
      contexts: [context],
      action: `${parent.name.replace(/\s/g, '')}.${name.replace(/\s/g, '')}`,
    });
    // The same phrases as the top-level AMAZON.YesIntent/NoIntent of each language.
    addUserSays(name, (l) => samplesOf(l, answer));
  }
}

function entityFiles(languages: AgentLanguage[]): AgentFiles {
  const files: AgentFiles = {};
  for (const type of languages[0].sources[0].types) {
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

/** The agent as files: agent.json, package.json, intents/ and entities/, keyed by path in path order. */
export function compileDialogflowAgent(sources: ModelSource[], options: AgentOptions = {}): AgentFiles {
  const languages = agentLanguages(sources, options);
  if (languages.length === 0) throw new Error('no model source serves Dialogflow (platforms "google")');
  const [main, ...others] = languages;
  const files: AgentFiles = {
    'agent.json': {
      description: `${options.sellerName ?? merchant().locales['en-US']?.sellerName ?? 'Voice shopping'}: reorders and delivery questions. Generated from models/*.json and merchant.json by scripts/compile-agent.ts.`,
      language: main.lang,
      supportedLanguages: others.map((l) => l.lang),
      defaultTimezone: options.timeZone ?? 'Europe/Berlin',
      webhook: {
        url: options.webhookUrl ?? PLACEHOLDER_WEBHOOK_URL,
        ...(options.webhookUser ? { username: options.webhookUser } : {}),
        headers: {},
        available: true,
        useForDomains: false,
        cloudFunctionsEnabled: false,
        cloudFunctionsInitialized: false,
      },
      isPrivate: true,
      customClassifierMode: 'use.after',
      mlMinConfidence: 0.3,
      // "v1legacy" would send the old V1 webhook format, which lambda/google does not read.
      onePlatformApiVersion: 'v2',
      analyzeQueryTextSentiment: false,
      enabledKnowledgeBaseNames: [],
      knowledgeServiceConfidenceAdjustment: -0.4,
      dialogBuilderMode: false,
    },
    'package.json': { version: '1.0.0' },
    ...intentFiles(languages),
    ...entityFiles(languages),
  };
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The zip Dialogflow imports: every file at the root, no enclosing folder. */
export function zipAgent(files: AgentFiles): Uint8Array {
  const entries = Object.fromEntries(Object.entries(files).map(([path, content]) => [path, strToU8(serializeModel(content))]));
  // A fixed time stamp (local time, as zip stores it) keeps the bytes the same from build to build.
  return zipSync(entries, { mtime: new Date(2020, 0, 1) });
}

export function agentOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AgentOptions {
  return { webhookUrl: env.GOOGLE_WEBHOOK_URL || undefined, webhookUser: env.GOOGLE_WEBHOOK_USER || undefined };
}

export interface WriteOptions extends AgentOptions {
  sources?: ModelSource[];
  /** Where `dialogflow-agent/` and `dialogflow-agent.zip` go; `build/` by default. */
  outDir?: string;
}

/** Writes `<outDir>/dialogflow-agent/` (replacing what was there) and `<outDir>/dialogflow-agent.zip`. */
export async function writeDialogflowAgent(options: WriteOptions = agentOptionsFromEnv()): Promise<{ dir: string; zip: string; files: number }> {
  const { sources = await loadModelSources(), outDir = BUILD_DIR, ...agentOptions } = options;
  const files = compileDialogflowAgent(sources, agentOptions);
  const dir = join(outDir, AGENT_NAME);
  const zip = join(outDir, `${AGENT_NAME}.zip`);
  await rm(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), serializeModel(content));
  }
  await writeFile(zip, zipAgent(files));
  return { dir, zip, files: Object.keys(files).length };
}

/** Paths in the written folder that differ from what the sources compile to. */
async function staleFiles(): Promise<string[]> {
  const files = compileDialogflowAgent(await loadModelSources(), agentOptionsFromEnv());
  const stale: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    const current = await readFile(join(BUILD_DIR, AGENT_NAME, path), 'utf8').catch(() => null);
    if (current !== serializeModel(content)) stale.push(path);
  }
  return stale;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--check')) {
    const stale = await staleFiles();
    if (stale.length > 0) console.error(`stale Dialogflow agent files (run \`tsx scripts/compile-agent.ts\`):\n  ${stale.join('\n  ')}`);
    return stale.length > 0 ? 1 : 0;
  }
  const options = agentOptionsFromEnv();
  if (!options.webhookUrl) console.warn(`GOOGLE_WEBHOOK_URL is unset: the agent's webhook is ${PLACEHOLDER_WEBHOOK_URL}`);
  const { dir, zip, files } = await writeDialogflowAgent(options);
  console.log(`wrote ${dir} (${files} files) and ${zip}`);
  return 0;
}

runAsScript(import.meta.url, main);
