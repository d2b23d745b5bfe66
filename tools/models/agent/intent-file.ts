// One intent file of the agent export, with the fields every intent has.
import { stableId } from './ids.js';
import type { AgentIntent, AgentMessage, AgentParameter } from './types.js';

export interface IntentInit {
  action: string;
  messages: AgentMessage[];
  parameters?: AgentParameter[];
  parent?: AgentIntent;
  contexts?: string[];
  events?: { name: string }[];
  fallbackIntent?: boolean;
}

export function intentFile(name: string, { action, messages, parameters = [], parent, contexts = [], events = [], fallbackIntent = false }: IntentInit): AgentIntent {
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

