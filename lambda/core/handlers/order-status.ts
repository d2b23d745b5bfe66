// "Where is my order?", "when does my desk lamp arrive?": from the shopper's own orders, as of the request time.
import type { Order, OrderLine } from '../../store/types.js';
import type { TurnContext } from '../context.js';
import { arrivalDay, etaOf, isLate } from '../delivery.js';
import { activeOrders, candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import type { IntentHandler } from '../handler.js';
import { safe } from '../i18n.js';
import { echoed, ProductSpeech } from '../products.js';
import type { Reply } from '../types.js';

const ON_THE_WAY = new Set<Order['status']>(['placed', 'shipped', 'out_for_delivery']);
const BRIEF_LIMIT = 3;

/** The order's items in a few words, the asked-about product first: "the desk lamp", "the coffee beans and 2 more items". */
function itemsOf(ctx: TurnContext, products: ProductSpeech, order: Order, first?: string[]): string {
  const lines = first ? [...order.lines].sort((a, b) => Number(first.includes(b.sku)) - Number(first.includes(a.sku))) : order.lines;
  const [lead, ...rest] = lines;
  const name = products.the(lead, 'dat');
  // `total` for the languages that count the whole order ("コーヒー豆など3点", "咖啡豆等3件商品").
  return rest.length === 0 ? ctx.t('status.oneItem', { name }) : ctx.t('status.moreItems', { name, count: rest.length, total: lines.length });
}

/**
 * Where the carrier last scanned it, as a person would say it: US tracking data reads "Secaucus, NJ distribution
 * center" or "Brooklyn, NY 11201", and a state code or ZIP read out letter by letter helps no one, so such a place
 * is said by its town alone ("in Secaucus"). Anything else ("Manchester Mail Centre") is said as the carrier wrote it.
 */
export function scannedPlace(location: string): { town: string } | { site: string } {
  const town = /^\s*([^,]+?)\s*,\s*[A-Z]{2}\b/.exec(location)?.[1];
  return town ? { town } : { site: location.trim() };
}

/** One order in full: what, where now, carrier, when; a late one says so in its own sentence, in the past tense. */
export function describeOrder(ctx: TurnContext, products: ProductSpeech, order: Order, first?: string[]): string {
  const items = safe(itemsOf(ctx, products, order, first));
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
      const carrier = s?.carrier ?? ctx.seller.name;
      if (isLate(ctx, order)) return ctx.t('status.late', { items, carrier, day: safe(ctx.format.day(etaOf(ctx, order), ctx.now)) });
      const day = safe(ctx.format.day(arrivalDay(ctx, order), ctx.now));
      const place = s?.lastLocation?.trim() ? scannedPlace(s.lastLocation) : undefined;
      const key = order.status === 'placed' ? 'status.placed'
        : order.status === 'out_for_delivery' ? 'status.outForDelivery'
          : !place ? 'status.shipped' : 'town' in place ? 'status.shippedIn' : 'status.shippedAt';
      return ctx.t(key, { items, carrier, location: place && ('town' in place ? place.town : place.site), day });
    }
  }
}

/**
 * One order of several, after its ordinal, named by the item that tells it apart ("The first, with the desk lamp, is
 * out for delivery today."): a list of three must stay short (about 35 words), so the carrier, and there the count of
 * other items, are left to the one-order answer. An order due the same day as the one before says so, not the day.
 */
function briefly(ctx: TurnContext, products: ProductSpeech, order: Order, said: Brief): string {
  const late = isLate(ctx, order);
  const key = late ? (said.allLate ? 'status.briefDue' : 'status.briefLate')
    : order.status === 'out_for_delivery' ? 'status.briefOut' : said.sameDay ? 'status.briefSameDay' : 'status.briefShipped';
  return ctx.t(key, {
    ordinal: said.ordinal,
    items: safe(said.named ? itemsOf(ctx, products, order, [said.lead.sku]) : ctx.t('status.oneItem', { name: products.the(said.lead, 'dat') })),
    day: safe(said.day),
    carrier: order.shipment?.carrier ?? ctx.seller.name,
  });
}

