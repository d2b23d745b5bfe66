// "Should I cancel the order you placed today?" Only a plain yes cancels it (a hedged or unsure one hears the question
// again); anything unclear hears only the
// question again ("say yes or no"), not the main menu.
import type { OpenQuestion } from '../dialog/state.js';
import { cancelConfirmed } from '../flows/cancel-order.js';
import { plainYes } from './consent.js';
import { FALLBACK, keep, NO, reask, UNSURE, YES, type QuestionBehaviour } from './question.js';

type ConfirmCancel = Extract<OpenQuestion, { kind: 'confirmCancel' }>;

export const confirmCancel: QuestionBehaviour<ConfirmCancel> = {
  kind: 'confirmCancel',
  question: (ctx) => ctx.t('cancelOrder.reprompt'),
  async answer(ctx, q) {
    switch (ctx.turn.intent) {
      case YES:
        if (!(await plainYes(ctx))) return keep(ctx, q, ctx.t('confirm.notPlain'), confirmCancel);
        return cancelConfirmed(ctx, q.orderId);
      case UNSURE:
        return keep(ctx, q, ctx.t('confirm.notPlain'), confirmCancel);
      case NO:
        return ctx.tell(ctx.t('cancelOrder.kept'));
      case FALLBACK:
        return reask(ctx, q, ctx.t('fallback.yesNo'), confirmCancel);
      default:
        return undefined;
    }
  },
  resume: async (ctx, q) => ({ speech: confirmCancel.question(ctx, q), open: true }),
};
