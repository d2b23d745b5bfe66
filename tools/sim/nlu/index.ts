// The understanding for a platform and locale, built from the models in the repo the way that platform
// builds it: Alexa from skill/interactionModels, Dialogflow from the agent compiled out of models/.
import { existsSync } from 'node:fs';
import { dialogflowLanguage } from '../../../lambda/google/dialogflow-names.js';
import { servesPlatform } from '../../models/source.js';
import { agentFiles, modelSources, ROOT_DIR, type Platform } from '../skill-models.js';
import { agentTrainingModel, alexaModelPath, alexaTrainingModel } from './training.js';
import type { LanguageUnderstanding } from './types.js';
import { Understander } from './understand.js';

export type { Platform };

const cache = new Map<string, LanguageUnderstanding>();

export class UnsupportedLocaleError extends Error {
  constructor(platform: Platform, locale: string, supported: string[]) {
    super(`${platform === 'alexa' ? 'Alexa' : 'Dialogflow'} has no model for locale "${locale}"; the skill has: ${supported.join(', ')}`);
    this.name = 'UnsupportedLocaleError';
  }
}


function build(platform: Platform, locale: string): LanguageUnderstanding {
  const sources = modelSources();
  const served = sources.filter((s) => servesPlatform(s, platform));
  const source = served.find((s) => s.locale === locale);
  if (!source) throw new UnsupportedLocaleError(platform, locale, served.map((s) => s.locale));
  if (platform === 'alexa') {
    const file = alexaModelPath(ROOT_DIR, locale);
    if (!existsSync(file)) throw new UnsupportedLocaleError(platform, locale, served.map((s) => s.locale));
    return new Understander({ ...alexaTrainingModel(locale, file), cacheName: `alexa-${locale}` });
  }
  return new Understander({ ...agentTrainingModel(locale, dialogflowLanguage(locale), agentFiles(), source.invocationName), cacheName: `google-${locale}` });
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
