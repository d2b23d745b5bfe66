// The shopper says their voice code after a yes; a right code places the order, three wrong ones lock buying.
import { placeCart } from '../flows/place-order.js';
import { askVoiceCode, lockedCard, normalizeCode, VOICE_CODE_ATTEMPTS } from '../flows/voice-code.js';
import type { IntentHandler } from '../handler.js';

export const voiceCode: IntentHandler = {
  intent: 'VoiceCodeIntent',
  needsAccount: true,
  async handle(ctx) {
    const pending = ctx.pending('voiceCode');
    if (!pending) return ctx.ask(ctx.t('voiceCode.notNow'), ctx.t('help.reprompt'));
    const expected = ctx.shopper.voiceCode;
    const said = normalizeCode(ctx.turn.slots.code?.spoken);
    if (!expected) return placeCart(ctx, pending.cartId);
    if (said.length !== 4) return askVoiceCode(ctx, pending.cartId);
    const before = await ctx.store.voiceCodeState(ctx.shopper.id);
    if (before.lockedAt) {
      await ctx.store.discardCart(pending.cartId);
      return ctx.tell(ctx.t('voiceCode.locked', { seller: ctx.seller.name }), { card: lockedCard(ctx) });
    }
    if (said === expected) {
      await ctx.store.resetVoiceCode(ctx.shopper.id);
      return placeCart(ctx, pending.cartId);
    }
    const after = await ctx.store.recordVoiceCodeFailure(ctx.shopper.id, ctx.now, VOICE_CODE_ATTEMPTS, ctx.turn.requestId);
    if (after.lockedAt) {
      await ctx.store.discardCart(pending.cartId);
      return ctx.tell(ctx.t('voiceCode.lockedNow', { seller: ctx.seller.name }), { card: lockedCard(ctx) });
    }
    ctx.state.pending = pending;
    const left = VOICE_CODE_ATTEMPTS - after.failures;
    return ctx.ask(ctx.t('voiceCode.wrong', { count: left }), ctx.t('voiceCode.reprompt'));
  },
};
