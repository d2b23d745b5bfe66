// Help that fits the moment: with a question open, how to answer it (and the question again); otherwise
// what the skill does, with an example from the shopper's own history; a shopper who has never ordered hears
// what will be possible and what they can say now.
import { cartExample, recentProduct } from '../examples.js';
import type { IntentHandler } from '../handler.js';
import { orderHistory } from '../history.js';
import { behaviourOf } from '../questions/index.js';
import type { QuestionKind } from '../dialog/state.js';
import { CART_TTL_MINUTES, MAX_QUANTITY } from '../cart.js';

/** How to answer each kind of question (voiceCode and a confirmOrder with a cart to give examples from have their own). */
const HOW_TO_ANSWER: Record<QuestionKind, string> = {
  confirmOrder: 'help.question',
  voiceCode: 'voiceCode.forgot',
  chooseItem: 'help.chooseItem',
  changeWhich: 'help.changeWhich',
  askQuantity: 'help.askQuantity',
  confirmCancel: 'help.confirmCancel',
  offerReorder: 'help.offer',
  offerHandoff: 'help.offer',
};

export const help: IntentHandler = {
  intent: 'AMAZON.HelpIntent',
  async handle(ctx) {
    const open = ctx.customer ? ctx.turn.state.pending : undefined;
    if (open) {
      ctx.state.pending = open;
      const question = behaviourOf(open).question(ctx, open);
      // "Help", "I don't know", "I forgot my code": where the code is reset, that the cart waits, and how to drop it.
      if (open.kind === 'voiceCode') {
        const forgot = ctx.t('voiceCode.forgot', { seller: ctx.seller.name, minutes: CART_TTL_MINUTES });
        return ctx.ask(`${forgot}${ctx.format.sentenceGap}${question}`, question);
      }
      if (open.kind === 'confirmOrder') {
        // The cart help ends with what to say; its examples name what is in this cart.
        const cart = await ctx.store.getCart(open.cartId);
        const example = cart ? await cartExample(ctx, cart, 3) : undefined;
        if (example) return ctx.ask(ctx.t('help.cart', { ...example }), question);
      }
      // What fits THIS question (its options, "the first one", a number, yes or no), then the question again.
      return ctx.ask(`${ctx.t(HOW_TO_ANSWER[open.kind], { max: MAX_QUANTITY })}${ctx.format.sentenceGap}${question}`, question);
    }
    if (ctx.customer && (await orderHistory(ctx)).length === 0) return ctx.ask(ctx.t('help.generalNew', { seller: ctx.seller.name }), ctx.t('help.generalNew', { seller: ctx.seller.name }));
    const item = await recentProduct(ctx);
    const says = item ? ctx.t('help.generalFor', { item }) : ctx.t('help.general');
    return ctx.ask(says, ctx.t('help.reprompt'), { suggestions: [ctx.t('suggest.reorder'), ctx.t('suggest.status')] });
  },
};
