// AWS Lambda entry of the Alexa skill (bundled to build/lambda/index.js as `handler`).
// The store opens on the first request and is reused while the instance stays warm.
// The same function delivers order e-mails when invoked by the table's stream (new outbox items) or by its
// schedule (retries), never while answering a shopper: a Lambda is frozen once it has answered.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Skill } from 'ask-sdk-core';
import type { DrainResult } from '../mail/sender.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { buildAlexaSkill } from './skill.js';

let runtime: Promise<Runtime> | undefined;
let skill: Promise<Skill> | undefined;

function getRuntime(): Promise<Runtime> {
  runtime ??= createRuntime().catch((err) => {
    runtime = undefined;
    throw err;
  });
  return runtime;
}

function getSkill(): Promise<Skill> {
  skill ??= getRuntime().then((rt) => buildAlexaSkill(rt.conversation, process.env.ALEXA_SKILL_ID || undefined)).catch((err) => {
    skill = undefined;
    throw err;
  });
  return skill;
}

/** A DynamoDB stream batch or an EventBridge schedule: the outbox's wake-up calls, not shopper requests. */
export function isMailWakeUp(event: unknown): boolean {
  const e = event as { Records?: { eventSource?: string }[]; source?: string; 'detail-type'?: string } | null;
  if (!e || typeof e !== 'object') return false;
  if (Array.isArray(e.Records)) return e.Records.length > 0 && e.Records.every((r) => r?.eventSource === 'aws:dynamodb');
  return e.source === 'aws.events' && e['detail-type'] === 'Scheduled Event';
}

/** Time kept back from the invocation's limit for the send in progress and the answer. */
const MAIL_MARGIN_MS = 3000;

async function deliverMail(context: unknown): Promise<DrainResult> {
  const rt = await getRuntime();
  const remaining = (context as { getRemainingTimeInMillis?: () => number } | undefined)?.getRemainingTimeInMillis?.();
  const budget = remaining === undefined ? Infinity : Math.max(remaining - MAIL_MARGIN_MS, 0);
  return rt.mail ? rt.mail.drain(budget) : { sent: 0, retried: 0, failed: 0, skipped: 0 };
}

type Callback = (error: Error | null, result?: ResponseEnvelope) => void;

/** Works awaited (async handler) and with the callback style some harnesses still use. */
export async function handler(event: RequestEnvelope, context?: unknown, callback?: Callback): Promise<ResponseEnvelope> {
  try {
    // The stream's records only wake the sender; it reads the outbox itself, so a lost batch loses nothing.
    const result = isMailWakeUp(event)
      ? (await deliverMail(context)) as unknown as ResponseEnvelope
      : await (await getSkill()).invoke(event, context);
    callback?.(null, result);
    return result;
  } catch (err) {
    callback?.(err as Error);
    throw err;
  }
}
