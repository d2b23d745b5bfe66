// The pending cart: built from past lines at today's prices, totalled, and read back before any yes.
import { randomUUID } from 'node:crypto';
import type { CartLine, Order, OrderLine, PendingCart } from '../store/types.js';
import type { TurnContext } from './context.js';
import { safe } from './i18n.js';
import { addDeliveryDays } from './dates.js';
import { ProductSpeech, type Named } from './products.js';

export const MAX_QUANTITY = 99;
/**
 * A read-back is good for this long. Dialogflow never says when a conversation was abandoned, so an old
 * cart must not be placed by a "yes" that arrives much later.
 */
export const CART_TTL_MINUTES = 30;

export function cartExpired(cart: PendingCart, now: Date): boolean {
  return now.getTime() - new Date(cart.createdAt).getTime() > CART_TTL_MINUTES * 60_000;
}

export interface Priced {
  lines: CartLine[];
  /** Products the catalog marks as no longer available: left out of the cart. */
  unavailable: Named[];
}

/** Current catalog price where there is one; an item not in the catalog keeps its last price. */
export async function priceLines(ctx: TurnContext, items: OrderLine[]): Promise<Priced> {
  const catalog = await ctx.commerce.catalog(items.map((i) => i.sku), ctx.locale);
  const lines: CartLine[] = [];
  const unavailable: Named[] = [];
  for (const item of items) {
    const entry = catalog.find((c) => c.sku === item.sku);
    if (entry && !entry.available) unavailable.push({ sku: item.sku, name: item.name });
    else lines.push({ sku: item.sku, name: item.name, quantity: item.quantity, unitPrice: entry?.unitPrice ?? item.unitPrice });
  }
  return { lines, unavailable };
}

export function newCart(ctx: TurnContext, lines: CartLine[], template: Pick<Order, 'shippingFee' | 'taxIncluded'>): PendingCart {
  return {
    id: randomUUID(),
    customerId: ctx.shopper.id,
    createdAt: ctx.now.toISOString(),
    status: 'open',
    lines,
    shippingFee: template.shippingFee,
    taxIncluded: template.taxIncluded,
  };
}

export interface Totals {
  subtotal: number;
  tax: number;
  total: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Subtotal, tax and total of a cart or a past order (tax added when its prices exclude it). */
export function totals(ctx: TurnContext, cart: Pick<PendingCart, 'lines' | 'shippingFee' | 'taxIncluded'>): Totals {
  const subtotal = round(cart.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0));
  const tax = cart.taxIncluded ? 0 : round((subtotal + cart.shippingFee) * ctx.seller.taxRate);
  return { subtotal, tax, total: round(subtotal + cart.shippingFee + tax) };
}

export function deliveryDay(ctx: TurnContext): string {
  return addDeliveryDays(ctx.format.today(ctx.now), ctx.seller.deliveryDays);
}

/**
 * The lines as said: "2 bags of coffee beans and 1 desk lamp". SSML-safe. `withCase`: after "with" ("Deine
 * Bestellung mit einer Schreibtischlampe", "il tuo ordine con una lampada da scrivania").
 */
export async function describeLines(ctx: TurnContext, lines: CartLine[], withCase = false): Promise<string> {
  return (await ProductSpeech.load(ctx, lines.map((l) => l.sku))).list(lines, withCase);
}

/**
 * The total as it may truthfully be said: "including tax" only when the prices include it or tax was added,
 * "shipping" only with a fee ("free shipping" without).
 */
export function totalPhrase(ctx: TurnContext, cart: Pick<PendingCart, 'lines' | 'shippingFee' | 'taxIncluded'>): string {
  const sum = totals(ctx, cart);
  const tax = cart.taxIncluded ? 'inclTax' : sum.tax > 0 ? 'addedTax' : 'noTax';
  const fee = cart.shippingFee > 0 ? 'fee' : 'free';
  return ctx.t(`cart.total_${tax}_${fee}`, {
    total: ctx.format.money(sum.total),
    tax: ctx.format.money(sum.tax),
    fee: ctx.format.money(cart.shippingFee),
  });
}

/**
 * The read-back before the yes: seller, items, where it goes, the total (with tax when it applies), the delivery
 * day, then the question (the card on file is said once the order is placed). `change`: after an edit, only what
 * changed and the new total.
 */
export async function readBack(ctx: TurnContext, cart: PendingCart, lead = '', change?: string): Promise<{ speech: string; reprompt: string }> {
  const question = ctx.t('cart.confirmQuestion');
  const reprompt = ctx.t('cart.confirmReprompt');
  if (change) {
    const speech = [lead, change, ctx.t('cart.newTotal', { total: safe(totalPhrase(ctx, cart)) }), question];
    return { speech: speech.filter(Boolean).join(ctx.format.sentenceGap), reprompt };
  }
  const body = ctx.t('cart.readBack', {
    seller: ctx.seller.name,
    items: safe(await describeLines(ctx, cart.lines)),
    address: ctx.shortAddress(),
    total: safe(totalPhrase(ctx, cart)),
    day: safe(ctx.format.day(deliveryDay(ctx), ctx.now)),
  });
  return { speech: [lead, body, question].filter(Boolean).join(ctx.format.sentenceGap), reprompt };
}

export function clampQuantity(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_QUANTITY ? n : undefined;
}
