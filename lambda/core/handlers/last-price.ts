// "What did I pay for the coffee last time?": the price of the product on the last order it was on.
import type { IntentHandler } from '../handler.js';
import { safe } from '../i18n.js';
import { match, orderHistory, pastItems, candidatesFor } from '../history.js';

export const lastPrice: IntentHandler = {
  intent: 'LastPriceIntent',
  async handle(ctx) {
    const items = pastItems(await orderHistory(ctx));
    const said = ctx.turn.slots.item?.spoken.trim();
    const found = said ? match(ctx, [said], await candidatesFor(ctx, items)) : undefined;
    const line = said ? items.find((i) => found?.kind === 'one' && i.sku === found.sku) : items[0];
    const answer = line ? ctx.t('lastPrice.said', { product: safe(line.name), price: ctx.format.money(line.unitPrice) }) : ctx.t('lastPrice.unknown');
    return ctx.ask(`${answer}${ctx.format.sentenceGap}${ctx.t('help.reprompt')}`, ctx.t('help.reprompt'));
  },
};
