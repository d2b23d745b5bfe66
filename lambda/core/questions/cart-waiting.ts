// What the cart questions (the read-back's "shall I place it?" and the voice code) share: the cart they
// hold is still waiting after another answer, or it is let go with one sentence.
import { cartExpired, describeLines } from '../cart.js';
import type { TurnContext } from '../context.js';
import { safe } from '../i18n.js';
import { ProductSpeech } from '../products.js';
import type { CartLine } from '../../store/types.js';
import type { Reply } from '../types.js';
import type { Resumed } from './question.js';

/** Lines named in full when a waiting cart is recalled; a longer cart is named by its first item and a count. */
const NAMED_IN_FULL = 2;

/** The waiting cart, briefly: it was read back in full a moment ago, and the question comes after another answer. */
async function brief(ctx: TurnContext, lines: CartLine[]): Promise<string> {
  if (lines.length <= NAMED_IN_FULL) return describeLines(ctx, lines, true);
  const products = await ProductSpeech.load(ctx, [lines[0].sku]);
  return ctx.t('status.moreItems', { name: products.the(lines[0], 'dat'), count: lines.length - 1, total: lines.length });
}

export async function cartStillWaiting(ctx: TurnContext, cartId: string, question: string): Promise<Resumed | undefined> {
  const cart = await ctx.store.getCart(cartId);
  if (!cart || cart.status !== 'open' || cart.customerId !== ctx.customer?.id || cart.lines.length === 0) return undefined;
  const items = safe(await brief(ctx, cart.lines));
  if (cartExpired(cart, ctx.now)) {
    await ctx.store.discardCart(cart.id);
    return { speech: ctx.t('question.cartExpired', { items }), open: false };
  }
  return { speech: `${ctx.t('question.cartWaiting', { items })}${ctx.format.sentenceGap}${question}`, open: true };
}

/** Lets the cart go and says so in one sentence; undefined when there was nothing left to lose. */
export async function dropCart(ctx: TurnContext, cartId: string): Promise<string | undefined> {
  const cart = await ctx.store.getCart(cartId);
  if (!cart || cart.status !== 'open' || cart.customerId !== ctx.customer?.id || cart.lines.length === 0) return undefined;
  await ctx.store.discardCart(cart.id);
  return ctx.t('question.cartDropped', { items: safe(await describeLines(ctx, cart.lines, true)) });
}

/**
 * "Cancel my order" said while the cart waits, naming no product: the shopper means the order not placed yet, not
 * one on its way. The cart goes, and the answer says so and asks what next; undefined for any other answer.
 */
export async function cancelWaitingCart(ctx: TurnContext, cartId: string): Promise<Reply | undefined> {
  if (ctx.turn.intent !== 'CancelOrderIntent' || ctx.turn.slots.item?.spoken.trim()) return undefined;
  await ctx.store.discardCart(cartId);
  return ctx.ask(ctx.t('order.notPlacing'), ctx.t('help.reprompt'));
}
