// "No": declines the pending question; a declined cart is discarded, so a later yes cannot place it.
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
      case 'askQuantity':
        if (pending.cartId) await ctx.store.discardCart(pending.cartId);
        return ctx.tell(ctx.t('order.declined'));
      case 'offerReorder':
      case 'offerHandoff':
        return ctx.ask(ctx.t('yesNo.okayWhatElse'), ctx.t('help.reprompt'));
      default:
        return ctx.ask(ctx.t('yesNo.nothingPending'), ctx.t('help.reprompt'));
    }
  },
};
