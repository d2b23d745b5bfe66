// Ending the conversation: a cart still waiting for a yes is discarded, so nothing is ordered by leaving.
import type { TurnContext } from '../context.js';
import type { Reply } from '../types.js';

export async function goodbye(ctx: TurnContext): Promise<Reply> {
  const pending = ctx.turn.state.pending;
  const cartId = pending && 'cartId' in pending ? pending.cartId : undefined;
  if (cartId) {
    await ctx.store.discardCart(cartId);
    return ctx.tell(ctx.t('goodbye.nothingOrdered'));
  }
  return ctx.tell(ctx.t('goodbye.plain'));
}
