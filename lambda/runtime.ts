// Wiring shared by every host (server, Lambda, simulator): store and shop from the environment, conversation, logs,
// and the sender of order e-mails.
import { openCommerce } from './commerce/open.js';
import type { Commerce } from './commerce/port.js';
import { DEFAULT_POLICY, type Policy } from './core/context.js';
import { createConversation, type Conversation, type TurnLog } from './core/conversation.js';
import { identifyWith } from './linking/identify.js';
import { tokenVerifierFromEnv, type TokenVerifier } from './linking/tokens.js';
import { mailConfigFromEnv } from './mail/config.js';
import { MailSender } from './mail/sender.js';
import { transportFor } from './mail/transport.js';
import type { Store } from './store/port.js';
import { ConfigError, openStore, storeConfigFromEnv } from './store/open.js';

export interface Runtime {
  /** The conversation store (and, with SKILL_COMMERCE=embedded, the shop's data too). */
  store: Store;
  commerce: Commerce;
  conversation: Conversation;
  /** Delivers the store's outbox of order e-mails; the host decides when it runs, never inside a turn. */
  mail?: MailSender;
}

/** One JSON line per turn on stdout; SKILL_LOG=off silences it (tests, the simulator). */
export function turnLogger(env: NodeJS.ProcessEnv = process.env): (entry: TurnLog) => void {
  if (env.SKILL_LOG === 'off') return () => {};
  return (entry) => console.log(JSON.stringify({ level: entry.outcome === 'error' ? 'error' : 'info', ...entry }));
}

/** The deployment's rules: SKILL_PURCHASE_LIMIT_PER_HOUR (a whole number of orders, at least 1). */
export function policyFromEnv(env: NodeJS.ProcessEnv = process.env): Policy {
  const raw = env.SKILL_PURCHASE_LIMIT_PER_HOUR?.trim();
  if (!raw) return DEFAULT_POLICY;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) throw new ConfigError(`SKILL_PURCHASE_LIMIT_PER_HOUR must be a whole number of at least 1, not "${raw}"`);
  return { ...DEFAULT_POLICY, purchaseLimitPerHour: limit };
}

export interface RuntimeOptions {
  store?: Store;
  /** Reads account-linking tokens; by default from SKILL_LINKING_ISSUER and its keys, if set. */
  verifier?: TokenVerifier;
}

/** The second argument is the options, or (as before) the store itself. */
export async function createRuntime(env: NodeJS.ProcessEnv = process.env, options: RuntimeOptions | Store = {}): Promise<Runtime> {
  const { store, verifier = tokenVerifierFromEnv(env) } = 'saveCart' in options ? { store: options } : options;
  const policy = policyFromEnv(env);
  // Read the mail settings before opening the store: a wrong setting stops the start with nothing opened.
  const mailConfig = mailConfigFromEnv(env);
  const chosen = store ?? (await openStore(storeConfigFromEnv(env)));
  const commerce = await openCommerce(chosen, env);
  const mail = chosen.outbox
    ? new MailSender({
      outbox: chosen.outbox, transport: await transportFor(mailConfig), maxAttempts: mailConfig.maxAttempts,
      log: env.SKILL_LOG === 'off' ? () => {} : undefined,
    })
    : undefined;
  const conversation = createConversation({
    store: chosen, commerce, log: turnLogger(env), orderMail: mail?.delivers ?? false, policy,
    ...(verifier ? { identify: identifyWith(verifier) } : {}),
  });
  return { store: chosen, commerce, conversation, mail };
}
