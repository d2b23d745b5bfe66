// "Reorder the oat milk" while oat milk is still on its way: often a slip, so the answer says so before the
// read-back, as "reorder my last order" does. One sentence per delivery day, naming the products as their orders hold them.
import type { OrderLine } from '../../store/types.js';
import { describeLines } from '../cart.js';
import type { TurnContext } from '../context.js';
import { arrivalDay, isLate } from '../delivery.js';
import { activeOrders, orderHistory } from '../history.js';
import { safe } from '../i18n.js';

/** The notice for the products named (by SKU), or nothing when none of them is on its way. */
export async function alreadyComing(ctx: TurnContext, skus: string[]): Promise<string[]> {
  // Newest first: a product in two undelivered orders is said with the one placed last.
  const coming = activeOrders(await orderHistory(ctx)).filter((o) => o.status !== 'delivered');
  // Products due the same day (or all late) share one sentence, whichever orders hold them.
  const byDay = new Map<string, OrderLine[]>();
  for (const sku of skus) {
    const order = coming.find((o) => o.lines.some((l) => l.sku === sku));
    if (!order) continue;
    const when = isLate(ctx, order) ? '' : arrivalDay(ctx, order);
    byDay.set(when, [...(byDay.get(when) ?? []), order.lines.find((l) => l.sku === sku)!]);
  }
  const said: string[] = [];
  for (const [when, lines] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const items = safe(await describeLines(ctx, lines, true));
    said.push(when
      ? ctx.t('reorder.alreadyComing', { items, day: safe(ctx.format.day(when, ctx.now)) })
      : ctx.t('reorder.alreadyLate', { items }));
  }
  return said;
}
