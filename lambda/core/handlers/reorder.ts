// "Reorder my last order", "reorder the coffee beans", "order three more oat milk", "the toothbrush heads and
// the oat milk" (item and otherItem: every product said counts). Answers to an open "which one?" or
// "how many?" are read by that question before this handler runs.
import type { IntentHandler } from '../handler.js';
import { reorderItems, reorderLastOrder, wantedItems } from '../flows/reorder.js';
import { allFoundIn, attributeQuantities, parseQuantity, quantitiesIn } from '../language/quantity.js';
import type { TurnContext } from '../context.js';

export const reorder: IntentHandler = {
  intent: 'ReorderIntent',
  async handle(ctx) {
    const said = (name: string) => (ctx.turn.slots[name]?.spoken.trim() ? ctx.turn.slots[name] : undefined);
    const item = said('item');
    const other = said('otherItem');
    if (!item && !other) return reorderLastOrder(ctx);
    // Each product keeps its own quantity: the quantity slot goes with the first, an `otherQuantity` slot (when a
    // model has one) with the second. Where the platform passes the sentence and both products are in it
    // (Dialogflow), the sentence says which product each number stands next to ("the oat milk and 3 coffee beans":
    // 3 is the coffee beans', whichever parameter carries it); a number it cannot place is asked about. Alexa gives
    // no sentence: there the model's slots say which product.
    const quantity = parseQuantity(ctx.turn.slots.quantity?.spoken, ctx.lang);
    const otherSaid = parseQuantity(ctx.turn.slots.otherQuantity?.spoken, ctx.lang);
    if (!item || !other) {
      const only = (item ?? other)!;
      return reorderItems(ctx, wantedItems(ctx, only, quantity ?? otherSaid), pendingCart(ctx));
    }
    const names = [item.spoken, other.spoken];
    const readings = allFoundIn(ctx.turn.utterance, names) ? quantitiesIn(ctx.turn.utterance, names, ctx.lang) : undefined;
    const { quantities: [first, second], unsure } = attributeQuantities([quantity, otherSaid], readings);
    const wanted = [
      ...wantedItems(ctx, item, first).map((w, i) => (unsure === 0 && i === 0 ? { ...w, unsure: true } : w)),
      ...wantedItems(ctx, other, second).map((w, i) => (unsure === 1 && i === 0 ? { ...w, unsure: true } : w)),
    ];
    return reorderItems(ctx, wanted, pendingCart(ctx));
  },
};

/** An item named while a cart waits for a yes (or for the voice code) adds to that cart. */
function pendingCart(ctx: TurnContext): string | undefined {
  return ctx.pending('confirmOrder')?.cartId ?? ctx.pending('chooseItem')?.cartId ?? ctx.pending('changeWhich')?.cartId
    ?? ctx.pending('askQuantity')?.cartId ?? ctx.pending('voiceCode')?.cartId;
}
