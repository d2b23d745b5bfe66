// "No" with no question open (every open question reads its own no first): nothing to decline.
import type { IntentHandler } from '../handler.js';

export const no: IntentHandler = {
  intent: 'AMAZON.NoIntent',
  async handle(ctx) {
    return ctx.ask(ctx.t('yesNo.nothingPending'), ctx.t('help.reprompt'));
  },
};
