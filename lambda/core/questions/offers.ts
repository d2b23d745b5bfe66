// Offers ("would you like to order it again?", "shall I pass this to a person?"): a yes takes them up, a no
// declines; anything else lets them lapse, since nothing is lost by not answering an offer.
import type { OpenQuestion } from '../dialog/state.js';
import { handOff } from '../flows/handoff.js';
import { reorderLastOrder } from '../flows/reorder.js';
import { NO, YES, type QuestionBehaviour } from './question.js';

type OfferReorder = Extract<OpenQuestion, { kind: 'offerReorder' }>;
type OfferHandoff = Extract<OpenQuestion, { kind: 'offerHandoff' }>;

export const offerReorder: QuestionBehaviour<OfferReorder> = {
  kind: 'offerReorder',
  question: (ctx) => ctx.t('lastOrder.offer'),
  async answer(ctx) {
    if (ctx.turn.intent === YES) return reorderLastOrder(ctx, true);
    if (ctx.turn.intent === NO) return ctx.ask(ctx.t('yesNo.okayWhatElse'), ctx.t('help.reprompt'));
    return undefined;
  },
};

export const offerHandoff: QuestionBehaviour<OfferHandoff> = {
  kind: 'offerHandoff',
  question: (ctx) => ctx.t('fallback.offerPersonReprompt'),
  async answer(ctx) {
    if (ctx.turn.intent === YES) return handOff(ctx);
    if (ctx.turn.intent === NO) return ctx.ask(ctx.t('yesNo.okayWhatElse'), ctx.t('help.reprompt'));
    return undefined;
  },
};
