// The core's Reply -> an Alexa response, through the SDK's ResponseBuilder.
import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply } from '../core/types.js';

export function toResponse(reply: Reply, builder: ResponseBuilder): Response {
  if (reply.speech) builder.speak(reply.speech);
  if (reply.reprompt && !reply.endSession) builder.reprompt(reply.reprompt);
  if (reply.card?.kind === 'linkAccount') builder.withLinkAccountCard();
  else if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  builder.withShouldEndSession(reply.endSession);
  return builder.getResponse();
}
