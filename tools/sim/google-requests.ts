// Dialogflow ES v2 webhook requests as the agent sends them for a Google Assistant conversation: the matched
// intent's display name (follow-ups included), its parameters (numbers as numbers, a code as a digit string,
// an entity by its reference value), the active output contexts with the words said ("<name>.original"), and
// the Assistant's payload (user with the linked token, conversation, surface, the simulated time).
import { randomUUID } from 'node:crypto';
import { FALLBACK_INTENT } from '../../lambda/core/intents/catalog.js';
import { dialogflowIntentName } from '../../lambda/google/dialogflow-names.js';
import type { DialogflowContext, WebhookRequest } from '../../lambda/google/webhook-types.js';
import type { SlotFill, Understanding } from './nlu/types.js';
import type { AgentIntentView, DialogflowAgentView } from './skill-models.js';

export const AGENT_PROJECT = 'projects/northwind-sim/agent';

export function newGoogleSessionPath(): string {
  return `${AGENT_PROJECT}/sessions/${randomUUID()}`;
}

export function contextPath(session: string, id: string): string {
  return `${session}/contexts/${id.toLowerCase()}`;
}

function contextIdOf(context: DialogflowContext): string {
  return context.name.split('/contexts/').pop()?.toLowerCase() ?? '';
}

/**
 * The output contexts alive in one Dialogflow session. Every query takes one turn off each context's
 * lifespan; a context the webhook sets replaces the old one, and lifespan 0 deletes it.
 */
export class DialogflowContexts {
  private readonly live = new Map<string, DialogflowContext>();

  /**
   * A new query: returns the ids that are active for matching it (lifespan left before this turn), and
   * takes one turn off each lifespan; contexts with none left are not sent with the request.
   */
  beginQuery(): Set<string> {
    const active = new Set(this.live.keys());
    for (const [id, context] of this.live) {
      const left = (context.lifespanCount ?? 1) - 1;
      if (left <= 0) this.live.delete(id);
      else this.live.set(id, { ...context, lifespanCount: left });
    }
    return active;
  }

  set(context: DialogflowContext): void {
    const id = contextIdOf(context);
    if ((context.lifespanCount ?? 1) <= 0) this.live.delete(id);
    else this.live.set(id, context);
  }

  /** The contexts the webhook response sets (or deletes with lifespan 0). */
  applyResponse(contexts: DialogflowContext[] | undefined): void {
    for (const context of contexts ?? []) this.set(context);
  }

  list(): DialogflowContext[] {
    return [...this.live.values()].map((c) => ({ ...c, ...(c.parameters ? { parameters: { ...c.parameters } } : {}) }));
  }

  has(id: string): boolean {
    return this.live.has(id.toLowerCase());
  }

  clear(): void {
    this.live.clear();
  }
}

/**
 * The agent intent Dialogflow matches for what the understanding chose: a yes or no while a follow-up context
 * is active goes to that follow-up ("ReorderIntent - yes"), as the agent's follow-up intents win in context.
 */
export function matchIntent(agent: DialogflowAgentView, intent: string, active: Set<string>): AgentIntentView | undefined {
  const name = dialogflowIntentName(intent);
  const answer = intent === 'AMAZON.YesIntent' ? 'yes' : intent === 'AMAZON.NoIntent' ? 'no' : undefined;
  if (answer) {
    const followUp = [...agent.intents.values()].find((i) => i.parent && i.displayName.endsWith(` - ${answer}`)
      && i.inputContexts.length > 0 && i.inputContexts.every((c) => active.has(c.toLowerCase())));
    if (followUp) return followUp;
  }
  return agent.intents.get(name);
}

/** The value Dialogflow puts in queryResult.parameters for one parameter. */
export function parameterValue(agent: DialogflowAgentView, parameter: AgentIntentView['parameters'][number], fill: SlotFill | undefined): unknown {
  if (!fill || !fill.value) return '';
  const reading = fill.normalized ?? fill.value;
  if (parameter.dataType === '@sys.number') {
    return /^-?\d+(\.\d+)?$/.test(reading.trim()) ? Number(reading) : reading;
  }
  if (parameter.dataType === '@sys.number-sequence') {
    const digits = reading.replace(/\D/g, '');
    return digits || reading;
  }
  if (fill.resolved) return (parameter.slotType && agent.entityValue(parameter.slotType, fill.resolved.id)) ?? fill.resolved.name;
  return fill.value;
}

