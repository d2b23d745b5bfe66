// The shapes of a Dialogflow ES agent export, as far as the compiler writes them.
import type { ModelSource } from '../source.js';

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
