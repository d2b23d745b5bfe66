// Edits to the cart that waits for a yes: find the cart and the line the shopper means.
import type { PendingCart } from '../../store/types.js';
import type { TurnContext } from '../context.js';
import { match, slotPhrases } from '../history.js';
import type { Reply } from '../types.js';
import { ProductSpeech } from '../products.js';

export type EditTarget =
  | { ok: true; cart: PendingCart; lineIndex: number }
  | { ok: false; reply: Reply };

/** The open cart being confirmed, or a reply saying there is nothing to edit. */
export async function openCart(ctx: TurnContext): Promise<{ cart: PendingCart } | { reply: Reply }> {
  const cartId = ctx.pending('confirmOrder')?.cartId ?? ctx.pending('chooseItem')?.cartId;
  const cart = cartId ? await ctx.store.getCart(cartId) : undefined;
  if (!cart || cart.status !== 'open') return { reply: ctx.ask(ctx.t('edit.noCart'), ctx.t('help.reprompt')) };
  return { cart };
}

/** The cart line the item slot names; with no item, the only line of a one-line cart. */
export async function targetLine(ctx: TurnContext, exampleKey: string): Promise<EditTarget> {
  const open = await openCart(ctx);
  if ('reply' in open) return { ok: false, reply: open.reply };
  const { cart } = open;
  // Keep the cart pending whatever the answer, so the shopper can still say yes.
  ctx.state.pending = { kind: 'confirmOrder', cartId: cart.id };
  const item = ctx.turn.slots.item;
  if (!item?.spoken.trim()) {
    if (cart.lines.length === 1) return { ok: true, cart, lineIndex: 0 };
    return { ok: false, reply: ctx.ask(ctx.t(exampleKey), ctx.t('cart.confirmReprompt')) };
  }
  const result = match(ctx, slotPhrases(item), cart.lines.map((l) => ({ sku: l.sku, names: [l.name] })));
  const products = await ProductSpeech.load(ctx, cart.lines.map((l) => l.sku));
  if (result.kind === 'several') {
    const options = cart.lines.filter((l) => result.skus.includes(l.sku)).map((l) => products.the(l, 'acc'));
    return { ok: false, reply: ctx.ask(ctx.t('edit.whichOf', { options: ctx.quotedList(options, 'or') }), ctx.t('cart.confirmReprompt')) };
  }
  if (result.kind === 'none') {
    const names = cart.lines.map((l) => products.the(l, 'acc'));
    return { ok: false, reply: ctx.ask(ctx.t('edit.notInCart', { item: item.spoken, items: ctx.format.list(names) }), ctx.t('cart.confirmReprompt')) };
  }
  return { ok: true, cart, lineIndex: cart.lines.findIndex((l) => l.sku === result.sku) };
}
