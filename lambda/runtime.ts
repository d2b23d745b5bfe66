// Wiring shared by every host (server, Lambda, simulator): store from the environment, conversation, logs.
import { createConversation, type Conversation, type TurnLog } from './core/conversation.js';
import type { Store } from './store/port.js';
import { openStore, storeConfigFromEnv } from './store/open.js';

export interface Runtime {
  store: Store;
  conversation: Conversation;
}

/** One JSON line per turn on stdout; SKILL_LOG=off silences it (tests, the simulator). */
export function turnLogger(env: NodeJS.ProcessEnv = process.env): (entry: TurnLog) => void {
  if (env.SKILL_LOG === 'off') return () => {};
  return (entry) => console.log(JSON.stringify({ level: entry.outcome === 'error' ? 'error' : 'info', ...entry }));
}

export async function createRuntime(env: NodeJS.ProcessEnv = process.env, store?: Store): Promise<Runtime> {
  const chosen = store ?? (await openStore(storeConfigFromEnv(env)));
  return { store: chosen, conversation: createConversation({ store: chosen, log: turnLogger(env) }) };
}
