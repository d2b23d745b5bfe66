// A voice code said when no purchase waits for one (the open voice-code question reads its own answers). With
// another question open, that question comes right after the "not now": never the menu between the two.
import type { IntentHandler } from '../handler.js';
import { behaviourOf } from '../questions/index.js';

export const voiceCode: IntentHandler = {
  intent: 'VoiceCodeIntent',
  async handle(ctx) {
    const notNow = ctx.t('voiceCode.notNow');
    const open = ctx.customer ? ctx.turn.state.pending : undefined;
    if (open) {
      const behaviour = behaviourOf(open);
      const question = behaviour.question(ctx, open);
      // A question that resumes itself (a waiting cart names what waits) is asked again by the router after this
      // answer, in place of its question here; one that does not is kept open here.
      if (!behaviour.resume) ctx.state.pending = open;
      return ctx.ask(`${notNow}${ctx.format.sentenceGap}${question}`, question);
    }
    return ctx.ask(`${notNow}${ctx.format.sentenceGap}${ctx.t('help.reprompt')}`, ctx.t('help.reprompt'));
  },
};
