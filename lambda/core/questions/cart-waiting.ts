// What the cart questions (the read-back's "shall I place it?" and the voice code) share: the cart they
// hold is still waiting after another answer, or it is let go with one sentence.
import { cartExpired, describeLines } from '../cart.js';
import type { TurnContext } from '../context.js';
import { safe } from '../i18n.js';
import type { Resumed } from './question.js';

export async function cartStillWaiting(ctx: TurnContext, cartId: string, question: string): Promise<Resumed | undefined> {
  const cart = await ctx.store.getCart(cartId);
  if (!cart || cart.status !== 'open' || cart.customerId !== ctx.customer?.id || cart.lines.length === 0) return undefined;
  const items = safe(await describeLines(ctx, cart.lines, true));
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
