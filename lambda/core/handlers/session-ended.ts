// The platform closed the session (timeout, "exit"): nothing is said, and a cart left waiting is discarded.
import type { IntentHandler } from '../handler.js';

export const sessionEnded: IntentHandler = {
  intent: 'SessionEndedRequest',
  async handle(ctx) {
    const pending = ctx.turn.state.pending;
    if (pending && 'cartId' in pending && pending.cartId) await ctx.store.discardCart(pending.cartId);
    return ctx.tell('');
  },
};
