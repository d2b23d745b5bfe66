// The shape every intent handler has, and the registry entry the router looks up by exact name.
import type { TurnContext } from './context.js';
import type { Reply } from './types.js';

export interface IntentHandler {
  /** Exact intent (or request) name this handler answers. */
  readonly intent: string;
  /** Whether it reads the shopper's data, so an unlinked shopper is asked to link instead. */
  readonly needsAccount: boolean;
  handle(ctx: TurnContext): Promise<Reply>;
}
