// Cancelling the order just placed: only while it has not shipped, and only after a yes.
import type { Order } from '../../store/types.js';
import type { TurnContext } from '../context.js';
import { describeLines } from '../cart.js';
import { activeOrders, candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import { safe } from '../i18n.js';
import { echoed, ProductSpeech } from '../products.js';
import type { Reply } from '../types.js';
import { mailPromised, orderMailDraft } from './order-mail.js';

/**
 * The order "cancel my order" means: the one placed in this session, else the newest one that can still be
 * cancelled, else the newest one (so the answer can say it has shipped).
 */
export async function orderToCancel(ctx: TurnContext): Promise<Order | undefined> {
  const placedHere = ctx.state.placedOrderId ? await ctx.commerce.order(ctx.shopper.id, ctx.state.placedOrderId) : undefined;
  if (placedHere && placedHere.customerId === ctx.shopper.id && placedHere.status !== 'cancelled') return placedHere;
  const active = activeOrders(await orderHistory(ctx));
  return active.find((o) => o.status === 'placed') ?? active[0];
}

/**
 * "Cancel my desk lamp order": the order holding that product (one that can still be cancelled first, else the
 * newest, so the answer can say it has shipped), never another one. A reply when no order holds it.
 */
export async function orderWithItem(ctx: TurnContext): Promise<{ order: Order; sku?: string } | { reply: Reply }> {
  const item = ctx.turn.slots.item!;
  const orders = activeOrders(await orderHistory(ctx));
  // No order at all: there is nothing to look the product up in, nor a question to ask.
  if (orders.length === 0) return { reply: ctx.tell(ctx.t('cancelOrder.none')) };
  const result = match(ctx, slotPhrases(item), await candidatesFor(ctx, pastItems(orders)));
  if (result.kind === 'none') {
    const again = ctx.t('help.reprompt');
    return { reply: ctx.ask(`${ctx.t('status.itemNotFound', { item: echoed(ctx, item.spoken) })}${ctx.format.sentenceGap}${again}`, again) };
  }
  const skus = result.kind === 'one' ? [result.sku] : result.skus;
  const holding = orders.filter((o) => o.lines.some((l) => skus.includes(l.sku)));
  const placedHere = holding.find((o) => o.id === ctx.state.placedOrderId && o.status === 'placed');
  return { order: placedHere ?? holding.find((o) => o.status === 'placed') ?? holding[0], sku: result.kind === 'one' ? result.sku : undefined };
}

/** The questions that hold a waiting cart and ask about it again after another answer (see cart-waiting.ts). */
const CART_QUESTIONS = new Set<string>(['confirmOrder', 'voiceCode', 'changeWhich']);

/** "Your desk lamp has already shipped": the product the shopper named, not the whole order around it. */
async function shippedItem(ctx: TurnContext, order: Order, sku: string): Promise<string | undefined> {
  const line = order.lines.find((l) => l.sku === sku);
  if (!line) return undefined;
  const products = await ProductSpeech.load(ctx, [sku]);
  // The count only picks the verb's number ("has" / "have").
  return ctx.t('cancelOrder.tooLateItem', { name: line.name, item: products.the(line), count: products.plural([line]) ? 2 : 1 });
}

/** Shipped already (or delivered: said with its day, never as "shipped"): it can be returned, and a person is offered
 * (the offer owns the next yes). With a cart waiting, no offer: the cart's question comes back after this answer. */
async function tooLate(ctx: TurnContext, order: Order, sku?: string): Promise<Reply> {
  const items = safe(await describeLines(ctx, order.lines, true));
  const deliveredAt = order.status === 'delivered' ? order.shipment?.deliveredAt : undefined;
  const said = deliveredAt
    ? ctx.t('cancelOrder.tooLateDelivered', { items, day: safe(ctx.format.dayOf(deliveredAt, ctx.now)) })
    : (sku && (await shippedItem(ctx, order, sku))) || ctx.t('cancelOrder.tooLate', { items });
  const open = ctx.turn.state.pending;
  if (open && CART_QUESTIONS.has(open.kind)) return ctx.ask(said, ctx.t('help.reprompt'));
  ctx.state.pending = { kind: 'offerHandoff' };
  return ctx.ask(`${said}${ctx.format.sentenceGap}${ctx.t('return.offerPerson')}`, ctx.t('fallback.offerPersonReprompt'), {
    suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')],
  });
}

export async function askToCancel(ctx: TurnContext, order: Order, sku?: string): Promise<Reply> {
  if (order.status !== 'placed') {
    return tooLate(ctx, order, sku);
  }
  ctx.state.pending = { kind: 'confirmCancel', orderId: order.id };
  const speech = ctx.t('cancelOrder.confirm', {
    items: safe(await describeLines(ctx, order.lines, true)),
    day: safe(ctx.format.dayOf(order.placedAt, ctx.now)),
  });
  return ctx.ask(speech, ctx.t('cancelOrder.reprompt'), { suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')] });
}

export async function cancelConfirmed(ctx: TurnContext, orderId: string): Promise<Reply> {
  const order = await ctx.commerce.order(ctx.shopper.id, orderId);
  if (!order) return ctx.tell(ctx.t('cancelOrder.none'));
  if (order.status === 'cancelled') return ctx.tell(ctx.t('cancelOrder.done'));
  const mail = ctx.commerce.queuesOrderMail ? orderMailDraft(ctx, 'cancelled', order) : undefined;
  const outcome = await ctx.commerce.cancelOrder(ctx.shopper.id, orderId, `cancel:${orderId}`, mail);
  if (outcome === 'not_found') return ctx.tell(ctx.t('cancelOrder.none'));
  if (outcome === 'too_late') return tooLate(ctx, order);
  const done = ctx.t('cancelOrder.done');
  return ctx.tell(mailPromised(ctx, mail) ? `${done} ${ctx.t('cancelOrder.mailed')}` : done);
}