interface Brief {
  ordinal: string;
  lead: OrderLine;
  /** The day it comes, or was due when late, said in the same manner as the others in the list. */
  day: string;
  /** It comes the same day as the order said before it. */
  sameDay: boolean;
  /** What else it holds is said too ("with the coffee beans and 2 more items"): only in a list of two, for length. */
  named: boolean;
  /** Every order in the list is late: the lead sentence says so once, each order only when it was due. */
  allLate: boolean;
}

/** The day an order in a list is said with: the day it was due when late, else the day it comes. */
const listedDay = (ctx: TurnContext, order: Order) => (isLate(ctx, order) ? etaOf(ctx, order) : arrivalDay(ctx, order));

/** Whether the order arrives, on time and not yet out for delivery, the same day as the one said before it. */
function sameDayAs(ctx: TurnContext, order: Order, before: Order | undefined): boolean {
  const plain = (o: Order) => !isLate(ctx, o) && o.status !== 'out_for_delivery';
  return before !== undefined && plain(order) && plain(before) && arrivalDay(ctx, order) === arrivalDay(ctx, before);
}

/** For each order, an item the orders before it in the list were not named by, so two orders never sound the same. */
function distinguishingLines(orders: Order[]): OrderLine[] {
  const named = new Set<string>();
  const inOrders = (sku: string) => orders.filter((o) => o.lines.some((l) => l.sku === sku)).length;
  return orders.map((o) => {
    // An item only this order holds says best which order it is; else one not named yet; else its first.
    const lead = o.lines.find((l) => inOrders(l.sku) === 1) ?? o.lines.find((l) => !named.has(l.sku)) ?? o.lines[0];
    named.add(lead.sku);
    return lead;
  });
}

/**
 * One order's answer. A late one ends on a next step: with nothing else open, an offer to have a person look into it
 * (the offer owns the next yes); with a question open (a waiting cart, asked again after this answer), the words for
 * a person, so there is still one question at a time.
 */
async function aboutOrder(ctx: TurnContext, order: Order, first?: string[], lead = ''): Promise<Reply> {
  const said = withLead(ctx, lead, describeOrder(ctx, await productsOf(ctx, [order]), order, first));
  if (order.status === 'delivered' || order.status === 'cancelled' || !isLate(ctx, order)) return ctx.tell(said);
  return withLateNextStep(ctx, said);
}

/** An answer about a late order ends on a next step: our team offered, or, with another question open, the words for it. */
function withLateNextStep(ctx: TurnContext, said: string): Reply {
  const gap = ctx.format.sentenceGap;
  const open = ctx.customer ? ctx.turn.state.pending : undefined;
  // An offer lapses when something else is asked, so it gives way; any other question comes back after this answer.
  if (open && open.kind !== 'offerHandoff' && open.kind !== 'offerReorder') return ctx.ask(`${said}${gap}${ctx.t('status.lateSay')}`, ctx.t('help.reprompt'));
  ctx.state.pending = { kind: 'offerHandoff' };
  return ctx.ask(`${said}${gap}${ctx.t('status.lateOffer')}`, ctx.t('fallback.offerPersonReprompt'), {
    suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')],
  });
}

async function aboutItem(ctx: TurnContext, orders: Order[]): Promise<Reply> {
  const item = ctx.turn.slots.item!;
  const candidates = await candidatesFor(ctx, pastItems(orders));
  const result = match(ctx, slotPhrases(item), candidates);
  // A product no order holds (or one misheard): say so, then what can be said, what is on the way. Asking "which
  // item?" would only invite the same mishearing again; the shopper can ask once more, by another name.
  if (result.kind === 'none') return overview(ctx, orders, ctx.t('status.itemNotFound', { item: echoed(ctx, item.spoken) }));
  // Several products fit: the newest order holding any of them is what the shopper is waiting for.
  const skus = result.kind === 'one' ? [result.sku] : result.skus;
  const order = activeOrders(orders).find((o) => o.lines.some((l) => skus.includes(l.sku)))!;
  return aboutOrder(ctx, order, skus);
}

