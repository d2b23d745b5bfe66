// Offers ("would you like to order it again?", "shall I pass this to a person?"): a yes takes them up, a no
// declines; a misunderstanding or an unsure answer hears the offer again; anything else lets them lapse, since nothing is lost by not
// answering an offer.
import type { OpenQuestion } from '../dialog/state.js';
import { handOff } from '../flows/handoff.js';
import { reorderLastOrder } from '../flows/reorder.js';
import { FALLBACK, keep, NO, reask, UNSURE, YES, type QuestionBehaviour } from './question.js';

type OfferReorder = Extract<OpenQuestion, { kind: 'offerReorder' }>;
type OfferHandoff = Extract<OpenQuestion, { kind: 'offerHandoff' }>;

export const offerReorder: QuestionBehaviour<OfferReorder> = {
  kind: 'offerReorder',
  question: (ctx) => ctx.t('lastOrder.offer'),
  async answer(ctx, q) {
    if (ctx.turn.intent === YES) return reorderLastOrder(ctx, true);
    if (ctx.turn.intent === NO) return ctx.ask(ctx.t('yesNo.okayWhatElse'), ctx.t('help.reprompt'));
    // Not understood: the offer again, not the main menu (a second miss also offers a person).
    if (ctx.turn.intent === FALLBACK) return reask(ctx, q, ctx.t('fallback.yesNo'), offerReorder);
    if (ctx.turn.intent === UNSURE) return keep(ctx, q, ctx.t('confirm.notPlain'), offerReorder);
    return undefined;
  },
};

export const offerHandoff: QuestionBehaviour<OfferHandoff> = {
  kind: 'offerHandoff',
  question: (ctx) => ctx.t('fallback.offerPersonReprompt'),
  async answer(ctx, q) {
    if (ctx.turn.intent === YES) return handOff(ctx);
    if (ctx.turn.intent === NO) return ctx.ask(ctx.t('yesNo.okayWhatElse'), ctx.t('help.reprompt'));
    // Not understood: the offer again, as for offerReorder; kept, not counted (a second miss would offer the person twice).
    if (ctx.turn.intent === FALLBACK) return keep(ctx, q, ctx.t('fallback.yesNo'), offerHandoff);
    if (ctx.turn.intent === UNSURE) return keep(ctx, q, ctx.t('confirm.notPlain'), offerHandoff);
    return undefined;
  },
};
