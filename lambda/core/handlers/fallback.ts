// Not understood, with no question open (an open question re-asks itself). With nothing asked, the shopper asked
// for something this skill does not do (the weather, an alarm): that is out of its domain, not a misunderstanding,
// so the answer says what the skill does (briefly from the second time on) and never pushes a person. A person is
// offered only after repeated misunderstandings of a question (questions/question.ts, reask).
import type { IntentHandler } from '../handler.js';
import { OFFER_PERSON_AFTER } from '../questions/question.js';

export { OFFER_PERSON_AFTER };

export const fallback: IntentHandler = {
  intent: 'AMAZON.FallbackIntent',
  async handle(ctx) {
    const misses = (ctx.turn.state.misunderstandings ?? 0) + 1;
    ctx.state.misunderstandings = misses;
    return ctx.ask(ctx.t(misses >= 2 ? 'fallback.again' : 'fallback.general'), ctx.t('help.reprompt'));
  },
};
