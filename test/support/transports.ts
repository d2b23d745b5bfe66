// Transports: a core Conversation wrapped so every turn goes through a real platform adapter, as a device would
// send it. A conversation test written against the FakeShopper then checks the adapter too:
// `viaAlexa(conversation)` builds an Alexa request envelope and runs the ask-sdk skill; `viaGoogle(conversation)`
// builds a Dialogflow ES webhook request and runs the fulfillment. Each maps the platform's response back to a
// Reply, so the assertions stay the same on every platform.
import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { STATE_ATTRIBUTE } from '../../lambda/alexa/request.js';
import { buildAlexaSkill } from '../../lambda/alexa/skill.js';
import type { Conversation } from '../../lambda/core/conversation.js';
import { CATALOG, isHandlerName, type SlotSpec as CatalogueSlot } from '../../lambda/core/intents/catalog.js';
import type { Card, DialogState, Reply, SlotValue, Turn } from '../../lambda/core/types.js';
import { dialogflowIntentName, dialogflowLanguage } from '../../lambda/google/dialogflow-names.js';
import type { Fulfillment } from '../../lambda/google/fulfillment.js';
import type { DialogflowContext, WebhookRequest, WebhookResponse } from '../../lambda/google/webhook-types.js';
import { envelope, type SlotSpec } from '../alexa/envelopes.js';

/** How a test's shopper reaches the core: straight (`core`), or through one platform's adapter. */
export type Via = 'core' | 'alexa' | 'google';

/** Every platform gets the same intents and slots: the intent catalogue's. */
function slotsOf(intent: string): readonly CatalogueSlot[] {
  return isHandlerName(intent) ? CATALOG[intent].slots : [];
}

/** The slots a platform sends for an intent: every declared one (empty when unfilled) and any the test adds. */
function slotsToSend(turn: Turn): [name: string, type: string | undefined, value: SlotValue | undefined][] {
  const declared = slotsOf(turn.intent);
  const names = new Set([...declared.map((s) => s.name), ...Object.keys(turn.slots)]);
  return [...names].map((name) => [name, declared.find((s) => s.name === name)?.type, turn.slots[name]]);
}

function withoutSpeak(ssml: string | undefined): string {
  return (ssml ?? '').replace(/^\s*<speak>/, '').replace(/<\/speak>\s*$/, '');
}

export function transport(conversation: Conversation, via: Via = 'core'): Conversation {
  if (via === 'alexa') return viaAlexa(conversation);
  if (via === 'google') return viaGoogle(conversation);
  return conversation;
}

// ---------------------------------------------------------------------------------------------- Alexa

/** The request envelope Alexa would send for the turn. */
export function alexaEnvelope(turn: Turn): RequestEnvelope {
  const common = {
    locale: turn.locale,
    timestamp: turn.now.toISOString(),
    requestId: turn.requestId,
    token: turn.user.accessToken ?? null,
    ...(turn.user.userId ? { userId: turn.user.userId } : {}),
    attributes: Object.keys(turn.state).length ? { [STATE_ATTRIBUTE]: turn.state } : {},
    newSession: turn.newSession,
    supportedInterfaces: turn.capabilities.screen
      ? { AudioPlayer: {}, 'Alexa.Presentation.APL': { runtime: { maxVersion: '1.6' } } }
      : { AudioPlayer: {} },
  };
  let env: RequestEnvelope;
  if (turn.kind === 'launch') env = envelope('launch', common);
  else if (turn.kind === 'sessionEnded') env = envelope('session-ended', common);
  else {
    const sent = slotsToSend(turn);
    const slots: Record<string, SlotSpec | undefined> = {};
    for (const [name, , value] of sent) slots[name] = value && { value: value.spoken, ...(value.resolved ? { resolved: value.resolved } : {}) };
    env = envelope('reorder-item', { ...common, intent: turn.intent, slots });
    // The fixture's own slots belong to ReorderIntent: keep only the ones this intent sends.
    const request = env.request as IntentRequest;
    for (const name of Object.keys(request.intent.slots ?? {})) if (!(name in slots)) delete request.intent.slots![name];
  }
  env.session!.sessionId = turn.sessionId;
  return env;
}

