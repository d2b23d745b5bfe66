// "Make it three", "only two of the coffee": changes one line of the cart and reads the cart back.
import { clampQuantity, MAX_QUANTITY } from '../cart.js';
import { answerQuantity, offerCart } from '../flows/reorder.js';
import { targetLine } from '../flows/cart-edit.js';
import type { IntentHandler } from '../handler.js';
import { safe } from '../i18n.js';
import { parseQuantity } from '../language/quantity.js';
import { ProductSpeech } from '../products.js';
import { answerChoice } from './choose-item.js';

export const changeQuantity: IntentHandler = {
  intent: 'ChangeQuantityIntent',
  needsAccount: true,
  async handle(ctx) {
    const answered = (await answerChoice(ctx)) ?? (await answerQuantity(ctx));
    if (answered) return answered;
    const target = await targetLine(ctx, 'edit.whichQuantity');
    if (!target.ok) return target.reply;
    const spoken = ctx.turn.slots.quantity?.spoken;
    const parsed = parseQuantity(spoken, ctx.lang);
    const quantity = clampQuantity(parsed);
    if (quantity === undefined) {
      // A number out of range is told the range; no number heard is simply asked for again.
      const key = parsed !== undefined ? 'quantity.outOfRange' : 'quantity.ask';
      return ctx.ask(ctx.t(key, { max: MAX_QUANTITY }), ctx.t('quantity.reprompt'));
    }
    const lines = target.cart.lines.map((l, i) => (i === target.lineIndex ? { ...l, quantity } : l));
    // Only what changed and the new total: the shopper heard the rest a moment ago.
    const products = await ProductSpeech.load(ctx, [lines[target.lineIndex].sku]);
    return offerCart(ctx, { ...target.cart, lines }, [], ctx.t('edit.changed', { item: safe(products.counted(lines[target.lineIndex])) }));
  },
};
