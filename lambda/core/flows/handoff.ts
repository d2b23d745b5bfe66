// Passing the conversation to a person: a ticket with the transcript so far, and what happens next.
import type { TurnContext } from '../context.js';
import { safe } from '../i18n.js';
import { escapeSsml } from '../ssml.js';
import type { Reply } from '../types.js';

export async function handOff(ctx: TurnContext): Promise<Reply> {
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
  const speech = ctx.t('handoff.done', { reference, seller: ctx.seller.name });
  return ctx.tell(speech, {
    card: ctx.card('handoff.cardTitle', 'handoff.cardText', { reference: ticket.id }),
  });
}
