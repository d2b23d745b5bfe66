// The e-mail an order or a cancellation sends, as the store keeps it in its outbox: written in the shopper's
// language with the figures they heard. No address on file, no e-mail.
import type { Order, OrderMailDraft, OrderMailKind } from '../../store/types.js';
import { totals } from '../cart.js';
import type { TurnContext } from '../context.js';

export function orderMailDraft(ctx: TurnContext, kind: OrderMailKind, order: Omit<Order, 'id'>): OrderMailDraft | undefined {
  const shopper = ctx.shopper;
  if (!shopper.email) return undefined;
  const { tax, total } = totals(ctx, order);
  return {
    kind, to: shopper.email, name: shopper.name, locale: ctx.locale, timeZone: shopper.timeZone, currency: shopper.currency,
    seller: ctx.seller.name, lines: order.lines, shippingFee: order.shippingFee, tax, total, taxIncluded: order.taxIncluded,
    addressLabel: shopper.address.label, line1: shopper.address.line1, city: shopper.address.city,
    deliveryDay: order.shipment?.eta,
  };
}

/** Whether the answer may say an e-mail is on its way: there is one, and this deployment delivers e-mail. */
export function mailPromised(ctx: TurnContext, draft: OrderMailDraft | undefined): boolean {
  return draft !== undefined && ctx.orderMail;
}
