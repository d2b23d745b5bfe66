// "Shall I place the order?" after a read-back. Only a plain yes places it (after the voice code, when the
// shopper has one); a hedged yes or an unsure answer asks for a clear yes or no, cart kept; a no drops the cart; an edit or another request leaves the cart waiting.
import type { TurnContext } from '../context.js';
import type { OpenQuestion } from '../dialog/state.js';
import { cartExample } from '../examples.js';
import { placeCart } from '../flows/place-order.js';
import { askVoiceCode, needsVoiceCode, purchasingLocked } from '../flows/voice-code.js';
import { cancelWaitingCart, cartStillWaiting, dropCart } from './cart-waiting.js';
import { plainYes } from './consent.js';
import { cartPrice } from '../flows/price.js';
import { FALLBACK, keep, NO, PRICE, reask, UNSURE, YES, type QuestionBehaviour } from './question.js';

type ConfirmOrder = Extract<OpenQuestion, { kind: 'confirmOrder' }>;

export const confirmOrder: QuestionBehaviour<ConfirmOrder> = {
  kind: 'confirmOrder',
  question: (ctx) => ctx.t('cart.confirmReprompt'),
  async answer(ctx: TurnContext, q) {
    const cancelled = await cancelWaitingCart(ctx, q.cartId);
    if (cancelled) return cancelled;
    switch (ctx.turn.intent) {
      case YES: {
        if (!(await plainYes(ctx))) return keep(ctx, q, ctx.t('confirm.notPlain'), confirmOrder);
        const locked = await purchasingLocked(ctx);
        if (locked) return locked;
        return needsVoiceCode(ctx) ? askVoiceCode(ctx, q.cartId) : placeCart(ctx, q.cartId);
      }
      case UNSURE:
        return keep(ctx, q, ctx.t('confirm.notPlain'), confirmOrder);
      case PRICE: {
        // "How much is that?": the total, then this same question; no strike, the cart kept.
        const said = await cartPrice(ctx, q.cartId);
        return said ? keep(ctx, q, said, confirmOrder) : undefined;
      }
      case NO:
        await ctx.store.discardCart(q.cartId);
        return ctx.tell(ctx.t('order.declined'));
      case FALLBACK: {
        // The edit example counts with this cart's own product ("改成两袋", 「2袋にして」).
        const cart = await ctx.store.getCart(q.cartId);
        const example = cart ? await cartExample(ctx, cart, 2) : undefined;
        return reask(ctx, q, ctx.t('fallback.cart', { ...example }), confirmOrder, true);
      }
      default:
        return undefined;
    }
  },
  resume: (ctx, q) => cartStillWaiting(ctx, q.cartId, ctx.t('question.placeIt')),
  abandon: (ctx, q) => dropCart(ctx, q.cartId),
};