export interface GoogleCaller {
  userId: string;
  accessToken?: string;
  /** The Assistant's locale (en-GB); the agent language goes in queryResult.languageCode. */
  locale: string;
}

export interface WebhookRequestOptions {
  agent: DialogflowAgentView;
  caller: GoogleCaller;
  session: string;
  contexts: DialogflowContexts;
  /** The ids active when the query was matched (DialogflowContexts.beginQuery). */
  active: Set<string>;
  /** What the shopper said, or undefined for the Assistant's welcome ("talk to …"). */
  queryText?: string;
  understanding: Understanding;
  /** First request of the conversation. */
  isNew: boolean;
  now: Date;
  responseId?: string;
}

/** The Dialogflow ES webhook request for one query; also sets the matched intent's contexts on `contexts`. */
export function webhookRequest(options: WebhookRequestOptions): WebhookRequest {
  const { agent, caller, session, contexts, understanding } = options;
  const welcome = understanding.intent === 'LaunchRequest';
  const matched = matchIntent(agent, understanding.intent, options.active);
  const displayName = matched?.displayName ?? dialogflowIntentName(understanding.intent);
  const parameters: Record<string, unknown> = {};
  const originals: Record<string, unknown> = {};
  for (const parameter of matched?.parameters ?? []) {
    const fill = understanding.slots[parameter.name];
    parameters[parameter.name] = parameterValue(agent, parameter, fill);
    originals[parameter.name] = parameters[parameter.name];
    originals[`${parameter.name}.original`] = fill?.value ?? '';
  }
  // The intent's own output contexts (its follow-ups'), carrying this turn's parameters as Dialogflow does.
  for (const affected of matched?.affectedContexts ?? []) {
    contexts.set({ name: contextPath(session, affected.name), lifespanCount: affected.lifespan, parameters: { ...originals } });
  }
  const queryText = welcome ? 'GOOGLE_ASSISTANT_WELCOME' : options.queryText ?? '';
  const outputContexts: DialogflowContext[] = [
    ...contexts.list(),
    { name: contextPath(session, 'actions_capability_screen_output'), parameters: {} },
    { name: contextPath(session, 'actions_capability_audio_output'), parameters: {} },
    { name: contextPath(session, 'actions_capability_account_linking'), parameters: {} },
    { name: contextPath(session, 'google_assistant_input_type_voice'), parameters: {} },
    ...(welcome ? [{ name: contextPath(session, 'google_assistant_welcome'), parameters: {} }] : []),
    { name: contextPath(session, '__system_counters__'), parameters: { 'no-input': 0, 'no-match': 0, ...originals } },
  ];
  const conversationId = session.split('/').pop() ?? session;
  const user = {
    userId: caller.userId,
    locale: caller.locale,
    ...(caller.accessToken ? { accessToken: caller.accessToken } : {}),
    userVerificationStatus: 'VERIFIED',
  };
  return {
    responseId: options.responseId ?? `${randomUUID()}-sim`,
    session,
    queryResult: {
      queryText,
      action: welcome ? 'input.welcome' : understanding.intent === FALLBACK_INTENT ? 'input.unknown' : understanding.intent,
      parameters,
      allRequiredParamsPresent: true,
      fulfillmentMessages: [{ text: { text: [''] } }],
      outputContexts,
      intent: { name: `${AGENT_PROJECT}/intents/${encodeURIComponent(displayName)}`, displayName },
      intentDetectionConfidence: welcome ? 1 : Math.round(understanding.confidence * 1000) / 1000,
      languageCode: agent.language,
    } as WebhookRequest['queryResult'],
    originalDetectIntentRequest: {
      source: 'google',
      version: '2',
      payload: {
        user,
        conversation: { conversationId, type: options.isNew ? 'NEW' : 'ACTIVE' },
        inputs: [{
          intent: welcome ? 'actions.intent.MAIN' : 'actions.intent.TEXT',
          rawInputs: [{ inputType: 'VOICE', query: welcome ? options.queryText ?? '' : queryText }],
          ...(welcome ? {} : { arguments: [{ name: 'text', rawText: queryText, textValue: queryText }] }),
        }],
        surface: { capabilities: [
          { name: 'actions.capability.AUDIO_OUTPUT' },
          { name: 'actions.capability.SCREEN_OUTPUT' },
          { name: 'actions.capability.ACCOUNT_LINKING' },
        ] },
        availableSurfaces: [],
        isInSandbox: true,
        requestType: 'SIMULATOR',
        timestamp: options.now.toISOString(),
      },
    },
  };
}
