// Passing the conversation to a person: a ticket with the transcript so far, and what happens next, including
// what becomes of a cart that was waiting for a yes.
import type { TurnContext } from '../context.js';
import { safe } from '../i18n.js';
import type { Reply } from '../types.js';

/** `dropped`: the sentence saying what became of the question that was open (a cart let go). */
export async function handOff(ctx: TurnContext, dropped?: string): Promise<Reply> {
  const transcript = await ctx.store.transcript(ctx.turn.sessionId);
  const ticket = await ctx.store.createHandoff({
    customerId: ctx.shopper.id,
    sessionId: ctx.turn.sessionId,
    platform: ctx.turn.platform,
    locale: ctx.locale,
    createdAt: ctx.now.toISOString(),
    transcript,
  });
  const reference = safe(`<say-as interpret-as="characters">${ticket.id}</say-as>`);
  const speech = ctx.t('handoff.done', { reference, seller: ctx.seller.name });
  return ctx.tell(dropped ? `${speech} ${dropped}` : speech, {
    card: ctx.card('handoff.cardTitle', 'handoff.cardText', { reference: ticket.id }),
  });
}
