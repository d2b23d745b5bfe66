// "Yes": means whatever the last question asked; nothing is bought without this answer to a read-back.
import { cancelConfirmed } from '../flows/cancel-order.js';
import { handOff } from '../flows/handoff.js';
import { placeCart } from '../flows/place-order.js';
import { reorderLastOrder } from '../flows/reorder.js';
import { askVoiceCode, needsVoiceCode, purchasingLocked } from '../flows/voice-code.js';
import type { IntentHandler } from '../handler.js';

export const yes: IntentHandler = {
  intent: 'AMAZON.YesIntent',
  needsAccount: true,
  async handle(ctx) {
    const pending = ctx.turn.state.pending;
    switch (pending?.kind) {
      case 'confirmOrder': {
        const locked = await purchasingLocked(ctx);
        if (locked) return locked;
        return needsVoiceCode(ctx) ? askVoiceCode(ctx, pending.cartId) : placeCart(ctx, pending.cartId);
      }
      case 'voiceCode':
        return askVoiceCode(ctx, pending.cartId);
      case 'confirmCancel':
        return cancelConfirmed(ctx, pending.orderId);
      case 'offerReorder':
        return reorderLastOrder(ctx);
      case 'offerHandoff':
        return handOff(ctx);
      case 'chooseItem':
        ctx.state.pending = pending;
        return ctx.ask(ctx.t('reorder.whichAgain'), ctx.t('reorder.whichAgain'));
      case 'askQuantity':
        ctx.state.pending = pending;
        return ctx.ask(ctx.t('quantity.ask'), ctx.t('quantity.reprompt'));
      default:
        return ctx.ask(ctx.t('yesNo.nothingPending'), ctx.t('help.reprompt'));
    }
  },
};
