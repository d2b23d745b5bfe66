// A ceiling on orders placed by voice per shopper and hour: past it, the waiting cart is set aside with a word and
// the conversation goes to a person, who can place the order if the shopper really means it.
import type { TurnContext } from '../context.js';
import { safe } from '../i18n.js';
import type { Reply } from '../types.js';
import { handOff } from './handoff.js';

const HOUR_MS = 60 * 60 * 1000;

/** Orders the shopper placed within the hour before this turn (cancelled ones count: they were placed). */
async function ordersInLastHour(ctx: TurnContext, limit: number): Promise<number> {
  const since = ctx.now.getTime() - HOUR_MS;
  const recent = await ctx.commerce.recentOrders(ctx.shopper.id, ctx.now, limit + 1);
  return recent.filter((o) => Date.parse(o.placedAt) > since).length;
}

/** The answer when placing `cartId` would pass the limit, or undefined when it may be placed. */
export async function purchaseLimitReached(ctx: TurnContext, cartId: string): Promise<Reply | undefined> {
  const limit = ctx.policy.purchaseLimitPerHour;
  if (await ordersInLastHour(ctx, limit) < limit) return undefined;
  await ctx.store.discardCart(cartId);
  return handOff(ctx, { intro: safe(ctx.t('order.limitReached')) });
}
