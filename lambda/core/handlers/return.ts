// "I want to return the yoga mat": how returns work for this seller (from the seller's data), and a person
// offered. Never a reorder. An item that has not arrived yet cannot be returned: the answer says so, and offers
// to cancel an order that has not shipped. With a cart waiting, the cart question comes back after the answer.
import type { Order } from '../../store/types.js';
import type { TurnContext } from '../context.js';
import type { IntentHandler } from '../handler.js';
import { candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import { safe } from '../i18n.js';
import { echoed, ProductSpeech } from '../products.js';
import { escapeSsml } from '../ssml.js';

/** The seller's own words for this locale or language, else a general sentence that promises nothing false. */
function policy(ctx: TurnContext): string {
  const own = ctx.seller.returnsPolicy;
  const text = own?.[ctx.locale] ?? own?.[ctx.lang];
  return text ? escapeSsml(text) : ctx.t('return.defaultPolicy', { seller: ctx.seller.name });
}

interface Asked {
  /** As the sentence needs it: "the coffee beans", "den Kaffeebohnen", "il caffè in grani" (else as said). */
  item: string;
  /** The bare name ("Kaffeebohnen", "コーヒー豆"). */
  name: string;
  /** In the genitive where the language has one ("der Zahnbürstenköpfe"); unset when no past order holds it. */
  of?: string;
  /** Whether `of` carries an article (without gender and number German says "von Kaffeebohnen", not a genitive). */
  declined?: boolean;
  /** The newest order holding it, when none holding it has been delivered yet. */
  notArrived?: Order;
  /** What else that order holds, named short ("the oat milk and the decaf coffee pods"): cancelling it cancels them too. */
  others?: string;
  /** No past order with this seller holds it ("the bananas"). */
  neverBought?: boolean;
}

/** The product asked about, as the history names it, and whether it has arrived at all. */
async function asked(ctx: TurnContext): Promise<Asked | undefined> {
  const spoken = ctx.turn.slots.item?.spoken.trim();
  if (!spoken) return undefined;
  const orders = await orderHistory(ctx);
  const history = pastItems(orders);
  const result = match(ctx, slotPhrases(ctx.turn.slots.item!), await candidatesFor(ctx, history));
  if (result.kind === 'none') return { item: spoken, name: spoken, neverBought: true };
  if (result.kind !== 'one') return { item: spoken, name: spoken };
  const found = history.find((h) => h.sku === result.sku)!;
  const products = await ProductSpeech.load(ctx, [found.sku]);
  const holding = orders.filter((o) => o.status !== 'cancelled' && o.lines.some((l) => l.sku === found.sku));
  const arrived = holding.some((o) => o.status === 'delivered');
  const notArrived = arrived ? undefined : holding[0];
  const of = products.the(found, 'gen');
  const said = { item: products.the(found, 'dat'), name: found.name, of, declined: of !== found.name, notArrived };
  const rest = notArrived?.lines.filter((l) => l.sku !== found.sku) ?? [];
  if (rest.length === 0) return said;
  const others = await ProductSpeech.load(ctx, rest.map((l) => l.sku));
  return { ...said, others: ctx.format.list(rest.map((l) => others.the(l, 'acc'))) };
}

export const returnItem: IntentHandler = {
  intent: 'ReturnIntent',
  async handle(ctx) {
    const what = await asked(ctx);
    const open = ctx.turn.state.pending;
    const cartWaiting = open !== undefined && 'cartId' in open;
    const order = what?.notArrived;
    if (order && what) {
      const vars = { item: what.item, name: what.name, others: what.others };
      // Cancelling cancels the whole order: when it holds more than this item, the offer names the rest.
      const notShipped = what.others ? 'return.notShippedWhole' : 'return.notShipped';
      if (order.status === 'placed' && !cartWaiting) {
        // Not shipped: nothing to return, but it can still be cancelled; the cancel question owns the next yes.
        ctx.state.pending = { kind: 'confirmCancel', orderId: order.id };
        return ctx.ask(`${ctx.t(notShipped, vars)}${ctx.format.sentenceGap}${ctx.t('cancelOrder.reprompt')}`, ctx.t('cancelOrder.reprompt'));
      }
      const says = ctx.t(order.status === 'placed' ? notShipped : 'return.onTheWay', vars);
      return offerPerson(ctx, says, cartWaiting);
    }
    if (what?.neverBought) {
      // Not bought here as far as the orders show: no policy read as if it were; the team may know more.
      const notBought = ctx.t('return.notBought', { item: echoed(ctx, what.item), seller: ctx.seller.name });
      return offerPerson(ctx, notBought, cartWaiting, 'return.offerThem');
    }
    // Several products fit the words: the policy alone answers, naming none of them.
    const lead = what?.of ? ctx.t('return.forItem', { item: what.item, name: what.name, of: what.of, context: what.declined ? undefined : 'plain' }) : '';
    return offerPerson(ctx, [lead, safe(policy(ctx)).ssml].filter(Boolean).join(ctx.format.sentenceGap), cartWaiting);
  },
};

function offerPerson(ctx: TurnContext, says: string, cartWaiting: boolean, offer = 'return.offerPerson') {
  const gap = ctx.format.sentenceGap;
  // One question at a time: the waiting cart's comes back after this answer; a person is one phrase away.
  if (cartWaiting) return ctx.ask(`${says}${gap}${ctx.t('question.orPerson')}`, ctx.t('help.reprompt'));
  ctx.state.pending = { kind: 'offerHandoff' };
  return ctx.ask(`${says}${gap}${ctx.t(offer)}`, ctx.t('fallback.offerPersonReprompt'), {
    suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')],
  });
}
