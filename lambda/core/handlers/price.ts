// "How much is that?", "was kostet das", "いくら?": with a cart waiting, its total (and each item's price when there
// are several), then the open question again (the router asks it; the read-back's own question answers this
// itself, see questions/confirm-order.ts). With nothing waiting, what to do to hear a price.
import { cartPrice } from '../flows/price.js';
import type { IntentHandler } from '../handler.js';

export const price: IntentHandler = {
  intent: 'PriceIntent',
  async handle(ctx) {
    const open = ctx.customer ? ctx.turn.state.pending : undefined;
    const said = open && 'cartId' in open && open.cartId ? await cartPrice(ctx, open.cartId) : undefined;
    if (said) return ctx.tell(said);
    const next = ctx.t('help.reprompt');
    return ctx.ask(`${ctx.t('price.nothingWaiting')}${ctx.format.sentenceGap}${next}`, next);
  },
};
