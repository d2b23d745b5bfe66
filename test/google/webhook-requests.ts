// Dialogflow ES webhook request bodies from test/fixtures/dialogflow/, with the few fields a test cares about
// overridden. The fixtures are shaped like what Dialogflow posts from each channel (Google Assistant, the console's
// "Try it now" and the web demo with an empty payload, the phone gateway); a test says only what differs:
// `webhookRequest('assistant-launch', { languageCode: 'de', locale: 'de-DE', token: customer.accessToken })`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DialogState } from '../../lambda/core/types.js';
import type { DialogflowContext, WebhookRequest } from '../../lambda/google/webhook-types.js';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dialogflow');

export type FixtureName =
  /** Google Assistant on a phone: welcome, linked account, screen. */
  | 'assistant-launch'
  /** Google Assistant on a speaker in en-GB: ReorderIntent with a number, `.original`s and the state context. */
  | 'assistant-reorder'
  /** A follow-up intent ("ReorderIntent - yes") answering the read-back. */
  | 'followup-yes'
  /** Dialogflow's own fallback intent. */
  | 'fallback'
  /** The console's "Try it now" in German: no platform payload at all. */
  | 'console-order-status'
  /** The phone gateway: only the caller id. */
  | 'telephony-order-status'
  /** The web demo / Messenger in Chinese: empty payload. */
  | 'web-demo-last-order.zh-cn';

export interface WebhookOverrides {
  /** queryResult.languageCode, as Dialogflow writes it: "en", "en-gb", "de", "zh-cn". */
  languageCode?: string;
  /** payload.user.locale (the Assistant only); null removes it. */
  locale?: string | null;
  /** payload.user.accessToken; null removes it (not linked). */
  token?: string | null;
  /** payload.user.userId; null removes it. */
  userId?: string | null;
  /** queryResult.intent.displayName. */
  intent?: string;
  /** Replaces queryResult.parameters. */
  parameters?: Record<string, unknown>;
  /** The words said for each parameter: "<name>.original" in the __system_counters__ context. */
  originals?: Record<string, string>;
  /** The skill_dialog context's state: an object is written as JSON, a string as it is, null removes the context. */
  state?: DialogState | string | null;
  /** payload.timestamp, the request time a replaying caller pins. */
  timestamp?: string;
  /** The surface's capabilities (actions.capability.*); only for Assistant fixtures. */
  capabilities?: string[];
  responseId?: string;
  /** The session id (the last part of the session path). */
  sessionId?: string;
}

/** The fixture file as Dialogflow would post it. */
export function fixtureText(name: FixtureName): string {
  return readFileSync(join(FIXTURES_DIR, `${name}.json`), 'utf8');
}

const STATE_CONTEXT = 'skill_dialog';
const COUNTERS_CONTEXT = '__system_counters__';

function contextIdOf(context: DialogflowContext): string {
  return context.name.split('/contexts/').pop()!.toLowerCase();
}

export function webhookRequest(name: FixtureName, overrides: WebhookOverrides = {}): WebhookRequest {
  let text = fixtureText(name);
  if (overrides.sessionId !== undefined) {
    const session = (JSON.parse(text) as WebhookRequest).session;
    text = text.replaceAll(session, `${session.slice(0, session.lastIndexOf('/'))}/${overrides.sessionId}`);
  }
  const body = JSON.parse(text) as WebhookRequest;
  const query = body.queryResult;
  const payload = (body.originalDetectIntentRequest ??= {}).payload ??= {};
  const contexts = (query.outputContexts ??= []);
  const contextName = (id: string) => `${body.session}/contexts/${id}`;

  if (overrides.responseId !== undefined) body.responseId = overrides.responseId;
  if (overrides.languageCode !== undefined) query.languageCode = overrides.languageCode;
  if (overrides.intent !== undefined) query.intent.displayName = overrides.intent;
  if (overrides.timestamp !== undefined) payload.timestamp = overrides.timestamp;

  for (const [key, field] of [['locale', 'locale'], ['token', 'accessToken'], ['userId', 'userId']] as const) {
    const value = overrides[key];
    if (value === undefined) continue;
    const user = (payload.user ??= {});
    if (value === null) delete user[field];
    else user[field] = value;
  }

  if (overrides.capabilities !== undefined) {
    payload.surface = { capabilities: overrides.capabilities.map((c) => ({ name: `actions.capability.${c}` })) };
  }

  if (overrides.parameters !== undefined || overrides.originals !== undefined) {
    if (overrides.parameters !== undefined) query.parameters = overrides.parameters;
    let counters = contexts.find((c) => contextIdOf(c) === COUNTERS_CONTEXT);
    if (!counters) contexts.push((counters = { name: contextName(COUNTERS_CONTEXT) }));
    counters.parameters = { 'no-input': 0, 'no-match': 0, ...query.parameters };
    for (const [param, spoken] of Object.entries(overrides.originals ?? {})) counters.parameters[`${param}.original`] = spoken;
    // Other contexts the fixture carried refer to the fixture's own parameters.
    query.outputContexts = contexts.filter((c) => contextIdOf(c) === COUNTERS_CONTEXT || !Object.keys(c.parameters ?? {}).some((k) => k.endsWith('.original')));
  }

  if (overrides.state !== undefined) {
    const others = (query.outputContexts ?? []).filter((c) => contextIdOf(c) !== STATE_CONTEXT);
    query.outputContexts = overrides.state === null ? others : [
      { name: contextName(STATE_CONTEXT), lifespanCount: 19, parameters: { state: typeof overrides.state === 'string' ? overrides.state : JSON.stringify(overrides.state) } },
      ...others,
    ];
  }
  return body;
}
