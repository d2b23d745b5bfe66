// Which model sources feed which Dialogflow language: en-US and en-GB both feed the one `en`.
import { dialogflowLanguage } from '../../../lambda/google/dialogflow-names.js';
import { servesPlatform, type ModelSource } from '../source.js';
import type { AgentLanguage, AgentOptions } from './types.js';

/** The sources Dialogflow serves, grouped by language, the default language first. */
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

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** One language's samples of an intent: every source of the language, the primary's first, no repeats. */
export function samplesOf(language: AgentLanguage, intentName: string): string[] {
  return unique(language.sources.flatMap((s) => s.intents.find((i) => i.name === intentName)?.samples ?? []));
}
