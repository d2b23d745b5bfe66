// One simulated device on one platform: the skill is open or closed as on a device, each input becomes the
// request that platform would send (through the real Alexa skill or Dialogflow fulfillment), and what a device
// keeps between turns (Alexa session attributes, Dialogflow output contexts) is kept here. A response that ends
// the session closes it: the next input has to open the skill again.
import type { Skill } from 'ask-sdk-core';
import { buildAlexaSkill } from '../../lambda/alexa/skill.js';
import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { createConversation, type Conversation } from '../../lambda/core/conversation.js';
import type { Fulfillment } from '../../lambda/google/fulfillment.js';
import type { WebhookResponse } from '../../lambda/google/webhook-types.js';
import type { Store } from '../../lambda/store/port.js';
import {
  intentRequest, launchRequest, newAlexaSessionId, sessionEndedRequest, SIM_SKILL_ID, type AlexaRequestOptions,
} from './alexa-requests.js';
import { DialogflowContexts, newGoogleSessionPath, webhookRequest } from './google-requests.js';
import { openPhrase, parseLaunch } from './launch.js';
import { FALLBACK_INTENT, type LanguageUnderstanding, type Understanding } from './nlu/types.js';
import { accessToken, platformUserId, type Shopper } from './shopper.js';
import { alexaModel, dialogflowAgent, type Platform } from './skill-models.js';
import { alexaAnswer, googleAnswer, spokenSlots, type Answer, type TurnRecord } from './transcript.js';

export interface SessionOptions {
  platform: Platform;
  locale: string;
  store: Store;
  understanding: LanguageUnderstanding;
  shopper: Shopper;
  /** The applicationId Alexa requests carry (a replay file's skillId). */
  skillId?: string;
  /** The timestamp on every request (--now); the clock's time when absent. */
  now?: Date;
}

/** The result of one input: a turn the skill answered, or a notice when nothing reached the skill. */
export type Outcome =
  | { kind: 'turn'; turn: TurnRecord; /** Why the turn did not get a proper answer, when it did not. */ problem?: string }
  | { kind: 'notice'; reason: 'empty' | 'notOpen'; message: string };

interface Sent {
  answer: Answer;
  problem?: string;
}

/** What one platform's device keeps between turns, and how it sends one. */
interface Line {
  readonly open: boolean;
  send(understanding: Understanding, queryText: string, now: Date): Promise<Sent>;
  /** Ends an open session the way the platform does (Alexa: SessionEndedRequest USER_INITIATED). */
  end(now: Date): Promise<void>;
  /** The last request sent and the response to it, for inspection (tests, debugging). */
  readonly last?: { request: unknown; response: unknown };
}

/** Collects what the core logs as an error during one request, without printing turn logs. */
class ErrorWatch {
  private error: string | undefined;
  readonly log = (entry: { outcome: string; error?: string }) => {
    if (entry.outcome === 'error') this.error = entry.error ?? 'the skill failed';
  };

  async during<T>(work: () => Promise<T>): Promise<{ result: T; error?: string }> {
    this.error = undefined;
    const result = await work();
    return { result, ...(this.error ? { error: `the skill failed: ${this.error}` } : {}) };
  }
}

class AlexaLine implements Line {
  private readonly skill: Skill;
  private sessionId = '';
  private attributes: Record<string, unknown> = {};
  private isOpen = false;
  last?: { request: unknown; response: unknown };

  constructor(conversation: Conversation, private readonly options: SessionOptions, private readonly watch: ErrorWatch) {
    this.skill = buildAlexaSkill(conversation);
  }

  get open(): boolean {
    return this.isOpen;
  }

  private requestOptions(now: Date, isNew: boolean): AlexaRequestOptions {
    const { shopper, locale, skillId } = this.options;
    return {
      caller: { applicationId: skillId ?? SIM_SKILL_ID, userId: platformUserId('alexa', shopper), accessToken: accessToken(shopper), locale },
      session: { sessionId: this.sessionId, isNew, attributes: this.attributes },
      now,
    };
  }

  async send(understanding: Understanding, _queryText: string, now: Date): Promise<Sent> {
    const isNew = !this.isOpen;
    if (isNew) {
      this.sessionId = newAlexaSessionId();
      this.attributes = {};
    }
    const options = this.requestOptions(now, isNew);
    const model = alexaModel(this.options.locale);
    const request = understanding.intent === 'LaunchRequest'
      ? launchRequest(options)
      : intentRequest({
        ...options,
        understanding,
        declarations: model.slots.get(understanding.intent) ?? [],
        inDialogModel: model.dialogIntents.has(understanding.intent),
      });
    const { result: response, error } = await this.watch.during(() => this.skill.invoke(request));
    this.last = { request, response };
    const answer = alexaAnswer(response);
    this.isOpen = !answer.endSession;
    this.attributes = this.isOpen ? { ...(response.sessionAttributes ?? {}) } : {};
    return { answer, ...(error ? { problem: error } : {}) };
  }

  async end(now: Date): Promise<void> {
    if (!this.isOpen) return;
    const request = sessionEndedRequest(this.requestOptions(now, false), 'USER_INITIATED');
    const response = await this.skill.invoke(request);
    this.last = { request, response };
    this.isOpen = false;
    this.attributes = {};
  }
}

