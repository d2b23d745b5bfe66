// Not understood: say what works here; the second miss in a row offers a person.
import type { IntentHandler } from '../handler.js';
import type { Pending } from '../types.js';

export const OFFER_PERSON_AFTER = 2;

/** What to say when the open question got an answer that was not understood. */
const HINTS: Partial<Record<Pending['kind'], string>> = {
  confirmOrder: 'fallback.cart',
  voiceCode: 'fallback.voiceCode',
  chooseItem: 'reorder.whichAgain',
  askQuantity: 'quantity.ask',
};

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
    const hint = (pending && HINTS[pending.kind]) ?? 'fallback.general';
    return ctx.ask(ctx.t(hint), ctx.t('help.reprompt'));
  },
};
