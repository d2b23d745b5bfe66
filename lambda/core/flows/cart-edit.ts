// Edits to the cart that waits for a yes: find the cart and the line the shopper means, and change it.
// When the line is not clear, the open question becomes "which item should I change?" (changeWhich).
import type { PendingCart } from '../../store/types.js';
import { clampQuantity, MAX_QUANTITY } from '../cart.js';
import type { TurnContext } from '../context.js';
import { match, slotPhrases } from '../history.js';
import { safe } from '../i18n.js';
import { parseQuantity } from '../language/quantity.js';
import { echoed, ProductSpeech } from '../products.js';
import type { Reply } from '../types.js';
import { askHowMany } from './how-many.js';
import { offerCart } from './reorder.js';

export type EditAction = 'remove' | 'quantity';

/** The open cart being confirmed, or a reply saying there is nothing to edit. */
export async function openCart(ctx: TurnContext, cartId?: string): Promise<{ cart: PendingCart } | { reply: Reply }> {
  const id = cartId ?? ctx.pending('confirmOrder')?.cartId ?? ctx.pending('chooseItem')?.cartId ?? ctx.pending('changeWhich')?.cartId
    ?? ctx.pending('voiceCode')?.cartId;
  const cart = id ? await ctx.store.getCart(id) : undefined;
  if (!cart || cart.status !== 'open') return { reply: ctx.ask(ctx.t('edit.noCart'), ctx.t('help.reprompt')) };
  return { cart };
}

/** "Which item should I take out: the coffee beans or the oat milk?": the open question names the options. */
export async function askWhich(ctx: TurnContext, cart: PendingCart, action: EditAction, lead = '', skus?: string[], quantity?: number): Promise<Reply> {
  const lines = cart.lines.filter((l) => !skus || skus.includes(l.sku));
  const products = await ProductSpeech.load(ctx, lines.map((l) => l.sku));
  const options = lines.map((l) => products.the(l, 'acc'));
  // The options' SKUs in the order said, so "the third one" finds its line.
  ctx.state.pending = { kind: 'changeWhich', cartId: cart.id, action, options, skus: lines.map((l) => l.sku), ...(quantity !== undefined ? { quantity } : {}) };
  const question = whichQuestion(ctx, action, options);
  return ctx.ask(lead ? `${lead}${ctx.format.sentenceGap}${question}` : question, question);
}

export function whichQuestion(ctx: TurnContext, action: EditAction, options: string[]): string {
  // Japanese asks どちら between two and どれ among more.
  return ctx.t(action === 'remove' ? 'edit.whichRemoveOf' : 'edit.whichQuantityOf', { options: ctx.quotedList(options, 'or'), context: options.length === 2 ? 'two' : undefined });
}

/** Applies the edit to one line and reads the cart back (an emptied cart is discarded). */
export async function applyEdit(ctx: TurnContext, cart: PendingCart, lineIndex: number, action: EditAction, spokenQuantity: string | undefined, asked?: number): Promise<Reply> {
  const line = cart.lines[lineIndex];
  if (action === 'remove') {
    const lines = cart.lines.filter((_, i) => i !== lineIndex);
    const name = (await ProductSpeech.load(ctx, [line.sku])).the(line, 'acc');
    if (lines.length === 0) {
      await ctx.store.discardCart(cart.id);
      return ctx.tell(ctx.t('edit.emptied', { name }));
    }
    return offerCart(ctx, { ...cart, lines }, [], ctx.t('edit.removed', { name }));
  }
  const parsed = spokenQuantity?.trim() ? parseQuantity(spokenQuantity, ctx.lang) : asked;
  const quantity = clampQuantity(parsed);
  if (quantity === undefined) {
    // A number out of range is told the range; no number heard is simply asked for, naming the product.
    const question = await askHowMany(ctx, line, cart.id);
    const speech = parsed !== undefined ? `${ctx.t('quantity.outOfRange', { max: MAX_QUANTITY })}${ctx.format.sentenceGap}${question}` : question;
    return ctx.ask(speech, question);
  }
  const products = await ProductSpeech.load(ctx, [line.sku]);
  if (quantity === line.quantity) {
    // Nothing to change ("make it three" of three): say so, not "changed", and ask again.
    ctx.state.pending = { kind: 'confirmOrder', cartId: cart.id };
    const already = ctx.t('edit.already', { item: safe(products.counted(line)) });
    return ctx.ask(`${already}${ctx.format.sentenceGap}${ctx.t('cart.confirmQuestion')}`, ctx.t('cart.confirmReprompt'));
  }
  const lines = cart.lines.map((l, i) => (i === lineIndex ? { ...l, quantity } : l));
  // Only what changed and the new total: the shopper heard the rest a moment ago.
  return offerCart(ctx, { ...cart, lines }, [], ctx.t('edit.changed', { item: safe(products.counted(lines[lineIndex])) }));
}

/** The edit the turn asks for on the cart's line its item slot names; with no item, the only line of a one-line cart. */
export async function editLine(ctx: TurnContext, action: EditAction, cartId?: string, asked?: number): Promise<Reply> {
  const open = await openCart(ctx, cartId);
  if ('reply' in open) return open.reply;
  const { cart } = open;
  const item = ctx.turn.slots.item;
  const spokenQuantity = ctx.turn.slots.quantity?.spoken;
  const quantity = spokenQuantity?.trim() ? parseQuantity(spokenQuantity, ctx.lang) : asked;
  if (!item?.spoken.trim()) {
    if (cart.lines.length === 1) return applyEdit(ctx, cart, 0, action, spokenQuantity, asked);
    return askWhich(ctx, cart, action, '', undefined, quantity);
  }
  const result = match(ctx, slotPhrases(item), cart.lines.map((l) => ({ sku: l.sku, names: [l.name] })));
  if (result.kind === 'several') return askWhich(ctx, cart, action, '', result.skus, quantity);
  if (result.kind === 'none') {
    const products = await ProductSpeech.load(ctx, cart.lines.map((l) => l.sku));
    if (cart.lines.length === 1) {
      // One line: "which one?" of a single option is no question; say in one sentence what the order holds instead
      // ("I don't see coffee beans in this order, only 4 cartons of oat milk."), then ask to place it.
      ctx.state.pending = { kind: 'confirmOrder', cartId: cart.id };
      const only = ctx.t('edit.notInOnly', { item: echoed(ctx, item.spoken), only: safe(products.counted(cart.lines[0])) });
      return ctx.ask(`${only}${ctx.format.sentenceGap}${ctx.t('question.placeIt')}`, ctx.t('cart.confirmReprompt'));
    }
    const lead = ctx.t('edit.notInCart', { item: echoed(ctx, item.spoken), items: ctx.format.list(cart.lines.map((l) => products.the(l, 'acc'))) });
    return askWhich(ctx, cart, action, lead, undefined, quantity);
  }
  return applyEdit(ctx, cart, cart.lines.findIndex((l) => l.sku === result.sku), action, spokenQuantity, asked);
}
