// "Which item should I take out: the coffee beans or the oat milk?" A product named in the answer answers it:
// with the answer's own verb when it has one (remove, change the quantity), else with the question's; so does a
// position alone ("the third one", "die dritte", "l'ultimo"), counted in the order the options were said. A yes never
// places the order from here: the question is about an edit.
import type { OpenQuestion } from '../dialog/state.js';
import { applyEdit, editLine, openCart, whichQuestion } from '../flows/cart-edit.js';
import { atPosition, onlyOrdinal, ordinalOf } from '../language/ordinal.js';
import type { TurnContext } from '../context.js';
import type { Reply } from '../types.js';
import { offerCart } from '../flows/reorder.js';
import { cartStillWaiting, dropCart } from './cart-waiting.js';
import { askAgain, FALLBACK, MOVES_ON, NO, reask, UNSURE, YES, type QuestionBehaviour } from './question.js';

type ChangeWhich = Extract<OpenQuestion, { kind: 'changeWhich' }>;

/** The position the answer says and nothing else, from the product slot (Alexa) or the words (Dialogflow). */
function positionSaid(ctx: TurnContext): number | undefined {
  const item = ctx.turn.slots.item?.spoken;
  const words = item?.trim() ? item : ctx.turn.utterance;
  return onlyOrdinal(words, ctx.lang) ? ordinalOf(words, ctx.lang) : undefined;
}

/** "The third one": the question's pending edit on that line; a position past the options asks again. */
async function byPosition(ctx: TurnContext, q: ChangeWhich, position: number): Promise<Reply> {
  const open = await openCart(ctx, q.cartId);
  if ('reply' in open) return open.reply;
  const sku = atPosition(q.skus ?? open.cart.lines.map((l) => l.sku), position);
  const index = open.cart.lines.findIndex((l) => l.sku === sku);
  if (index < 0) return askAgain(ctx, q, changeWhich);
  // The ordinal's own number ("die dritte" heard as a quantity) is no quantity: the question's pending one is.
  return applyEdit(ctx, open.cart, index, q.action, undefined, q.quantity);
}

export const changeWhich: QuestionBehaviour<ChangeWhich> = {
  kind: 'changeWhich',
  question: (ctx, q) => whichQuestion(ctx, q.action, q.options ?? []),
  async answer(ctx, q) {
    const intent = ctx.turn.intent;
    if (MOVES_ON.has(intent)) return undefined;
    const position = positionSaid(ctx);
    if (position !== undefined) return byPosition(ctx, q, position);
    if (ctx.turn.slots.item?.spoken.trim()) {
      // An answer with its own verb does what it says ("take out the oat milk" removes it, never recounts it);
      // only a bare product takes the question's pending action and quantity.
      if (intent === 'RemoveItemIntent') return editLine(ctx, 'remove', q.cartId);
      if (intent === 'ChangeQuantityIntent') return editLine(ctx, 'quantity', q.cartId, q.action === 'quantity' ? q.quantity : undefined);
      return editLine(ctx, q.action, q.cartId, q.quantity);
    }
    if (intent === NO) {
      const open = await openCart(ctx, q.cartId);
      if ('reply' in open) return open.reply;
      return offerCart(ctx, open.cart, [ctx.t('edit.unchanged')]);
    }
    // A yes is heard, it just answers nothing here: the options again, not a strike towards a person.
    if (intent === YES) return askAgain(ctx, q, changeWhich);
    if (intent === FALLBACK || intent === UNSURE) return reask(ctx, q, '', changeWhich);
    return undefined;
  },
  resume: (ctx, q) => cartStillWaiting(ctx, q.cartId, changeWhich.question(ctx, q)),
  abandon: (ctx, q) => dropCart(ctx, q.cartId),
};
