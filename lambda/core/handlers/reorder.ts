// "Reorder my last order", "reorder the coffee beans", "order three more oat milk".
import type { IntentHandler } from '../handler.js';
import { answerQuantity, reorderItems, reorderLastOrder, wantedItems } from '../flows/reorder.js';
import { parseQuantity } from '../language/quantity.js';
import { answerChoice } from './choose-item.js';

export const reorder: IntentHandler = {
  intent: 'ReorderIntent',
  needsAccount: true,
  async handle(ctx) {
    const item = ctx.turn.slots.item;
    const quantity = parseQuantity(ctx.turn.slots.quantity?.spoken, ctx.lang);
    const choosing = ctx.pending('chooseItem');
    const confirming = ctx.pending('confirmOrder');
    if (!item?.spoken.trim()) {
      const answered = await answerQuantity(ctx);
      if (answered) return answered;
    }
    if (choosing) {
      const chosen = await answerChoice(ctx);
      if (chosen) return chosen;
    }
    if (item && item.spoken.trim()) {
      // An item named while a cart waits for a yes adds to that cart.
      const cartId = choosing?.cartId ?? confirming?.cartId;
      // A quantity said with an abandoned "which one?" belonged to that question, not to this product.
      return reorderItems(ctx, wantedItems(ctx, item, quantity), cartId);
    }
    return reorderLastOrder(ctx);
  },
};
