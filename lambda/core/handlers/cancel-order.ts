// "Cancel my order": the order, not the conversation (that is AMAZON.CancelIntent). "Cancel my desk lamp order":
// the order holding the desk lamp, or a word that it cannot be found, never another order.
import { askToCancel, orderToCancel, orderWithItem } from '../flows/cancel-order.js';
import type { IntentHandler } from '../handler.js';

export const cancelOrder: IntentHandler = {
  intent: 'CancelOrderIntent',
  async handle(ctx) {
    if (ctx.turn.slots.item?.spoken.trim()) {
      const found = await orderWithItem(ctx);
      return 'reply' in found ? found.reply : askToCancel(ctx, found.order, found.sku);
    }
    const order = await orderToCancel(ctx);
    // Nothing to cancel and nothing to ask: the session ends (a waiting cart's question still comes back after it).
    if (!order) return ctx.tell(ctx.t('cancelOrder.none'));
    return askToCancel(ctx, order);
  },
};