/** The Reply an Alexa response says: speech without <speak>, the card, and the dialog state it keeps. */
export function replyOfAlexa(res: ResponseEnvelope): Reply {
  const r = res.response;
  const endSession = r.shouldEndSession !== false;
  let card: Card | undefined;
  if (r.card?.type === 'LinkAccount') card = { kind: 'linkAccount', title: '', text: '' };
  else if (r.card?.type === 'Simple') card = { kind: 'summary', title: r.card.title ?? '', text: r.card.content ?? '' };
  const reprompt = (r.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml;
  return {
    speech: withoutSpeak((r.outputSpeech as { ssml?: string } | undefined)?.ssml),
    ...(reprompt ? { reprompt: withoutSpeak(reprompt) } : {}),
    ...(card ? { card } : {}),
    endSession,
    // A session that ended keeps nothing on the device.
    state: endSession ? {} : ((res.sessionAttributes?.[STATE_ATTRIBUTE] ?? {}) as DialogState),
  };
}

/** Each turn as an Alexa request envelope through the ask-sdk skill. */
export function viaAlexa(conversation: Conversation): Conversation {
  const skill = buildAlexaSkill(conversation);
  return async (turn) => replyOfAlexa(await skill.invoke(alexaEnvelope(turn)));
}

// ------------------------------------------------------------------------------------------- Dialogflow

export const AGENT_SESSIONS = 'projects/northwind-market/agent/sessions';
const STATE_CONTEXT = 'skill_dialog';

/** Dialogflow's own names for the turns Alexa calls LaunchRequest and AMAZON.FallbackIntent. */
export function displayNameOf(turn: Turn): string {
  return dialogflowIntentName(turn.kind === 'launch' ? 'LaunchRequest' : turn.intent);
}

/**
 * The agent language Dialogflow reports in queryResult.languageCode: the agent's language tags (en, de, it, ja,
 * zh-cn); the Assistant says the region in payload.user.locale (en-GB).
 */
export function languageCodeOf(locale: string): string {
  return dialogflowLanguage(locale.replace('_', '-'));
}

/** The parameter value Dialogflow sends: system numbers as JSON numbers, entities by their reference value. */
function parameterValue(type: string | undefined, slot: SlotValue | undefined): unknown {
  if (!slot) return '';
  if (type === 'AMAZON.NUMBER' && /^-?\d+(\.\d+)?$/.test(slot.spoken.trim())) return Number(slot.spoken);
  return slot.resolved?.[0] ?? slot.spoken;
}

function contextName(session: string, id: string): string {
  return `${session}/contexts/${id}`;
}

function contextIdOf(context: DialogflowContext): string {
  return context.name.split('/contexts/').pop()!.toLowerCase();
}

interface SessionMemory {
  /** The contexts still alive after the last response, as Dialogflow would send them with the next query. */
  contexts: DialogflowContext[];
  /** The state the last reply carried (the object handed back), so a test that sends it unchanged gets a verbatim round trip. */
  state: DialogState;
  last?: { requestId: string; body: WebhookRequest };
}

/** The webhook request Dialogflow would send for the turn, given what the session's earlier responses left. */
export function dialogflowRequest(turn: Turn, memory?: SessionMemory): WebhookRequest {
  const session = `${AGENT_SESSIONS}/${turn.sessionId}`;
  const parameters: Record<string, unknown> = {};
  const counters: Record<string, unknown> = { 'no-input': 0, 'no-match': 0 };
  for (const [name, type, slot] of slotsToSend(turn)) {
    parameters[name] = parameterValue(type, slot);
    counters[name] = parameters[name];
    counters[`${name}.original`] = slot?.spoken ?? '';
  }
  // Contexts carried from the last response; the dialog state is the test's when it sends another one (a stale session).
  const carried = (memory?.contexts ?? []).filter((c) => contextIdOf(c) !== STATE_CONTEXT || turn.state === memory?.state);
  const stateIsCarried = carried.some((c) => contextIdOf(c) === STATE_CONTEXT);
  const contexts: DialogflowContext[] = [
    ...carried,
    ...(!stateIsCarried && Object.keys(turn.state).length
      ? [{ name: contextName(session, STATE_CONTEXT), lifespanCount: 19, parameters: { state: JSON.stringify(turn.state) } }]
      : []),
    ...(turn.capabilities.screen ? [{ name: contextName(session, 'actions_capability_screen_output') }] : []),
    { name: contextName(session, 'actions_capability_audio_output') },
    { name: contextName(session, 'google_assistant_input_type_voice') },
    ...(turn.kind === 'launch' ? [{ name: contextName(session, 'google_assistant_welcome') }] : []),
    { name: contextName(session, '__system_counters__'), parameters: counters },
  ];
  const spoken = Object.values(turn.slots).map((s) => s?.spoken).filter(Boolean).join(' ');
  const queryText = turn.kind === 'launch' ? 'GOOGLE_ASSISTANT_WELCOME' : turn.utterance ?? (spoken || turn.intent);
  const capabilities = [{ name: 'actions.capability.AUDIO_OUTPUT' }, ...(turn.capabilities.screen ? [{ name: 'actions.capability.SCREEN_OUTPUT' }] : [])];
  return {
    responseId: turn.requestId,
    session,
    queryResult: {
      queryText,
      action: '',
      parameters,
      allRequiredParamsPresent: true,
      fulfillmentMessages: [{ text: { text: [''] } }],
      outputContexts: contexts,
      intent: { name: `projects/northwind-market/agent/intents/${encodeURIComponent(displayNameOf(turn))}`, displayName: displayNameOf(turn) },
      intentDetectionConfidence: 1,
      languageCode: languageCodeOf(turn.locale),
    } as WebhookRequest['queryResult'],
    originalDetectIntentRequest: {
      source: 'google',
      version: '2',
      payload: {
        user: {
          ...(turn.user.userId ? { userId: turn.user.userId } : {}),
          ...(turn.user.accessToken ? { accessToken: turn.user.accessToken } : {}),
          locale: turn.locale,
        },
        conversation: { conversationId: turn.sessionId, type: turn.newSession ? 'NEW' : 'ACTIVE' },
        inputs: [{
          intent: turn.kind === 'launch' ? 'actions.intent.MAIN' : 'actions.intent.TEXT',
          rawInputs: [{ query: queryText, inputType: 'VOICE' }],
        }],
        surface: { capabilities },
        availableSurfaces: [],
        isInSandbox: true,
        timestamp: turn.now.toISOString(),
      },
    },
  };
}

/** Throws unless the response is one every Dialogflow channel can use: text, messages and the Assistant payload. */
export function assertChannelComplete(body: unknown): asserts body is WebhookResponse {
  const b = body as Partial<WebhookResponse> | undefined;
  const missing = [
    typeof b?.fulfillmentText !== 'string' && 'fulfillmentText',
    !(Array.isArray(b?.fulfillmentMessages) && b.fulfillmentMessages.length) && 'fulfillmentMessages',
    !(b?.payload?.google && typeof b.payload.google === 'object') && 'payload.google',
  ].filter(Boolean);
  if (missing.length) throw new Error(`Dialogflow response without ${missing.join(', ')}: ${JSON.stringify(body)}`);
}

interface AssistantPayload {
  expectUserResponse?: boolean;
  richResponse?: {
    items?: { simpleResponse?: { textToSpeech?: string }; basicCard?: { title?: string; formattedText?: string } }[];
    suggestions?: { title: string }[];
  };
}

/** The dialog state in the response's skill_dialog output context ({} when deleted or unreadable). */
export function stateOfResponse(body: WebhookResponse): DialogState {
  const context = (body.outputContexts ?? []).find((c) => contextIdOf(c) === STATE_CONTEXT && (c.lifespanCount ?? 1) > 0);
  const raw = context?.parameters?.state;
  if (typeof raw !== 'string') return {};
  return JSON.parse(raw) as DialogState;
}

/** The Reply a Dialogflow response says, read from the Assistant payload and the state context. */
export function replyOfDialogflow(body: WebhookResponse): Reply {
  const google = body.payload!.google as AssistantPayload;
  const items = google.richResponse?.items ?? [];
  const basic = items.find((i) => i.basicCard)?.basicCard;
  const suggestions = (google.richResponse?.suggestions ?? []).map((s) => s.title);
  const endSession = google.expectUserResponse !== true;
  return {
    speech: withoutSpeak(items.find((i) => i.simpleResponse)?.simpleResponse?.textToSpeech),
    ...(basic ? { card: { kind: 'summary', title: basic.title ?? '', text: basic.formattedText ?? '' } } : {}),
    endSession,
    state: endSession ? {} : stateOfResponse(body),
    ...(suggestions.length ? { suggestions } : {}),
  };
}

/** The contexts alive for the next query: the last ones one turn older, replaced or deleted by the response's. */
function nextContexts(sent: DialogflowContext[], response: WebhookResponse): DialogflowContext[] {
  const byId = new Map<string, DialogflowContext>();
  for (const c of sent) {
    const id = contextIdOf(c);
    // Dialogflow sends these again on its own each query; the rest counts down.
    if (id === '__system_counters__' || id.startsWith('actions_capability_') || id.startsWith('google_assistant_')) continue;
    if (c.lifespanCount !== undefined && c.lifespanCount > 1) byId.set(id, { ...c, lifespanCount: c.lifespanCount - 1 });
  }
  for (const c of response.outputContexts ?? []) {
    const id = contextIdOf(c);
    if ((c.lifespanCount ?? 0) > 0) byId.set(id, { ...c, lifespanCount: c.lifespanCount! - 1 });
    else byId.delete(id);
  }
  return [...byId.values()].filter((c) => (c.lifespanCount ?? 0) > 0);
}

/**
 * Each turn as a Dialogflow webhook request through the fulfillment. The transport remembers each session's
 * contexts, as Dialogflow does, and sends them with the next query; a retried turn (same request id) is sent
 * again byte for byte. Dialogflow has no "session ended" request: such a turn only forgets the session.
 */
export function viaGoogle(conversation: Conversation): Conversation {
  let fulfillment: Promise<Fulfillment> | undefined;
  const sessions = new Map<string, SessionMemory>();
  return async (turn) => {
    if (turn.kind === 'sessionEnded') {
      sessions.delete(turn.sessionId);
      return { speech: '', endSession: true, state: {} };
    }
    fulfillment ??= import('../../lambda/google/fulfillment.js').then((m) => m.createGoogleFulfillment(conversation));
    const memory = turn.newSession ? undefined : sessions.get(turn.sessionId);
    const body = memory?.last?.requestId === turn.requestId ? memory.last.body : dialogflowRequest(turn, memory);
    const result = await (await fulfillment)(structuredClone(body), { 'content-type': 'application/json' });
    if (result.status !== 200) throw new Error(`Dialogflow fulfillment answered ${result.status}: ${JSON.stringify(result.body)}`);
    // What Dialogflow receives: the JSON the route sends.
    const response = JSON.parse(JSON.stringify(result.body)) as unknown;
    assertChannelComplete(response);
    const reply = replyOfDialogflow(response);
    if (reply.endSession) sessions.delete(turn.sessionId);
    else sessions.set(turn.sessionId, { contexts: nextContexts(body.queryResult.outputContexts ?? [], response), state: reply.state, last: { requestId: turn.requestId, body } });
    return reply;
  };
}
