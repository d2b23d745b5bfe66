// The understanding for a platform and locale, built from the models in the repo the way that platform
// builds it: Alexa from skill/interactionModels, Dialogflow from the agent compiled out of models/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDialogflowAgent, dialogflowLanguage } from '../../../scripts/compile-agent.js';
import { parseModelSource, servesPlatform, type ModelSource } from '../../models/source.js';
import { agentTrainingModel, alexaModelPath, alexaTrainingModel } from './training.js';
import type { LanguageUnderstanding } from './types.js';
import { Understander } from './understand.js';

export type Platform = 'alexa' | 'google';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cache = new Map<string, LanguageUnderstanding>();
let agentFiles: Map<string, unknown> | undefined;

export class UnsupportedLocaleError extends Error {
  constructor(platform: Platform, locale: string, supported: string[]) {
    super(`${platform === 'alexa' ? 'Alexa' : 'Dialogflow'} has no model for locale "${locale}"; the skill has: ${supported.join(', ')}`);
    this.name = 'UnsupportedLocaleError';
  }
}

function modelSources(): ModelSource[] {
  const dir = join(ROOT, 'models');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => parseModelSource(JSON.parse(readFileSync(join(dir, f), 'utf8')), join(dir, f)));
}

/** The locales a platform's models serve. */
export function localesFor(platform: Platform): string[] {
  return modelSources().filter((s) => servesPlatform(s, platform)).map((s) => s.locale);
}

function build(platform: Platform, locale: string): LanguageUnderstanding {
  const sources = modelSources();
  const served = sources.filter((s) => servesPlatform(s, platform));
  const source = served.find((s) => s.locale === locale);
  if (!source) throw new UnsupportedLocaleError(platform, locale, served.map((s) => s.locale));
  if (platform === 'alexa') {
    const file = alexaModelPath(ROOT, locale);
    if (!existsSync(file)) throw new UnsupportedLocaleError(platform, locale, served.map((s) => s.locale));
    return new Understander(alexaTrainingModel(locale, file));
  }
  agentFiles ??= new Map(Object.entries(compileDialogflowAgent(sources)));
  return new Understander(agentTrainingModel(locale, dialogflowLanguage(locale), agentFiles, source.invocationName));
}

export function understandingFor(platform: Platform, locale: string): LanguageUnderstanding {
  const key = `${platform}:${locale}`;
  let u = cache.get(key);
  if (!u) {
    u = build(platform, locale);
    cache.set(key, u);
  }
  return u;
}
