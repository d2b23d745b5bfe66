// "Where is my order?", "when does my desk lamp arrive?": from the shopper's own orders, as of the request time.
import type { Order } from '../../store/types.js';
import type { TurnContext } from '../context.js';
import { addDeliveryDays, localDate } from '../dates.js';
import { activeOrders, candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import type { IntentHandler } from '../handler.js';
import { safe } from '../i18n.js';

const ON_THE_WAY = new Set<Order['status']>(['placed', 'shipped', 'out_for_delivery']);
const BRIEF_LIMIT = 3;

/** The order's items in a few words: "the coffee beans and 2 more items". */
function itemsOf(ctx: TurnContext, order: Order): string {
  const [first, ...rest] = order.lines;
  return rest.length === 0 ? ctx.t('status.oneItem', { name: first.name }) : ctx.t('status.moreItems', { name: first.name, count: rest.length });
}

function etaOf(ctx: TurnContext, order: Order): string {
  return order.shipment?.eta ?? addDeliveryDays(localDate(new Date(order.placedAt), ctx.format.timeZone), ctx.seller.deliveryDays);
}

/** One order in full: what, where now, carrier, when. */
export function describeOrder(ctx: TurnContext, order: Order): string {
  const items = safe(itemsOf(ctx, order));
  const s = order.shipment;
  switch (order.status) {
    case 'delivered':
      return ctx.t('status.delivered', {
        items,
        day: safe(s?.deliveredAt ? ctx.format.dayOf(s.deliveredAt, ctx.now) : ctx.format.day(etaOf(ctx, order), ctx.now)),
        address: ctx.shortAddress(),
      });
    case 'cancelled':
      return ctx.t('status.cancelled', { items });
    default: {
      const day = safe(ctx.format.day(etaOf(ctx, order), ctx.now));
      const late = etaOf(ctx, order) < ctx.format.today(ctx.now);
      const key = order.status === 'placed' ? 'status.placed'
        : order.status === 'out_for_delivery' ? 'status.outForDelivery'
          : s?.lastLocation ? 'status.shippedAt' : 'status.shipped';
      const main = ctx.t(key, { items, carrier: s?.carrier ?? ctx.seller.name, location: s?.lastLocation, day });
      return late ? `${main} ${ctx.t('status.late')}` : main;
    }
  }
}

function briefly(ctx: TurnContext, order: Order): string {
  const key = order.status === 'out_for_delivery' ? 'status.briefOut' : order.status === 'placed' ? 'status.briefPlaced' : 'status.briefShipped';
  return ctx.t(key, {
    items: safe(itemsOf(ctx, order)),
    day: safe(ctx.format.day(etaOf(ctx, order), ctx.now)),
    carrier: order.shipment?.carrier ?? ctx.seller.name,
  });
}

async function aboutItem(ctx: TurnContext, orders: Order[]): Promise<string> {
  const item = ctx.turn.slots.item!;
  const candidates = await candidatesFor(ctx, pastItems(orders));
  const result = match(ctx, slotPhrases(item), candidates);
  if (result.kind === 'none') return ctx.t('status.itemNotFound', { item: item.spoken });
  // Several products fit: the newest order holding any of them is what the shopper is waiting for.
  const skus = result.kind === 'one' ? [result.sku] : result.skus;
  const order = activeOrders(orders).find((o) => o.lines.some((l) => skus.includes(l.sku)))!;
  return describeOrder(ctx, order);
}

export const orderStatus: IntentHandler = {
  intent: 'OrderStatusIntent',
  needsAccount: true,
  async handle(ctx) {
    const orders = await orderHistory(ctx);
    // Nothing to say more about, and nothing to ask: the session ends (an open microphone needs a question).
    if (orders.length === 0) return ctx.tell(ctx.t('status.noOrders'));
    if (ctx.turn.slots.item?.spoken.trim()) return ctx.tell(await aboutItem(ctx, orders));
    // Soonest first: that is the one the shopper is most likely waiting for.
    const coming = orders.filter((o) => ON_THE_WAY.has(o.status)).sort((a, b) => etaOf(ctx, a).localeCompare(etaOf(ctx, b)));
    if (coming.length === 1) return ctx.tell(describeOrder(ctx, coming[0]));
    if (coming.length > 1) {
      const shown = coming.slice(0, BRIEF_LIMIT).map((o) => briefly(ctx, o));
      const more = coming.length > BRIEF_LIMIT ? ` ${ctx.t('status.andMore', { count: coming.length - BRIEF_LIMIT })}` : '';
      return ctx.tell(`${ctx.t('status.several', { count: coming.length })} ${shown.join(' ')}${more}`);
    }
    const lastDelivered = orders.find((o) => o.status === 'delivered');
    if (!lastDelivered) return ctx.tell(describeOrder(ctx, orders[0]));
    return ctx.tell(`${ctx.t('status.nothingOnTheWay')} ${describeOrder(ctx, lastDelivered)}`);
  },
};
