// Requests as the platforms send them, for the bench: an Alexa envelope and a Dialogflow ES webhook body.
// Every timed turn is a new session unless it answers a question (the yes carries the read-back's state).
import { randomUUID } from 'node:crypto';
import { dialogflowIntentName } from '../lambda/google/dialogflow-names.js';

export type Platform = 'alexa' | 'google';

export interface TurnSpec {
  /** LaunchRequest or an intent name. */
  intent: string;
  slots?: Record<string, string>;
  /** The dialog state the previous answer carried, with its session. */
  state?: Record<string, unknown>;
  sessionId?: string;
}

export interface Caller {
  token: string;
  locale: string;
  now: Date;
}

export function alexaRequest(caller: Caller, turn: TurnSpec): Record<string, unknown> {
  const applicationId = 'amzn1.ask.skill.00000000-0000-4000-8000-0000000be7c4';
  const user = { userId: `amzn1.ask.account.BENCH-${caller.token}`, accessToken: caller.token };
  const requestId = `amzn1.echo-api.request.${randomUUID()}`;
  const timestamp = caller.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const request = turn.intent === 'LaunchRequest'
    ? { type: 'LaunchRequest', requestId, timestamp, locale: caller.locale }
    : {
      type: 'IntentRequest', requestId, timestamp, locale: caller.locale, dialogState: 'COMPLETED',
      intent: {
        name: turn.intent, confirmationStatus: 'NONE',
        slots: Object.fromEntries(Object.entries(turn.slots ?? {}).map(([name, value]) => [name, { name, value, confirmationStatus: 'NONE', source: 'USER' }])),
      },
    };
  return {
    version: '1.0',
    session: {
      new: !turn.sessionId, sessionId: turn.sessionId ?? `amzn1.echo-api.session.${randomUUID()}`, application: { applicationId },
      attributes: turn.state ? { dialog: turn.state } : {}, user,
    },
    context: {
      System: {
        application: { applicationId }, user, apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 'bench',
        device: { deviceId: 'amzn1.ask.device.BENCH', supportedInterfaces: {} },
      },
    },
    request,
  };
}

export function googleRequest(caller: Caller, turn: TurnSpec): Record<string, unknown> {
  const session = `projects/northwind-bench/agent/sessions/${turn.sessionId ?? randomUUID()}`;
  const contexts: Record<string, unknown>[] = [{ name: `${session}/contexts/actions_capability_audio_output` }];
  if (turn.state) contexts.push({ name: `${session}/contexts/skill_dialog`, lifespanCount: 5, parameters: { state: JSON.stringify(turn.state) } });
  return {
    responseId: randomUUID(),
    session,
    queryResult: {
      queryText: turn.intent, parameters: turn.slots ?? {}, allRequiredParamsPresent: true, outputContexts: contexts,
      intent: { name: 'projects/northwind-bench/agent/intents/bench', displayName: dialogflowIntentName(turn.intent) },
      intentDetectionConfidence: 1, languageCode: caller.locale.split('-')[0],
    },
    originalDetectIntentRequest: {
      source: 'google', version: '2',
      payload: { user: { userId: `bench-${caller.token}`, accessToken: caller.token, locale: caller.locale }, timestamp: caller.now.toISOString() },
    },
  };
}

export function requestFor(platform: Platform, caller: Caller, turn: TurnSpec): Record<string, unknown> {
  return platform === 'alexa' ? alexaRequest(caller, turn) : googleRequest(caller, turn);
}
