// The ask-sdk-core skill: one request handler that hands every request to the core's conversation.
import { SkillBuilders, type Skill, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Conversation } from '../core/conversation.js';
import { translator } from '../core/i18n.js';
import { resolveLocale } from '../core/locale.js';
import { STATE_ATTRIBUTE, toTurn } from './request.js';
import { toResponse } from './response.js';

export function coreHandler(conversation: Conversation): RequestHandler {
  return {
    canHandle: () => true,
    async handle(input: HandlerInput) {
      const reply = await conversation(toTurn(input.requestEnvelope));
      if (!reply.endSession) input.attributesManager.setSessionAttributes({ [STATE_ATTRIBUTE]: reply.state });
      return toResponse(reply, input.responseBuilder);
    },
  };
}

/** Last resort for envelopes the core never saw (e.g. unreadable): a spoken apology, not a crash. */
const apologise: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    console.error(JSON.stringify({ level: 'error', where: 'alexa', error: error.message }));
    const locale = (input.requestEnvelope?.request as { locale?: string } | undefined)?.locale;
    return input.responseBuilder.speak(translator(resolveLocale(locale))('error.generic')).withShouldEndSession(true).getResponse();
  },
};

export function buildAlexaSkill(conversation: Conversation, skillId?: string): Skill {
  const builder = SkillBuilders.custom().addRequestHandlers(coreHandler(conversation)).addErrorHandlers(apologise);
  if (skillId) builder.withSkillId(skillId);
  return builder.create();
}
