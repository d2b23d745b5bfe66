// "Remove the oat milk": drops a line; an emptied cart is discarded, so nothing can be placed by mistake.
import { offerCart } from '../flows/reorder.js';
import { targetLine } from '../flows/cart-edit.js';
import type { IntentHandler } from '../handler.js';
import { ProductSpeech } from '../products.js';

export const removeItem: IntentHandler = {
  intent: 'RemoveItemIntent',
  needsAccount: true,
  async handle(ctx) {
    const target = await targetLine(ctx, 'edit.whichRemove');
    if (!target.ok) return target.reply;
    const removed = target.cart.lines[target.lineIndex];
    const lines = target.cart.lines.filter((_, i) => i !== target.lineIndex);
    const name = (await ProductSpeech.load(ctx, [removed.sku])).the(removed, 'acc');
    if (lines.length === 0) {
      await ctx.store.discardCart(target.cart.id);
      return ctx.tell(ctx.t('edit.emptied', { name }));
    }
    return offerCart(ctx, { ...target.cart, lines }, [], ctx.t('edit.removed', { name }));
  },
};
