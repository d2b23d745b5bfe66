// The anchor: a bare ask-sdk-core skill, one handler that answers every request with one sentence, bundled
// exactly as build/lambda/index.js is. What a skill costs before it does anything of its own.
import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

export const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    handle: (input: HandlerInput) => input.responseBuilder.speak('Your order arrives tomorrow.').withShouldEndSession(true).getResponse(),
  })
  .create();

export const handler = (event: RequestEnvelope, context?: unknown) => skill.invoke(event, context);