class GoogleLine implements Line {
  private session = '';
  private readonly contexts = new DialogflowContexts();
  private isOpen = false;
  last?: { request: unknown; response: unknown };

  constructor(private readonly fulfillment: Fulfillment, private readonly options: SessionOptions, private readonly watch: ErrorWatch) {}

  get open(): boolean {
    return this.isOpen;
  }

  async send(understanding: Understanding, queryText: string, now: Date): Promise<Sent> {
    const isNew = !this.isOpen;
    if (isNew) {
      this.session = newGoogleSessionPath();
      this.contexts.clear();
    }
    const { shopper, locale } = this.options;
    const active = this.contexts.beginQuery();
    const request = webhookRequest({
      agent: dialogflowAgent(locale),
      caller: { userId: platformUserId('google', shopper), accessToken: accessToken(shopper), locale },
      session: this.session,
      contexts: this.contexts,
      active,
      queryText,
      understanding,
      isNew,
      now,
    });
    const { result, error } = await this.watch.during(() => this.fulfillment(request, { 'content-type': 'application/json' }));
    this.last = { request, response: result.body };
    if (result.status !== 200) {
      const reason = (result.body as { error?: string }).error ?? `status ${result.status}`;
      return { answer: { speech: '', reprompt: null, endSession: !this.isOpen, card: null }, problem: `the webhook refused the request: ${reason}` };
    }
    const answer = googleAnswer(result.body);
    this.contexts.applyResponse((result.body as WebhookResponse).outputContexts);
    this.isOpen = !answer.endSession;
    if (!this.isOpen) this.contexts.clear();
    return { answer, ...(error ? { problem: error } : {}) };
  }

  async end(): Promise<void> {
    // The Assistant simply closes the conversation; Dialogflow drops its contexts with the session.
    this.isOpen = false;
    this.contexts.clear();
  }
}

export class SimSession {
  private constructor(
    readonly options: SessionOptions,
    private readonly line: Line,
  ) {}

  static async create(options: SessionOptions): Promise<SimSession> {
    const watch = new ErrorWatch();
    // No turn logs: the transcript is the output (the same as SKILL_LOG=off).
    const conversation = createConversation({ store: options.store, commerce: new EmbeddedCommerce(options.store), log: watch.log });
    if (options.platform === 'alexa') return new SimSession(options, new AlexaLine(conversation, options, watch));
    // actions-on-google loads only for Google runs, as on the server.
    const { createGoogleFulfillment } = await import('../../lambda/google/fulfillment.js');
    return new SimSession(options, new GoogleLine(createGoogleFulfillment(conversation), options, watch));
  }

  get platform(): Platform {
    return this.options.platform;
  }

  get locale(): string {
    return this.options.locale;
  }

  /** Whether the skill is open on the device (a session is going on). */
  get open(): boolean {
    return this.line.open;
  }

  /** The last request sent and its response (an Alexa envelope, a Dialogflow webhook body). */
  get lastExchange(): { request: unknown; response: unknown } | undefined {
    return this.line.last;
  }

  /** How to open the skill in this locale, for hints. */
  get openPhrase(): string {
    return openPhrase(this.options.locale, this.options.understanding.invocationName);
  }

  private now(): Date {
    return this.options.now ? new Date(this.options.now) : new Date();
  }

  private understand(text: string): { understanding: Understanding; problem?: string } {
    try {
      const understanding = this.options.understanding.understand(text);
      if (!understanding || typeof understanding.intent !== 'string') throw new Error('it returned no intent');
      return { understanding: { ...understanding, slots: understanding.slots ?? {} } };
    } catch (err) {
      return {
        understanding: { intent: FALLBACK_INTENT, slots: {}, confidence: 0 },
        problem: `the understanding failed: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
  }

  /** One input from the shopper. */
  async say(text: string): Promise<Outcome> {
    const input = text.trim();
    if (!input) return { kind: 'notice', reason: 'empty', message: 'nothing was said' };
    const launch = parseLaunch(input, this.options.locale, this.options.understanding.invocationName);
    if (!this.line.open && !launch) {
      return {
        kind: 'notice',
        reason: 'notOpen',
        message: `the skill is not open, so a device would not pass this on; open it first ("${this.openPhrase}") or ask it in one go`,
      };
    }
    let understanding: Understanding;
    let problem: string | undefined;
    let queryText = input;
    if (launch?.kind === 'open') {
      understanding = { intent: 'LaunchRequest', slots: {}, confidence: 1 };
    } else {
      queryText = launch?.kind === 'oneShot' ? launch.rest : input;
      ({ understanding, problem } = this.understand(queryText));
    }
    const sent = await this.line.send(understanding, queryText, this.now());
    problem ??= sent.problem;
    if (!problem && !sent.answer.speech) problem = 'the skill gave no answer';
    const turn: TurnRecord = {
      user: input,
      intent: understanding.intent,
      slots: spokenSlots(understanding.slots),
      ...sent.answer,
    };
    return { kind: 'turn', turn, ...(problem ? { problem } : {}) };
  }

  /** Ends the session (Alexa: SessionEndedRequest, reason USER_INITIATED); the store stays as it is. */
  async reset(): Promise<void> {
    await this.line.end(this.now());
  }
}
