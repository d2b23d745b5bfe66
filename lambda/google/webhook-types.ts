// The parts of the Dialogflow ES v2 webhook request and response this adapter reads and writes.
import { z } from 'zod';

export interface DialogflowContext {
  name: string;
  lifespanCount?: number;
  parameters?: Record<string, unknown>;
}

export interface WebhookRequest {
  responseId?: string;
  session: string;
  queryResult: {
    queryText?: string;
    languageCode: string;
    parameters?: Record<string, unknown>;
    intent: { name?: string; displayName: string };
    outputContexts?: DialogflowContext[];
  };
  originalDetectIntentRequest?: {
    source?: string;
    version?: string;
    payload?: {
      user?: { userId?: string; accessToken?: string; locale?: string };
      surface?: { capabilities?: { name: string }[] };
      /** Not sent by Dialogflow: the request time a replaying caller (the simulator, detectIntent) pins. */
      timestamp?: string;
      [key: string]: unknown;
    };
  };
}

export type FulfillmentMessage =
  | { text: { text: string[] } }
  | { quickReplies: { title?: string; quickReplies: string[] } }
  | { card: { title: string; subtitle?: string } };

export interface WebhookResponse {
  fulfillmentText: string;
  fulfillmentMessages: FulfillmentMessage[];
  outputContexts?: DialogflowContext[];
  payload?: { google?: Record<string, unknown> };
}

const text = (max: number) => z.string().max(max);
/** A JSON object, kept as it is: a zod record would copy a "__proto__" key into the prototype. */
const plainObject = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object');

const contextSchema = z.object({
  name: text(1024),
  lifespanCount: z.number().int().min(0).max(1000).optional(),
  parameters: plainObject.optional(),
});

/** What the adapter and actions-on-google read of a webhook request. Parsing keeps only these fields, so the
 * library never meets a field of a type it does not expect. */
export const webhookRequestSchema = z.object({
  responseId: text(256).optional(),
  session: text(1024).min(1),
  queryResult: z.object({
    // Free text: the body limit bounds it.
    queryText: z.string().optional(),
    languageCode: text(35).min(1),
    parameters: plainObject.optional(),
    intent: z.object({ name: text(1024).optional(), displayName: text(256) }),
    outputContexts: z.array(contextSchema).max(100).optional(),
  }),
  originalDetectIntentRequest: z.object({
    source: text(64).optional(),
    version: text(16).optional(),
    payload: z.object({
      user: z.object({
        userId: text(1024).optional(),
        accessToken: text(4096).optional(),
        locale: text(35).optional(),
        userStorage: text(10_000).optional(),
      }).optional(),
      conversation: z.object({ conversationId: text(1024).optional(), type: text(64).optional(), conversationToken: text(10_000).optional() }).optional(),
      surface: z.object({ capabilities: z.array(z.object({ name: text(256) })).max(50).optional() }).optional(),
      isInSandbox: z.boolean().optional(),
      requestType: text(64).optional(),
      timestamp: text(64).optional(),
      telephony: plainObject.optional(),
    }).optional(),
  }).optional(),
});

export type ParsedWebhookRequest = { ok: true; request: WebhookRequest } | { ok: false; problem: string; code: 'invalid_request' | 'wrong_platform' };

/** One readable sentence for the first thing wrong: a missing field is named as missing. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (!path) return 'the body does not have the expected shape';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `the request has no "${path}"`;
  return `"${path}": ${issue.message.replace(/^Invalid input: /, '')}`;
}

/** The request as the adapter may read it, or why the body is not a Dialogflow ES webhook request. */
export function parseWebhookRequest(body: unknown): ParsedWebhookRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, problem: 'the body is not a Dialogflow webhook request (expected a JSON object)', code: 'invalid_request' };
  const b = body as Record<string, unknown>;
  if (!('queryResult' in b) && 'request' in b && 'version' in b) return { ok: false, problem: 'the body is an Alexa request envelope, not a Dialogflow webhook request', code: 'wrong_platform' };
  const parsed = webhookRequestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, problem: describeIssue(parsed.error.issues[0]), code: 'invalid_request' };
  return { ok: true, request: parsed.data as WebhookRequest };
}

/** A reason the body is not a Dialogflow ES webhook request, or undefined when it is one. */
export function invalidWebhookRequest(body: unknown): string | undefined {
  const parsed = parseWebhookRequest(body);
  return parsed.ok ? undefined : parsed.problem;
}
