// The Dialogflow fulfillment: actions-on-google's dialogflow() app writes the Assistant half of every
// response; the core decides what is said. Loaded only when the first /google request arrives, so the
// Alexa path never pays for actions-on-google.
import aogDialogflow, { type DialogflowConversation } from 'actions-on-google/dist/service/dialogflow/index.js';
import type { Conversation } from '../core/conversation.js';
import type { Reply } from '../core/types.js';
import { toTurn } from './request.js';
import { withChannelMessages, writeAssistantReply } from './response.js';
import { parseWebhookRequest, type WebhookRequest, type WebhookResponse } from './webhook-types.js';

const { dialogflow } = aogDialogflow;

export interface FulfillmentResult {
  status: number;
  body: WebhookResponse | { error: string; code: string };
}

export type Fulfillment = (body: unknown, headers: Record<string, string | string[] | undefined>) => Promise<FulfillmentResult>;

/** What actions-on-google is given: it looks intent names up in a plain object ("constructor" would find
 * Object) and reads payload's keys whenever originalDetectIntentRequest is there, so neither reaches it as sent.
 * The core already routed by the real name. */
function libraryView(request: WebhookRequest): WebhookRequest {
  const original = request.originalDetectIntentRequest;
  return {
    ...request,
    queryResult: { ...request.queryResult, intent: { displayName: 'fulfillment' } },
    ...(original ? { originalDetectIntentRequest: { ...original, payload: original.payload ?? {} } } : {}),
  };
}

export function createGoogleFulfillment(conversation: Conversation): Fulfillment {
  // Each request's reply, keyed by its body object (the app hands the same object to the conversation),
  // so concurrent requests never see each other's reply.
  const replies = new WeakMap<object, { reply: Reply; screen: boolean }>();
  const app = dialogflow();
  // No intent is registered by name: the core routes every intent, so all of them arrive here.
  app.fallback((conv: DialogflowConversation<unknown, unknown>) => {
    const prepared = replies.get(conv.body as object);
    if (!prepared) throw new Error('no reply prepared for this request');
    writeAssistantReply(conv, prepared.reply, prepared.screen);
  });

  return async (body, headers) => {
    const parsed = parseWebhookRequest(body);
    if (!parsed.ok) return { status: 400, body: { error: parsed.problem, code: parsed.code } };
    // From here on only the parsed copy is read, by the adapter and by actions-on-google alike.
    const request = parsed.request;
    const turn = toTurn(request);
    const reply = await conversation(turn);
    const forLibrary = libraryView(request);
    replies.set(forLibrary, { reply, screen: turn.capabilities.screen });
    try {
      const result = await app.handler(forLibrary as never, headers as never);
      return { status: result.status, body: withChannelMessages(result.body as Record<string, unknown>, reply) };
    } finally {
      replies.delete(forLibrary);
    }
  };
}
