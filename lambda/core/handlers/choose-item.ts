// The answer to "which one: the coffee beans or the decaf pods?", heard as whatever intent carried an item.
import type { TurnContext } from '../context.js';
import { reorderItems } from '../flows/reorder.js';
import { candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import { parseQuantity } from '../language/quantity.js';
import type { Reply } from '../types.js';

/** Narrows the pending choice with the item the shopper just named, or undefined when it does not fit. */
export async function answerChoice(ctx: TurnContext): Promise<Reply | undefined> {
  const choosing = ctx.pending('chooseItem');
  const item = ctx.turn.slots.item;
  if (!choosing || !item?.spoken.trim()) return undefined;
  const options = pastItems(await orderHistory(ctx)).filter((p) => choosing.skus.includes(p.sku));
  const result = match(ctx, slotPhrases(item), await candidatesFor(ctx, options));
  if (result.kind !== 'one') return undefined;
  const chosen = options.find((o) => o.sku === result.sku)!;
  // A quantity said with the answer ("three of the coffee beans") wins over the one said with the question.
  const quantity = parseQuantity(ctx.turn.slots.quantity?.spoken, ctx.lang) ?? choosing.quantity;
  return reorderItems(ctx, [{ phrases: [chosen.name], spoken: chosen.name, quantity }], choosing.cartId);
}
