// "What did I order last time?": the last order, and an offer to order it again.
import { describeLines, totals } from '../cart.js';
import { noHistory } from '../flows/reorder.js';
import { activeOrders, orderHistory } from '../history.js';
import type { IntentHandler } from '../handler.js';
import { safe } from '../i18n.js';

export const lastOrder: IntentHandler = {
  intent: 'LastOrderIntent',
  async handle(ctx) {
    const last = activeOrders(await orderHistory(ctx))[0];
    if (!last) return noHistory(ctx);
    // What the order cost, the same way a read-back totals it: tax included when its prices excluded it.
    const { total } = totals(ctx, last);
    ctx.state.pending = { kind: 'offerReorder' };
    const speech = ctx.t('lastOrder.summary', {
      day: safe(ctx.format.dayOf(last.placedAt, ctx.now)),
      items: safe(await describeLines(ctx, last.lines)),
      total: ctx.format.money(total),
    });
    return ctx.ask(`${speech}${ctx.format.sentenceGap}${ctx.t('lastOrder.offer')}`, ctx.t('lastOrder.offer'), { suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')] });
  },
};
