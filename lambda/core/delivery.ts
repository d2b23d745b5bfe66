// When an order comes, as of the request time: shared by the status answers and the notices a reorder gives
// ("your last order is still on its way", "you've already got … coming on Tuesday").
import type { Order } from '../store/types.js';
import type { TurnContext } from './context.js';
import { addDeliveryDays, localDate } from './dates.js';

/** The carrier's estimate, else the seller's delivery days counted from the day it was placed. */
export function etaOf(ctx: TurnContext, order: Order): string {
  return order.shipment?.eta ?? addDeliveryDays(localDate(new Date(order.placedAt), ctx.format.timeZone), ctx.seller.deliveryDays);
}

export const isLate = (ctx: TurnContext, order: Order) => etaOf(ctx, order) < ctx.format.today(ctx.now);

/** The day it comes: a parcel out for delivery comes today, whatever day the estimate said before. */
export function arrivalDay(ctx: TurnContext, order: Order): string {
  return order.status === 'out_for_delivery' ? ctx.format.today(ctx.now) : etaOf(ctx, order);
}
