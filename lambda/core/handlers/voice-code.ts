// A voice code said when no purchase waits for one (the open voice-code question reads its own answers). With
// another question open, the router asks that one in place of the menu.
import type { IntentHandler } from '../handler.js';

export const voiceCode: IntentHandler = {
  intent: 'VoiceCodeIntent',
  async handle(ctx) {
    return ctx.ask(`${ctx.t('voiceCode.notNow')}${ctx.format.sentenceGap}${ctx.t('help.reprompt')}`, ctx.t('help.reprompt'));
  },
};
