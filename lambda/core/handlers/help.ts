// Help that fits the moment: with a cart waiting, how to confirm or change it; otherwise what the skill does.
import type { IntentHandler } from '../handler.js';

export const help: IntentHandler = {
  intent: 'AMAZON.HelpIntent',
  needsAccount: false,
  async handle(ctx) {
    const pending = ctx.turn.state.pending;
    ctx.state.pending = pending;
    if (pending?.kind === 'confirmOrder') return ctx.ask(ctx.t('help.cart'), ctx.t('cart.confirmReprompt'));
    if (pending?.kind === 'voiceCode') return ctx.ask(ctx.t('help.voiceCode'), ctx.t('voiceCode.reprompt'));
    return ctx.ask(ctx.t('help.general'), ctx.t('help.reprompt'), { suggestions: [ctx.t('suggest.reorder'), ctx.t('suggest.status')] });
  },
};
