// "Repeat that": the last answer again, with the same question still open (the router keeps its reprompt).
import type { IntentHandler } from '../handler.js';

export const repeat: IntentHandler = {
  intent: 'AMAZON.RepeatIntent',
  async handle(ctx) {
    ctx.state.pending = ctx.turn.state.pending;
    const last = ctx.turn.state.last;
    if (!last) return ctx.ask(ctx.t('help.general'), ctx.t('help.reprompt'));
    return ctx.ask(last.speech, last.reprompt ?? ctx.t('help.reprompt'));
  },
};
