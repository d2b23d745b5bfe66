// Placing a confirmed cart: exactly once (the store guards it), then the order number, the day and a card.
import { cartExpired, deliveryDay, totals } from '../cart.js';
import { ProductSpeech } from '../products.js';
import type { TurnContext } from '../context.js';
import { safe } from '../i18n.js';
import { escapeSsml } from '../ssml.js';
import type { Reply } from '../types.js';
import { purchaseLimitReached } from './purchase-limit.js';
import { mailPromised, orderMailDraft } from './order-mail.js';

export async function placeCart(ctx: TurnContext, cartId: string): Promise<Reply> {
  const cart = await ctx.store.getCart(cartId);
  if (!cart || cart.customerId !== ctx.shopper.id || cart.status === 'discarded') {
    return ctx.ask(ctx.t('order.cartGone'), ctx.t('help.reprompt'));
  }
  if (cart.status === 'open' && cartExpired(cart, ctx.now)) {
    await ctx.store.discardCart(cart.id);
    return ctx.ask(ctx.t('order.cartGone'), ctx.t('help.reprompt'));
  }
  // A retried confirmation of a placed cart still names its order; only a new placement counts against the limit.
  if (cart.status === 'open') {
    const limited = await purchaseLimitReached(ctx, cart.id);
    if (limited) return limited;
  }
  const eta = deliveryDay(ctx);
  const placing = {
    customerId: ctx.shopper.id,
    placedAt: ctx.now.toISOString(),
    status: 'placed' as const,
    lines: cart.lines,
    shippingFee: cart.shippingFee,
    taxIncluded: cart.taxIncluded,
    shipment: { carrier: ctx.seller.name, eta },
  };
  // A shop that keeps the outbox beside its orders (the embedded one) queues the e-mail with the order, both or
  // neither; a connected shop sends its own. Sent in the background, never awaited here.
  const mail = ctx.commerce.queuesOrderMail ? orderMailDraft(ctx, 'placed', placing) : undefined;
  // The cart's id is the idempotency key: a retried or repeated yes finds the order the first one placed.
  const { order } = await ctx.commerce.placeOrder({
    shopperId: ctx.shopper.id,
    lines: cart.lines,
    shippingFee: cart.shippingFee,
    taxIncluded: cart.taxIncluded,
    confirmedAt: placing.placedAt,
    eta,
    carrier: ctx.seller.name,
    mail,
  }, cart.id);
  await ctx.store.markCartPlaced(cart.id, order.id);
  ctx.state.placedOrderId = order.id;
  // A retried confirmation reads the stored order, so it hears the same number and day.
  const day = safe(ctx.format.day(order.shipment?.eta ?? eta, ctx.now));
  const number = safe(`<say-as interpret-as="characters">${escapeSsml(order.id)}</say-as>`);
  const placed = ctx.t('order.placed', { number, day, payment: ctx.payment() });
  const speech = mailPromised(ctx, mail) ? `${placed} ${ctx.t('order.mailed')}` : placed;
  const card = ctx.card('order.cardTitle', 'order.cardText', {
    seller: ctx.seller.name,
    number: order.id,
    // One item a line: the card is read, not heard.
    items: safe((await ProductSpeech.load(ctx, order.lines.map((l) => l.sku))).each(order.lines).join('\n')),
    total: ctx.format.money(totals(ctx, cart).total),
    day: ctx.format.date(order.shipment?.eta ?? eta),
    address: ctx.fullAddress(),
    payment: ctx.payment(),
  });
  return ctx.tell(speech, { card });
}
