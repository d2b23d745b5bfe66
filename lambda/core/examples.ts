// Example phrases built from the shopper's own products: help never suggests "remove the oat milk" for a cart
// without oat milk, and Japanese and Chinese examples count with the product's own counter (「3袋にして」).
import type { PendingCart } from '../store/types.js';
import type { TurnContext } from './context.js';
import { orderHistory, pastItems } from './history.js';
import { ProductSpeech } from './products.js';

export interface CartExample {
  /** Plain text. A product in the cart with its article, as the object of a verb ("the coffee beans", "die Kaffeebohnen"). */
  item: string;
  /** A quantity of it with its counter ("3袋"; "3" where the language needs none). */
  amount: string;
}

/** The cart's last line, for "remove …" and "make it …" examples. */
export async function cartExample(ctx: TurnContext, cart: PendingCart, count: number): Promise<CartExample | undefined> {
  const line = cart.lines.at(-1);
  if (!line) return undefined;
  const products = await ProductSpeech.load(ctx, [line.sku]);
  // "Make it two" for an item that already has two changes nothing: the example takes the next number then.
  const example = line.quantity === count ? count + 1 : count;
  return { item: products.the(line, 'acc'), amount: products.amount(line.sku, example) };
}

/** The product the shopper bought most recently, with its article ("the coffee beans"), if any. */
export async function recentProduct(ctx: TurnContext): Promise<string | undefined> {
  if (!ctx.customer) return undefined;
  const [recent] = pastItems(await orderHistory(ctx));
  if (!recent) return undefined;
  return (await ProductSpeech.load(ctx, [recent.sku])).the(recent, 'acc');
}
