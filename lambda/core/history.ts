// What the shopper has bought before: the products of their order history, newest first.
import type { Order, OrderLine } from '../store/types.js';
import type { TurnContext } from './context.js';
import { findProduct, type Candidate, type MatchResult } from './language/matching.js';
import type { SlotValue } from './types.js';

const HISTORY_DEPTH = 50;

export function activeOrders(orders: Order[]): Order[] {
  return orders.filter((o) => o.status !== 'cancelled');
}

export async function orderHistory(ctx: TurnContext): Promise<Order[]> {
  return ctx.commerce.recentOrders(ctx.shopper.id, ctx.now, HISTORY_DEPTH);
}

/** Each product once, as the line it was last bought on. */
export function pastItems(orders: Order[]): OrderLine[] {
  const seen = new Map<string, OrderLine>();
  for (const order of activeOrders(orders)) {
    for (const line of order.lines) if (!seen.has(line.sku)) seen.set(line.sku, { ...line });
  }
  return [...seen.values()];
}

/** Names to match a product by: its name in the history, the catalog name and synonyms. */
export async function candidatesFor(ctx: TurnContext, items: OrderLine[]): Promise<Candidate[]> {
  const catalog = await ctx.commerce.catalog(items.map((i) => i.sku), ctx.locale);
  return items.map((item) => {
    const entry = catalog.find((c) => c.sku === item.sku);
    return { sku: item.sku, names: [item.name, ...(entry ? [entry.name, ...entry.synonyms] : [])] };
  });
}

/** The phrases a slot offers for matching: what was said, then what the platform resolved it to. */
export function slotPhrases(slot: SlotValue, spoken = slot.spoken): string[] {
  return [spoken, ...(slot.resolved ?? [])].filter((p) => p.trim().length > 0);
}

export function match(ctx: TurnContext, phrases: string[], candidates: Candidate[]): MatchResult {
  return findProduct(phrases, candidates, ctx.lang);
}
