// Help that fits the moment: with a question open, how to answer it (and the question again); otherwise
// what the skill does.
import type { IntentHandler } from '../handler.js';
import { behaviourOf } from '../questions/index.js';

const HELP_FOR: Partial<Record<string, string>> = { confirmOrder: 'help.cart', voiceCode: 'help.voiceCode' };

export const help: IntentHandler = {
  intent: 'AMAZON.HelpIntent',
  async handle(ctx) {
    const open = ctx.customer ? ctx.turn.state.pending : undefined;
    if (open) {
      ctx.state.pending = open;
      const question = behaviourOf(open).question(ctx, open);
      // The cart and voice-code helps end with what to say; the others are followed by the question.
      const own = HELP_FOR[open.kind];
      return ctx.ask(own ? ctx.t(own) : `${ctx.t('help.question')} ${question}`, question);
    }
    return ctx.ask(ctx.t('help.general'), ctx.t('help.reprompt'), { suggestions: [ctx.t('suggest.reorder'), ctx.t('suggest.status')] });
  },
};
