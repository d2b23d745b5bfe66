// "How many cartons of oat milk should I order?" after a quantity that cannot be ordered, or an edit that said none.
// A number, said with any intent, answers it: a line already in the cart changes in place ("Okay, 3 cartons of oat
// milk. The new total is …"), a product not in it yet is added.
import { clampQuantity, MAX_QUANTITY } from '../cart.js';
import type { OpenQuestion } from '../dialog/state.js';
import { applyEdit } from '../flows/cart-edit.js';
import { howManyAgain, howManyQuestion } from '../flows/how-many.js';
import { reorderItems } from '../flows/reorder.js';
import { orderHistory, pastItems } from '../history.js';
import { parseQuantity } from '../language/quantity.js';
import { declineProduct } from './decline-product.js';
import { FALLBACK, keep, MOVES_ON, NO, reask, UNSURE, YES, type QuestionBehaviour } from './question.js';

type AskQuantity = Extract<OpenQuestion, { kind: 'askQuantity' }>;

export const askQuantity: QuestionBehaviour<AskQuantity> = {
  kind: 'askQuantity',
  question: (ctx, q) => howManyQuestion(ctx, q),
  async answer(ctx, q) {
    const intent = ctx.turn.intent;
    if (MOVES_ON.has(intent)) return undefined;
    const spoken = ctx.turn.slots.quantity?.spoken;
    if (spoken?.trim()) {
      const quantity = clampQuantity(parseQuantity(spoken, ctx.lang));
      // The range, then the one question (never a second "how many?" after the first).
      if (quantity === undefined) return keep(ctx, q, ctx.t('quantity.outOfRange', { max: MAX_QUANTITY }), askQuantity);
      const cart = q.cartId ? await ctx.store.getCart(q.cartId) : undefined;
      const at = cart && cart.status === 'open' ? cart.lines.findIndex((l) => l.sku === q.sku) : -1;
      // An edit of a line the cart holds: the line keeps its place, and only the change and the new total are said.
      if (cart && at >= 0) return applyEdit(ctx, cart, at, 'quantity', undefined, quantity);
      const item = pastItems(await orderHistory(ctx)).find((p) => p.sku === q.sku);
      if (item) return reorderItems(ctx, [{ phrases: [item.name], spoken: item.name, quantity }], q.cartId);
      return undefined;
    }
    if (intent === NO) return declineProduct(ctx, q.cartId);
    if (intent === YES || intent === FALLBACK || intent === UNSURE) return reask(ctx, q, howManyAgain(ctx, q, MAX_QUANTITY), askQuantity, true);
    return undefined;
  },
  // After another answer the question is asked again; it names the product, so it says what the number is of.
  resume: async (ctx, q) => ({ speech: howManyQuestion(ctx, q), open: true }),
};
