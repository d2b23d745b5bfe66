// Vendure's order and fulfillment states mapped to the skill's order status (README "Connect your shop").
import type { OrderStatus } from '../../store/types.js';

/** Orders still being built (a cart, a draft, awaiting payment) are not orders yet: undefined leaves them out. */
const ORDER_STATES: Record<string, OrderStatus | undefined> = {
  Created: undefined,
  Draft: undefined,
  AddingItems: undefined,
  ArrangingPayment: undefined,
  PaymentAuthorized: 'placed',
  PaymentSettled: 'placed',
  Modifying: 'placed',
  ArrangingAdditionalPayment: 'placed',
  PartiallyShipped: 'shipped',
  Shipped: 'shipped',
  PartiallyDelivered: 'shipped',
  Delivered: 'delivered',
  Cancelled: 'cancelled',
};

/** Vendure has no "out for delivery"; a shop that adds a fulfillment state of that name gets it. */
export const OUT_FOR_DELIVERY_STATE = 'OutForDelivery';

export function orderStatus(orderState: string, fulfillmentState?: string): OrderStatus | undefined {
  const status = ORDER_STATES[orderState];
  if (status === 'shipped' && fulfillmentState === OUT_FOR_DELIVERY_STATE) return 'out_for_delivery';
  // Custom states a shop added to its order process count as placed once payment exists.
  return orderState in ORDER_STATES ? status : 'placed';
}

/** States in which an order exists but no parcel has left: the only ones a shopper may cancel by voice. */
export const CANCELLABLE_STATES = new Set(['PaymentAuthorized', 'PaymentSettled']);

/** States that are not orders yet (see above), for query filters. */
export const UNPLACED_STATES = Object.entries(ORDER_STATES).filter(([, s]) => s === undefined).map(([state]) => state);
