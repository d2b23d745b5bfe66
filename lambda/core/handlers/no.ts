// "No" with no question open (every open question reads its own no first): nothing to decline, so it answers
// "what would you like?" with nothing; the session closes politely instead of asking again.
import type { IntentHandler } from '../handler.js';

export const no: IntentHandler = {
  intent: 'AMAZON.NoIntent',
  async handle(ctx) {
    return ctx.tell(ctx.t('yesNo.noThanks'));
  },
};
