// "What did I order last time?": the last order, and an offer to order it again, unless a question is already open
// (a cart waiting): then only the answer, and the router asks the open question again. One question at a time.
import { describeLines, totals } from '../cart.js';
import { isOnTheWay, noHistory } from '../flows/reorder.js';
import { activeOrders, orderHistory } from '../history.js';
import type { IntentHandler } from '../handler.js';
import { safe } from '../i18n.js';
import { behaviourOf } from '../questions/index.js';

export const lastOrder: IntentHandler = {
  intent: 'LastOrderIntent',
  async handle(ctx) {
    const last = activeOrders(await orderHistory(ctx))[0];
    if (!last) {
      if ((await orderHistory(ctx)).length > 0) return noHistory(ctx);
      // A shopper who has never ordered: say so, and what they can do (not the reorder refusal).
      const next = ctx.t('help.generalNew', { seller: ctx.seller.name });
      return ctx.ask(`${ctx.t('lastOrder.none')}${ctx.format.sentenceGap}${next}`, next);
    }
    // What the order cost, the same way a read-back totals it: tax included when its prices excluded it.
    const { total } = totals(ctx, last);
    const summary = ctx.t('lastOrder.summary', {
      day: safe(ctx.format.dayOf(last.placedAt, ctx.now)),
      items: safe(await describeLines(ctx, last.lines)),
      total: ctx.format.money(total),
    });
    // An order still on its way is said to be so before "order it again?": a yes would make it a second one.
    const speech = isOnTheWay(last) ? `${summary}${ctx.format.sentenceGap}${ctx.t('lastOrder.notArrived')}` : summary;
    const open = ctx.customer ? ctx.turn.state.pending : undefined;
    if (open && behaviourOf(open).resume) return ctx.ask(speech, ctx.t('help.reprompt'));
    ctx.state.pending = { kind: 'offerReorder' };
    return ctx.ask(`${speech}${ctx.format.sentenceGap}${ctx.t('lastOrder.offer')}`, ctx.t('lastOrder.offer'), { suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')] });
  },
};
