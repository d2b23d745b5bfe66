// The pending cart: built from past lines at today's prices, totalled, and read back before any yes.
import { randomUUID } from 'node:crypto';
import type { CartLine, Order, PendingCart } from '../store/types.js';
import type { TurnContext } from './context.js';
import { safe } from './i18n.js';
import { addDeliveryDays } from './dates.js';
import type { PastItem } from './history.js';

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
  unavailable: string[];
}

/** Current catalog price where there is one; an item not in the catalog keeps its last price. */
export async function priceLines(ctx: TurnContext, items: PastItem[]): Promise<Priced> {
  const catalog = await ctx.commerce.catalog(items.map((i) => i.sku), ctx.locale);
  const lines: CartLine[] = [];
  const unavailable: string[] = [];
  for (const item of items) {
    const entry = catalog.find((c) => c.sku === item.sku);
    if (entry && !entry.available) unavailable.push(item.name);
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

export function describeLines(ctx: TurnContext, lines: CartLine[]): string {
  return ctx.format.list(lines.map((l) => ctx.t('cart.line', { count: l.quantity, name: l.name })));
}

/** Seller, items, address, payment, total and delivery day, then the question. */
export function readBack(ctx: TurnContext, cart: PendingCart, lead = ''): { speech: string; reprompt: string } {
  const customer = ctx.shopper;
  const sum = totals(ctx, cart);
  const body = ctx.t('cart.readBack', {
    seller: ctx.seller.name,
    items: safe(describeLines(ctx, cart.lines)),
    address: ctx.shortAddress(),
    payment: customer.paymentMethod.label,
    total: ctx.format.money(sum.total),
    day: safe(ctx.format.day(deliveryDay(ctx), ctx.now)),
  });
  const question = ctx.t('cart.confirmQuestion');
  return { speech: [lead, body, question].filter(Boolean).join(' '), reprompt: ctx.t('cart.confirmReprompt') };
}

export function clampQuantity(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_QUANTITY ? n : undefined;
}
