// "Reorder my last order", "reorder the coffee beans", "order three more oat milk", "the toothbrush heads and
// the oat milk" (item and otherItem: every product said counts). Answers to an open "which one?" or
// "how many?" are read by that question before this handler runs.
import type { IntentHandler } from '../handler.js';
import { reorderItems, reorderLastOrder, wantedItems } from '../flows/reorder.js';
import { parseQuantity, quantitiesIn } from '../language/quantity.js';

export const reorder: IntentHandler = {
  intent: 'ReorderIntent',
  async handle(ctx) {
    const said = (name: string) => (ctx.turn.slots[name]?.spoken.trim() ? ctx.turn.slots[name] : undefined);
    const item = said('item');
    const other = said('otherItem');
    if (!item && !other) return reorderLastOrder(ctx);
    // Each product keeps its own quantity: the quantity slot goes with the first, an `otherQuantity` slot (when a
    // model has one) with the second; without it, the sentence itself when the platform gives it ("two coffee
    // beans and three oat milk"). Alexa gives no sentence: there the second quantity needs the model's slot.
    const quantity = parseQuantity(ctx.turn.slots.quantity?.spoken, ctx.lang);
    const [ownFirst, ownOther] = item && other ? quantitiesIn(ctx.turn.utterance, [item.spoken, other.spoken], ctx.lang) : [];
    const otherQuantity = parseQuantity(ctx.turn.slots.otherQuantity?.spoken, ctx.lang) ?? ownOther;
    const wanted = [
      ...(item ? wantedItems(ctx, item, quantity ?? ownFirst) : []),
      ...(other ? wantedItems(ctx, other, item ? otherQuantity : quantity) : []),
    ];
    // An item named while a cart waits for a yes (or for the voice code) adds to that cart.
    const cartId = ctx.pending('confirmOrder')?.cartId ?? ctx.pending('chooseItem')?.cartId ?? ctx.pending('changeWhich')?.cartId
      ?? ctx.pending('askQuantity')?.cartId ?? ctx.pending('voiceCode')?.cartId;
    return reorderItems(ctx, wanted, cartId);
  },
};
