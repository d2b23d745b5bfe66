import type { IntentHandler } from '../handler.js';

export const launch: IntentHandler = {
  intent: 'LaunchRequest',
  needsAccount: true,
  async handle(ctx) {
    return ctx.ask(ctx.t('launch.welcome', { name: ctx.shopper.name, seller: ctx.seller.name }), ctx.t('help.reprompt'), {
      suggestions: [ctx.t('suggest.reorder'), ctx.t('suggest.status')],
    });
  },
};
