// The shape every intent handler has, and the registry entry the router looks up by exact name.
// Whether it needs a linked account is the catalogue's (lambda/core/intents/catalog.ts), not the handler's.
import type { TurnContext } from './context.js';
import type { HandlerName } from './intents/catalog.js';
import type { Reply } from './types.js';

export interface IntentHandler {
  /** Exact intent (or request) name this handler answers, from the intent catalogue. */
  readonly intent: HandlerName;
  handle(ctx: TurnContext): Promise<Reply>;
}