/** A sentence said before the answer ("I couldn't find …"), if any. */
function withLead(ctx: TurnContext, lead: string, said: string): string {
  return lead ? `${lead}${ctx.format.sentenceGap}${said}` : said;
}

function productsOf(ctx: TurnContext, orders: Order[]): Promise<ProductSpeech> {
  return ProductSpeech.load(ctx, orders.flatMap((o) => o.lines.map((l) => l.sku)));
}

export const orderStatus: IntentHandler = {
  intent: 'OrderStatusIntent',
  async handle(ctx) {
    const orders = await orderHistory(ctx);
    // Nothing to say more about, and nothing to ask: the session ends (an open microphone needs a question).
    if (orders.length === 0) return ctx.tell(ctx.t('status.noOrders', { seller: ctx.seller.name }));
    if (ctx.turn.slots.item?.spoken.trim()) return aboutItem(ctx, orders);
    return overview(ctx, orders);
  },
};

/** What is on the way (the soonest first), else the last delivery: the answer to "where is my order?". `lead`: a
 * sentence said before it. */
async function overview(ctx: TurnContext, orders: Order[], lead = ''): Promise<Reply> {
  // Soonest first: that is the one the shopper is most likely waiting for.
  const coming = orders.filter((o) => ON_THE_WAY.has(o.status)).sort((a, b) => etaOf(ctx, a).localeCompare(etaOf(ctx, b)));
  const gap = ctx.format.sentenceGap;
  if (coming.length === 1) return aboutOrder(ctx, coming[0], undefined, lead);
  if (coming.length > 1) {
    // With a cart waiting, its question comes after this answer: the status stays short (the soonest order only).
    const open = ctx.customer ? ctx.turn.state.pending : undefined;
    const limit = open && 'cartId' in open ? 1 : BRIEF_LIMIT;
    const shown = coming.slice(0, limit);
    const products = await productsOf(ctx, shown);
    const leads = distinguishingLines(shown);
    // One said of several is "the next one", not "the first" with no second: the rest are not counted out again.
    const ordinal = (i: number) => ctx.t(limit === 1 ? 'status.ordinalNext' : `status.ordinal.${i + 1}`);
    // All of them late, and all said: "running late" once, in the lead, not after each order.
    const allLate = shown.length > 1 && shown.length === coming.length && shown.every((o) => isLate(ctx, o));
    const days = ctx.format.days(shown.map((o) => listedDay(ctx, o)), ctx.now);
    const opening = allLate
      ? ctx.t('status.severalLate', { number: coming.length, context: coming.length === 2 ? 'pair' : undefined })
      : ctx.t('status.several', { count: coming.length });
    const parts = [...(lead ? [lead] : []), opening, ...shown.map((o, i) => briefly(ctx, products, o, {
      ordinal: ordinal(i), lead: leads[i], day: days[i], sameDay: sameDayAs(ctx, o, shown[i - 1]), allLate, named: shown.length <= 2,
    }))];
    if (coming.length > limit && limit > 1) parts.push(ctx.t('status.andMore', { count: coming.length - limit }));
    // A late one among them gets the same next step as a late order on its own.
    return shown.some((o) => isLate(ctx, o)) ? withLateNextStep(ctx, parts.join(gap)) : ctx.tell(parts.join(gap));
  }
  const lastDelivered = orders.find((o) => o.status === 'delivered');
  if (!lastDelivered) return aboutOrder(ctx, orders[0], undefined, lead);
  return ctx.tell(withLead(ctx, lead, `${ctx.t('status.nothingOnTheWay')}${gap}${describeOrder(ctx, await productsOf(ctx, [lastDelivered]), lastDelivered)}`));
}
