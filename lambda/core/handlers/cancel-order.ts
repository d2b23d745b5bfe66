// "Cancel my order": the order, not the conversation (that is AMAZON.CancelIntent).
import { askToCancel, orderToCancel } from '../flows/cancel-order.js';
import type { IntentHandler } from '../handler.js';

export const cancelOrder: IntentHandler = {
  intent: 'CancelOrderIntent',
  needsAccount: true,
  async handle(ctx) {
    const order = await orderToCancel(ctx);
    if (!order) return ctx.ask(ctx.t('cancelOrder.none'), ctx.t('help.reprompt'));
    return askToCancel(ctx, order);
  },
};
