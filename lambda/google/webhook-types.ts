// The parts of the Dialogflow ES v2 webhook request and response this adapter reads and writes.

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

/** A reason the body is not a Dialogflow ES webhook request, or undefined when it is one. */
export function invalidWebhookRequest(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body is not a Dialogflow webhook request (expected a JSON object)';
  const b = body as Partial<WebhookRequest>;
  if (!('queryResult' in b) && 'request' in b && 'version' in b) return 'the body is an Alexa request envelope, not a Dialogflow webhook request';
  if (typeof b.session !== 'string' || !b.session) return 'the request has no "session"';
  if (!b.queryResult || typeof b.queryResult !== 'object') return 'the request has no "queryResult"';
  if (typeof b.queryResult.languageCode !== 'string' || !b.queryResult.languageCode) return 'the request has no "queryResult.languageCode"';
  if (!b.queryResult.intent || typeof b.queryResult.intent.displayName !== 'string') return 'the request has no "queryResult.intent.displayName"';
  if (b.queryResult.parameters !== undefined && (typeof b.queryResult.parameters !== 'object' || b.queryResult.parameters === null)) {
    return '"queryResult.parameters" must be an object';
  }
  if (b.queryResult.outputContexts !== undefined && !Array.isArray(b.queryResult.outputContexts)) return '"queryResult.outputContexts" must be an array';
  if (b.queryResult.outputContexts?.some((c) => !c || typeof c !== 'object' || typeof c.name !== 'string')) return 'every output context needs a "name"';
  return undefined;
}
