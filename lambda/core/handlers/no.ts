// "No": declines the pending question; a declined cart is discarded, so a later yes cannot place it.
// Declining a product the shopper was adding keeps the rest of the cart waiting for its yes.
import { offerCart } from '../flows/reorder.js';
import type { IntentHandler } from '../handler.js';

export const no: IntentHandler = {
  intent: 'AMAZON.NoIntent',
  needsAccount: true,
  async handle(ctx) {
    const pending = ctx.turn.state.pending;
    switch (pending?.kind) {
      case 'confirmOrder':
      case 'voiceCode':
        await ctx.store.discardCart(pending.cartId);
        return ctx.tell(ctx.t('order.declined'));
      case 'confirmCancel':
        return ctx.tell(ctx.t('cancelOrder.kept'));
      case 'chooseItem':
      case 'askQuantity': {
        // "No" to "which one?" drops that product only; a cart already holding others is read back.
        const cart = pending.cartId ? await ctx.store.getCart(pending.cartId) : undefined;
        if (cart?.status === 'open' && cart.lines.length > 0) return offerCart(ctx, cart);
        return ctx.tell(ctx.t('order.declined'));
      }
      case 'offerReorder':
      case 'offerHandoff':
        return ctx.ask(ctx.t('yesNo.okayWhatElse'), ctx.t('help.reprompt'));
      default:
        return ctx.ask(ctx.t('yesNo.nothingPending'), ctx.t('help.reprompt'));
    }
  },
};
