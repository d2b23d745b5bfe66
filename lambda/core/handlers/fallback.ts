// Not understood, with no question open (an open question re-asks itself): say what works here; the second
// miss in a row offers a person.
import type { IntentHandler } from '../handler.js';
import { OFFER_PERSON_AFTER } from '../questions/question.js';

export { OFFER_PERSON_AFTER };

export const fallback: IntentHandler = {
  intent: 'AMAZON.FallbackIntent',
  async handle(ctx) {
    const misses = (ctx.turn.state.misunderstandings ?? 0) + 1;
    ctx.state.misunderstandings = misses;
    if (misses >= OFFER_PERSON_AFTER && ctx.customer) {
      ctx.state.pending = { kind: 'offerHandoff' };
      return ctx.ask(ctx.t('fallback.offerPerson'), ctx.t('fallback.offerPersonReprompt'), { suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')] });
    }
    return ctx.ask(ctx.t('fallback.general'), ctx.t('help.reprompt'));
  },
};
