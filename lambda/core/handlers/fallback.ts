// Not understood: say what works here; the second miss in a row offers a person.
import type { IntentHandler } from '../handler.js';

export const OFFER_PERSON_AFTER = 2;

export const fallback: IntentHandler = {
  intent: 'AMAZON.FallbackIntent',
  needsAccount: false,
  async handle(ctx) {
    const misses = (ctx.turn.state.misunderstandings ?? 0) + 1;
    ctx.state.misunderstandings = misses;
    const pending = ctx.turn.state.pending;
    if (misses >= OFFER_PERSON_AFTER && ctx.customer) {
      ctx.state.pending = { kind: 'offerHandoff' };
      return ctx.ask(ctx.t('fallback.offerPerson'), ctx.t('fallback.offerPersonReprompt'), { suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')] });
    }
    // Keep an open question open: the shopper can still answer it.
    ctx.state.pending = pending;
    const hint = pending?.kind === 'confirmOrder' ? 'fallback.cart'
      : pending?.kind === 'voiceCode' ? 'fallback.voiceCode'
        : pending?.kind === 'chooseItem' ? 'reorder.whichAgain'
          : 'fallback.general';
    return ctx.ask(ctx.t(hint), ctx.t('help.reprompt'));
  },
};
