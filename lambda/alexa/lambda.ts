// AWS Lambda entry of the Alexa skill (bundled to build/lambda/index.js as `handler`).
// The store opens on the first request and is reused while the instance stays warm.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Skill } from 'ask-sdk-core';
import { createRuntime } from '../runtime.js';
import { buildAlexaSkill } from './skill.js';

let skill: Promise<Skill> | undefined;

function getSkill(): Promise<Skill> {
  skill ??= createRuntime().then((rt) => buildAlexaSkill(rt.conversation, process.env.ALEXA_SKILL_ID || undefined)).catch((err) => {
    skill = undefined;
    throw err;
  });
  return skill;
}

type Callback = (error: Error | null, result?: ResponseEnvelope) => void;

/** Works awaited (async handler) and with the callback style some harnesses still use. */
export async function handler(event: RequestEnvelope, context?: unknown, callback?: Callback): Promise<ResponseEnvelope> {
  try {
    const result = await (await getSkill()).invoke(event, context);
    callback?.(null, result);
    return result;
  } catch (err) {
    callback?.(err as Error);
    throw err;
  }
}
