// "Yes" with no question open (every open question reads its own yes first): nothing to confirm.
import type { IntentHandler } from '../handler.js';

export const yes: IntentHandler = {
  intent: 'AMAZON.YesIntent',
  async handle(ctx) {
    return ctx.ask(ctx.t('yesNo.nothingPending'), ctx.t('help.reprompt'));
  },
};
