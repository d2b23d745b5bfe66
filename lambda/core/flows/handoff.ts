// Passing the conversation to a person: a ticket with the transcript so far, and what happens next, including
// what becomes of a cart that was waiting for a yes.
import type { TurnContext } from '../context.js';
import { safe, type Safe } from '../i18n.js';
import { escapeSsml } from '../ssml.js';
import type { Reply } from '../types.js';

/**
 * Hands the conversation over. `intro` (already SSML) says first why, when the skill decided it rather than the
 * shopper; `dropped` says what became of the question that was open (a cart let go), right after the promise.
 */
export async function handOff(ctx: TurnContext, { intro, dropped }: { intro?: Safe; dropped?: string } = {}): Promise<Reply> {
  const transcript = await ctx.store.transcript(ctx.turn.sessionId);
  const ticket = await ctx.store.createHandoff({
    customerId: ctx.shopper.id,
    sessionId: ctx.turn.sessionId,
    platform: ctx.turn.platform,
    locale: ctx.locale,
    createdAt: ctx.now.toISOString(),
    transcript,
  });
  const reference = safe(`<say-as interpret-as="characters">${escapeSsml(ticket.id)}</say-as>`);
  // What becomes of a waiting cart comes right after the promise, before the e-mail and the reference, where each
  // language's own sentence puts it.
  const done = dropped
    ? ctx.t('handoff.doneWithCart', { reference, seller: ctx.seller.name, dropped: safe(dropped) })
    : ctx.t('handoff.done', { reference, seller: ctx.seller.name });
  const speech = [intro?.ssml, done].filter(Boolean).join(ctx.format.sentenceGap);
  return ctx.tell(speech, {
    card: ctx.card('handoff.cardTitle', 'handoff.cardText', { reference: ticket.id }),
  });
}
