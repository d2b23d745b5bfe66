// "How many would you like?" after a quantity that cannot be ordered. A number, said with any intent, answers it.
import { clampQuantity, MAX_QUANTITY } from '../cart.js';
import type { TurnContext } from '../context.js';
import { safe } from '../i18n.js';
import { ProductSpeech } from '../products.js';
import type { OpenQuestion } from '../dialog/state.js';
import { reorderItems } from '../flows/reorder.js';
import { orderHistory, pastItems } from '../history.js';
import { parseQuantity } from '../language/quantity.js';
import { declineProduct } from './decline-product.js';
import { FALLBACK, keep, MOVES_ON, NO, reask, UNSURE, YES, type QuestionBehaviour } from './question.js';

type AskQuantity = Extract<OpenQuestion, { kind: 'askQuantity' }>;

async function namedQuestion(ctx: TurnContext, q: AskQuantity): Promise<string> {
  const item = pastItems(await orderHistory(ctx)).find((p) => p.sku === q.sku);
  if (!item) return askQuantity.question(ctx, q);
  const products = await ProductSpeech.load(ctx, [item.sku]);
  return ctx.t('quantity.resume', { item: products.the(item, 'acc'), name: item.name, units: safe(products.units(item)) });
}

export const askQuantity: QuestionBehaviour<AskQuantity> = {
  kind: 'askQuantity',
  question: (ctx) => ctx.t('quantity.reprompt'),
  async answer(ctx, q) {
    const intent = ctx.turn.intent;
    if (MOVES_ON.has(intent)) return undefined;
    const spoken = ctx.turn.slots.quantity?.spoken;
    if (spoken?.trim()) {
      const quantity = clampQuantity(parseQuantity(spoken, ctx.lang));
      if (quantity === undefined) return keep(ctx, q, ctx.t('quantity.outOfRange', { max: MAX_QUANTITY }), askQuantity);
      const item = pastItems(await orderHistory(ctx)).find((p) => p.sku === q.sku);
      if (item) return reorderItems(ctx, [{ phrases: [item.name], spoken: item.name, quantity }], q.cartId);
      const cart = q.cartId ? await ctx.store.getCart(q.cartId) : undefined;
      const line = cart?.lines.find((l) => l.sku === q.sku);
      if (cart && line) return reorderItems(ctx, [{ phrases: [line.name], spoken: line.name, quantity }], q.cartId);
      return undefined;
    }
    if (intent === NO) return declineProduct(ctx, q.cartId);
    if (intent === YES || intent === FALLBACK || intent === UNSURE) return reask(ctx, q, ctx.t('quantity.ask'), askQuantity, true);
    return undefined;
  },
  // After another answer, the bare "how many?" would not say of what: the product is named again.
  resume: async (ctx, q) => ({ speech: await namedQuestion(ctx, q), open: true }),
};
