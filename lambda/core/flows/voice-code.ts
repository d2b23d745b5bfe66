// The shopper's voice code: asked before a purchase when they set one; three wrong codes lock purchasing
// until they reset it, and the lock lives in the store so it holds across sessions and instances.
import type { TurnContext } from '../context.js';
import type { Reply } from '../types.js';

export const VOICE_CODE_ATTEMPTS = 3;

/** A reply that refuses purchasing while the voice code is locked, or undefined when buying is allowed. */
export async function purchasingLocked(ctx: TurnContext): Promise<Reply | undefined> {
  if (!ctx.shopper.voiceCode) return undefined;
  const state = await ctx.store.voiceCodeState(ctx.shopper.id);
  return state.lockedAt ? ctx.tell(ctx.t('voiceCode.locked', { seller: ctx.seller.name }), { card: lockedCard(ctx) }) : undefined;
}

export function lockedCard(ctx: TurnContext) {
  return ctx.card('voiceCode.lockedCardTitle', 'voiceCode.lockedCardText', { seller: ctx.seller.name });
}

/** Whether the shopper must say their code before this cart is placed. */
export function needsVoiceCode(ctx: TurnContext): boolean {
  return Boolean(ctx.shopper.voiceCode);
}

export function askVoiceCode(ctx: TurnContext, cartId: string): Reply {
  ctx.state.pending = { kind: 'voiceCode', cartId };
  // Asked as the question itself, so the reprompt and "repeat" say the same.
  return ctx.ask(ctx.t('voiceCode.reprompt'), ctx.t('voiceCode.reprompt'));
}

/** Digits only: "4 3 2 1", "4321", "４３２１" all mean the same code. */
export function normalizeCode(spoken: string | undefined): string {
  return (spoken ?? '').normalize('NFKC').replace(/\D/g, '');
}
