import type { IntentHandler } from '../handler.js';

export const launch: IntentHandler = {
  intent: 'LaunchRequest',
  async handle(ctx) {
    // "Welcome back" and "something you bought before" are wrong for a shopper who has never ordered.
    const returning = (await ctx.commerce.recentOrders(ctx.shopper.id, ctx.now, 1)).length > 0;
    // With a cart still waiting, its question follows the greeting: the menu of what else can be done would only
    // stand between the two (one question at a time, and the open one first).
    const open = ctx.customer ? ctx.turn.state.pending : undefined;
    const key = !returning ? 'launch.welcomeNew' : open && 'cartId' in open ? 'launch.welcomeCartWaiting' : 'launch.welcome';
    // A shopper who has never ordered is told what they can say now, not asked for what cannot be done yet.
    const reprompt = returning ? ctx.t('help.reprompt') : ctx.t('help.generalNew', { seller: ctx.seller.name });
    return ctx.ask(ctx.t(key, { name: ctx.shopper.name, seller: ctx.seller.name }), reprompt, {
      suggestions: [ctx.t('suggest.reorder'), ctx.t('suggest.status')],
    });
  },
};
