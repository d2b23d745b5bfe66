// Follow-up intents and their contexts: "<Parent> - yes" / "- no", matched first while the parent's context lives.
import type { ModelIntent } from '../source.js';
import { samplesOf } from './languages.js';
import type { AgentFiles, AgentIntent, AgentLanguage, AgentMessage } from './types.js';
import type { AddUserSays } from './intents.js';
import { intentFile } from './intent-file.js';

/** How long a "<Parent>-followup" context lives: the answer comes in the next turn or the one after. */
const FOLLOWUP_LIFESPAN = 2;

/** Dialogflow's own naming for a follow-up's context: the parent's name without spaces. */
export function followupContext(parentDisplayName: string): string {
  return `${parentDisplayName.replace(/[^A-Za-z0-9_-]/g, '')}-followup`;
}

/**
 * The follow-ups of an intent whose reply can end on a yes/no question (a read-back, "reorder that?", "cancel
 * it?"). They only help Dialogflow rank the answer in context; the core answers yes/no from its own state, so
 * the follow-ups and the top-level AMAZON.YesIntent/NoIntent reach the same handler.
 */
export function addFollowups(
  files: AgentFiles,
  parent: AgentIntent,
  intents: ModelIntent[],
  addUserSays: AddUserSays,
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
    addUserSays(name, (l: AgentLanguage) => samplesOf(l, answer));
  }
}
