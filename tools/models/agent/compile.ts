// The agent's files: agent.json and package.json here, the intents and entities from their own modules.
import { merchant } from '../../../lambda/merchant.js';
import type { ModelSource } from '../source.js';
import { entityFiles } from './entities.js';
import { intentFiles } from './intents.js';
import { agentLanguages } from './languages.js';
import type { AgentFiles, AgentOptions } from './types.js';

export const PLACEHOLDER_WEBHOOK_URL = 'https://YOUR-HOST/google';

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
