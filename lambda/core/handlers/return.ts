// "I want to return the yoga mat": how returns work for this seller (from the seller's data), and a person
// offered. Never a reorder. With a cart waiting, the cart question comes back after the answer instead.
import type { TurnContext } from '../context.js';
import type { IntentHandler } from '../handler.js';
import { candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import { safe } from '../i18n.js';
import { escapeSsml } from '../ssml.js';

/** The seller's own words for this locale or language, else a general sentence that promises nothing false. */
function policy(ctx: TurnContext): string {
  const own = ctx.seller.returnsPolicy;
  const text = own?.[ctx.locale] ?? own?.[ctx.lang];
  return text ? escapeSsml(text) : ctx.t('return.defaultPolicy', { seller: ctx.seller.name });
}

/** The product as the history names it ("the toothbrush heads"), else as it was said. */
async function itemName(ctx: TurnContext): Promise<string | undefined> {
  const item = ctx.turn.slots.item;
  if (!item?.spoken.trim()) return undefined;
  const history = pastItems(await orderHistory(ctx));
  const result = match(ctx, slotPhrases(item), await candidatesFor(ctx, history));
  return result.kind === 'one' ? history.find((h) => h.sku === result.sku)!.name : item.spoken;
}

export const returnItem: IntentHandler = {
  intent: 'ReturnIntent',
  async handle(ctx) {
    const name = await itemName(ctx);
    const lead = name ? ctx.t('return.forItem', { item: name }) : '';
    const says = [lead, safe(policy(ctx)).ssml].filter(Boolean).join(' ');
    const open = ctx.turn.state.pending;
    if (open && 'cartId' in open) {
      // One question at a time: the waiting cart's comes back after this answer; a person is one phrase away.
      return ctx.ask(`${says} ${ctx.t('question.orPerson')}`, ctx.t('help.reprompt'));
    }
    ctx.state.pending = { kind: 'offerHandoff' };
    return ctx.ask(`${says} ${ctx.t('return.offerPerson')}`, ctx.t('fallback.offerPersonReprompt'), {
      suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')],
    });
  },
};
