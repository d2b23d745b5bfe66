import type { IntentHandler } from '../handler.js';

export const launch: IntentHandler = {
  intent: 'LaunchRequest',
  async handle(ctx) {
    // "Welcome back" and "something you bought before" are wrong for a shopper who has never ordered.
    const returning = (await ctx.commerce.recentOrders(ctx.shopper.id, ctx.now, 1)).length > 0;
    const key = returning ? 'launch.welcome' : 'launch.welcomeNew';
    return ctx.ask(ctx.t(key, { name: ctx.shopper.name, seller: ctx.seller.name }), ctx.t('help.reprompt'), {
      suggestions: [ctx.t('suggest.reorder'), ctx.t('suggest.status')],
    });
  },
};
