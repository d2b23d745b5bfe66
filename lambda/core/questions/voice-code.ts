// "Your voice code?" after a yes. A right code places the order; three wrong ones lock purchasing (stored, so
// it holds across sessions). Anything that is not a code asks for it again and keeps the cart.
import type { TurnContext } from '../context.js';
import type { OpenQuestion } from '../dialog/state.js';
import { placeCart } from '../flows/place-order.js';
import { lockedCard, normalizeCode, VOICE_CODE_ATTEMPTS } from '../flows/voice-code.js';
import type { Reply } from '../types.js';
import { candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import { cancelWaitingCart, cartStillWaiting, dropCart } from './cart-waiting.js';
import { confirmOrder } from './confirm-order.js';
import { plainYes } from './consent.js';
import { ABOUT_THE_QUESTION, keep, MOVES_ON, NO, PRICE, reask, UNSURE, YES, type QuestionBehaviour } from './question.js';

type VoiceCode = Extract<OpenQuestion, { kind: 'voiceCode' }>;

async function check(ctx: TurnContext, q: VoiceCode, said: string): Promise<Reply> {
  const expected = ctx.shopper.voiceCode;
  if (!expected) return placeCart(ctx, q.cartId);
  const before = await ctx.store.voiceCodeState(ctx.shopper.id);
  if (before.lockedAt) {
    await ctx.store.discardCart(q.cartId);
    return ctx.tell(ctx.t('voiceCode.locked', { seller: ctx.seller.name }), { card: lockedCard(ctx) });
  }
  if (said === expected) {
    await ctx.store.resetVoiceCode(ctx.shopper.id);
    return placeCart(ctx, q.cartId);
  }
  const after = await ctx.store.recordVoiceCodeFailure(ctx.shopper.id, ctx.now, VOICE_CODE_ATTEMPTS, ctx.turn.requestId);
  if (after.lockedAt) {
    await ctx.store.discardCart(q.cartId);
    return ctx.tell(ctx.t('voiceCode.lockedNow', { seller: ctx.seller.name }), { card: lockedCard(ctx) });
  }
  ctx.state.pending = q;
  const question = voiceCode.question(ctx, q);
  return ctx.ask(`${ctx.t('voiceCode.wrong', { count: VOICE_CODE_ATTEMPTS - after.failures })}${ctx.format.sentenceGap}${question}`, question);
}

const EDITS = new Set(['ChangeQuantityIntent', 'RemoveItemIntent']);

/** An edit, or a product of the shopper's history added ("and the oat milk too"); an unknown word is no change. */
async function changesTheCart(ctx: TurnContext): Promise<boolean> {
  const { intent, slots } = ctx.turn;
  if (EDITS.has(intent)) return true;
  if (intent !== 'ReorderIntent') return false;
  const said = [slots.item, slots.otherItem].filter((v) => v?.spoken.trim());
  if (said.length === 0) return false;
  const candidates = await candidatesFor(ctx, pastItems(await orderHistory(ctx)));
  return said.every((v) => match(ctx, slotPhrases(v!), candidates).kind !== 'none');
}

export const voiceCode: QuestionBehaviour<VoiceCode> = {
  kind: 'voiceCode',
  question: (ctx) => ctx.t('voiceCode.reprompt'),
  async answer(ctx, q) {
    const intent = ctx.turn.intent;
    const said = normalizeCode(ctx.turn.slots.code?.spoken);
    if (intent === 'VoiceCodeIntent' && said.length === 4) return check(ctx, q, said);
    if (intent === NO) {
      await ctx.store.discardCart(q.cartId);
      return ctx.tell(ctx.t('order.declined'));
    }
    if (MOVES_ON.has(intent) || ABOUT_THE_QUESTION.has(intent) || intent === PRICE) return undefined;
    const cancelled = await cancelWaitingCart(ctx, q.cartId);
    if (cancelled) return cancelled;
    // A change to the cart ("make it three", "take out the oat milk", "and the oat milk too") is applied by its
    // handler, which reads the changed cart back and asks the yes/no again: the code comes after the new yes, so
    // a cart the shopper did not hear is never placed.
    if (await changesTheCart(ctx)) return undefined;
    // A yes that carries more ("yes, make it three", heard as a yes) or an unsure one ("maybe"): the change or the
    // doubt cannot be read from it, so the yes/no is asked again over the cart as it stands; never a code for a cart
    // the shopper may think changed or is unsure of.
    if ((intent === YES && !(await plainYes(ctx))) || intent === UNSURE) return keep(ctx, { kind: 'confirmOrder', cartId: q.cartId }, ctx.t('confirm.notPlain'), confirmOrder);
    // Not a code (a yes, a product, "where is my order", a misheard word): not a wrong code either.
    return reask(ctx, q, ctx.t('voiceCode.notACode'), voiceCode);
  },
  resume: (ctx, q) => cartStillWaiting(ctx, q.cartId, ctx.t('voiceCode.reprompt')),
  abandon: (ctx, q) => dropCart(ctx, q.cartId),
};
