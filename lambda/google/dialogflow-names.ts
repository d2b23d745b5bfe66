// Dialogflow's names for what the rest of the skill names otherwise: its own welcome and fallback intents (the
// catalogue says which), and its language tags. The webhook, the agent compiler, the simulator and the tests
// all read them here.
import { CATALOG, HANDLER_NAMES, isHandlerName, REQUESTS, INTENTS } from '../core/intents/catalog.js';

/** The agent's intent for a launch (Alexa's LaunchRequest). */
export const DIALOGFLOW_WELCOME_INTENT = REQUESTS.LaunchRequest.dialogflowName;
/** The agent's fallback intent (the catalogue's AMAZON.FallbackIntent): its display name, not the intent name. */
export const DIALOGFLOW_FALLBACK_INTENT = INTENTS['AMAZON.FallbackIntent'].dialogflowName;

/** Agent display name -> catalogue name, for the intents the agent names its own way. */
const CATALOGUE_NAMES: ReadonlyMap<string, string> = new Map(HANDLER_NAMES.flatMap((name) => {
  const own = CATALOG[name].dialogflowName;
  return own ? [[own, name] as const] : [];
}));

/** The agent's display name for a catalogued intent or request; other names pass unchanged. */
export function dialogflowIntentName(name: string): string {
  return (isHandlerName(name) ? CATALOG[name].dialogflowName : undefined) ?? name;
}

/** The catalogue name for an agent display name ('Default Welcome Intent' -> 'LaunchRequest'); others unchanged. */
export function catalogueNameOf(displayName: string): string {
  return CATALOGUE_NAMES.get(displayName) ?? displayName;
}

/** Dialogflow language tags are lower case; Chinese keeps its region (zh-cn, zh-tw), the others drop it. */
export function dialogflowLanguage(locale: string): string {
  const [lang, region] = locale.toLowerCase().split('-');
  return lang === 'zh' && region ? `${lang}-${region}` : lang;
}

/** Dialogflow language codes ("en", "de", "zh-cn") -> the skill's locales: each language's primary locale. */
export const LANGUAGE_LOCALES: ReadonlyMap<string, string> = new Map([
  ['en', 'en-US'], ['de', 'de-DE'], ['it', 'it-IT'], ['ja', 'ja-JP'], ['zh', 'zh-CN'], ['zh-cn', 'zh-CN'], ['zh-hans', 'zh-CN'],
]);
