// "How much is that?" while a cart waits: its total as the read-back says it (tax and shipping as they truly
// apply), and with more than one item what each costs.
import { totalPhrase } from '../cart.js';
import type { TurnContext } from '../context.js';
import { safe } from '../i18n.js';
import { ProductSpeech } from '../products.js';

/** The waiting cart's price in one sentence, or undefined when no open cart of this shopper has that id. */
export async function cartPrice(ctx: TurnContext, cartId: string): Promise<string | undefined> {
  const cart = await ctx.store.getCart(cartId);
  if (!cart || cart.status !== 'open' || cart.customerId !== ctx.customer?.id || cart.lines.length === 0) return undefined;
  const total = safe(totalPhrase(ctx, cart));
  if (cart.lines.length === 1) return ctx.t('price.total', { total });
  const products = await ProductSpeech.load(ctx, cart.lines.map((l) => l.sku));
  const each = cart.lines.map((l) => ctx.t('price.item', { price: ctx.format.money(l.quantity * l.unitPrice), item: safe(products.counted(l)) }));
  return ctx.t('price.perItem', { total, items: safe(ctx.format.list(each)) });
}
