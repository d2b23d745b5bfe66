// Wiring shared by every host (server, Lambda, simulator): store and shop from the environment, conversation, logs.
import { openCommerce } from './commerce/open.js';
import type { Commerce } from './commerce/port.js';
import { createConversation, type Conversation, type TurnLog } from './core/conversation.js';
import { identifyWith } from './linking/identify.js';
import { tokenVerifierFromEnv, type TokenVerifier } from './linking/tokens.js';
import type { Store } from './store/port.js';
import { openStore, storeConfigFromEnv } from './store/open.js';

export interface Runtime {
  /** The conversation store (and, with SKILL_COMMERCE=embedded, the shop's data too). */
  store: Store;
  commerce: Commerce;
  conversation: Conversation;
}

/** One JSON line per turn on stdout; SKILL_LOG=off silences it (tests, the simulator). */
export function turnLogger(env: NodeJS.ProcessEnv = process.env): (entry: TurnLog) => void {
  if (env.SKILL_LOG === 'off') return () => {};
  return (entry) => console.log(JSON.stringify({ level: entry.outcome === 'error' ? 'error' : 'info', ...entry }));
}

export interface RuntimeOptions {
  store?: Store;
  /** Reads account-linking tokens; by default from SKILL_LINKING_ISSUER and its keys, if set. */
  verifier?: TokenVerifier;
}

export async function createRuntime(env: NodeJS.ProcessEnv = process.env, options: RuntimeOptions = {}): Promise<Runtime> {
  const { store, verifier = tokenVerifierFromEnv(env) } = options;
  const chosen = store ?? (await openStore(storeConfigFromEnv(env)));
  const commerce = await openCommerce(chosen, env);
  const conversation = createConversation({
    store: chosen, commerce, log: turnLogger(env), ...(verifier ? { identify: identifyWith(verifier) } : {}),
  });
  return { store: chosen, commerce, conversation };
}
