// "No" to "which one?" or "how many?": that product is dropped; a cart already holding others is read back.
import type { TurnContext } from '../context.js';
import { offerCart } from '../flows/reorder.js';
import type { Reply } from '../types.js';

export async function declineProduct(ctx: TurnContext, cartId: string | undefined): Promise<Reply> {
  const cart = cartId ? await ctx.store.getCart(cartId) : undefined;
  if (cart?.status === 'open' && cart.lines.length > 0) return offerCart(ctx, cart);
  return ctx.tell(ctx.t('order.declined'));
}
