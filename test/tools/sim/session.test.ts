import { expect } from 'chai';
import type { IntentRequest, RequestEnvelope, SessionEndedRequest } from 'ask-sdk-model';
import type { WebhookRequest } from '../../../lambda/google/webhook-types.js';
import type { SimSession } from '../../../tools/sim/session.js';
import { openSimulation, type Simulation } from '../../../tools/sim/simulation.js';
import type { Platform } from '../../../tools/sim/skill-models.js';
import type { TurnRecord } from '../../../tools/sim/transcript.js';
import { demoSeedData } from '../../../lambda/store/seed.js';
import { ENGLISH, stubUnderstanding, type StubUnderstanding } from './stub-understanding.js';

const NOW = new Date('2026-11-22T10:00:00Z');

async function turnOf(session: SimSession, text: string): Promise<TurnRecord> {
  const outcome = await session.say(text);
  if (outcome.kind !== 'turn') throw new Error(`expected a turn for "${text}", got a notice: ${outcome.message}`);
  expect(outcome.problem, text).to.equal(undefined);
  return outcome.turn;
}

function alexaRequest(session: SimSession): RequestEnvelope {
  return session.lastExchange!.request as RequestEnvelope;
}

function googleRequest(session: SimSession): WebhookRequest {
  return session.lastExchange!.request as WebhookRequest;
}

describe('simulator: a device session', () => {
  let simulation: Simulation;
  let understanding: StubUnderstanding;

  async function open(platform: Platform, options: { unlinked?: boolean; customerId?: string } = {}): Promise<SimSession> {
    understanding = stubUnderstanding(ENGLISH);
    simulation = await openSimulation({ platform, locale: 'en-US', seed: demoSeedData(), understanding, now: NOW, ...options });
    return simulation.session;
  }

  afterEach(async () => {
    await simulation?.close();
  });

  describe('on Alexa', () => {
    it('opens with a LaunchRequest in a new session and keeps it open for the next turn', async () => {
      const session = await open('alexa');
      const turn = await turnOf(session, 'open northwind market');
      expect(turn).to.deep.include({ user: 'open northwind market', intent: 'LaunchRequest', endSession: false });
      expect(turn.speech).to.match(/^Hi Emily/);
      expect(alexaRequest(session).session!.new).to.equal(true);
      expect(session.open).to.equal(true);
    });

    it('sends the next turn in the same session with the attributes the last response set', async () => {
      const session = await open('alexa');
      await turnOf(session, 'open northwind market');
      const first = alexaRequest(session);
      const attributes = (session.lastExchange!.response as { sessionAttributes?: Record<string, unknown> }).sessionAttributes;
      await turnOf(session, 'what did I order last time');
      const second = alexaRequest(session);
      expect(second.session!.new).to.equal(false);
      expect(second.session!.sessionId).to.equal(first.session!.sessionId);
      expect(second.session!.attributes).to.deep.equal(attributes);
      expect(second.request.requestId).to.not.equal(first.request.requestId);
    });

    it('remembers the open question across turns: "no" after "what did I order last time" declines the reorder', async () => {
      const session = await open('alexa');
      await turnOf(session, 'open northwind market');
      expect((await turnOf(session, 'what did I order last time')).speech).to.match(/order it again\?/);
      expect((await turnOf(session, 'no')).speech).to.match(/You can say "reorder my last order"/);
    });

    it('puts the linked token, a stable user id and the --now time on every request', async () => {
      const session = await open('alexa');
      await turnOf(session, 'open northwind market');
      const env = alexaRequest(session);
      expect(env.context.System.user).to.deep.equal({ userId: 'amzn1.ask.account.DEMO_US_1', accessToken: 'token-us-1' });
      expect(env.request.timestamp).to.equal('2026-11-22T10:00:00Z');
    });

    it('needs the skill opened again after a response that ends the session', async () => {
      const session = await open('alexa');
      await turnOf(session, 'open northwind market');
      const status = await turnOf(session, 'where is my order');
      expect(status.endSession).to.equal(true);
      expect(session.open).to.equal(false);
      const ignored = await session.say('where is my order');
      expect(ignored).to.deep.include({ kind: 'notice', reason: 'notOpen' });
      const before = alexaRequest(session).session!.sessionId;
      await turnOf(session, 'open northwind market');
      expect(alexaRequest(session).session!.new).to.equal(true);
      expect(alexaRequest(session).session!.sessionId).to.not.equal(before);
    });

    it('sends a one-shot request as an IntentRequest of a new session and gives the understanding only the request', async () => {
      const session = await open('alexa');
      const turn = await turnOf(session, 'ask northwind market to reorder the coffee beans');
      expect(understanding.heard).to.deep.equal(['reorder the coffee beans']);
      expect(turn).to.deep.include({ intent: 'ReorderIntent', slots: { item: 'coffee beans' } });
      const env = alexaRequest(session);
      expect(env.session!.new).to.equal(true);
      expect((env.request as IntentRequest).intent.name).to.equal('ReorderIntent');
    });

    it('takes "tell me where my order is" inside a session as a request, not a launch', async () => {
      const session = await open('alexa');
      await turnOf(session, 'open northwind market');
      const turn = await turnOf(session, 'tell me where my order is');
      expect(understanding.heard).to.deep.equal(['tell me where my order is']);
      expect(turn.intent).to.equal('OrderStatusIntent');
    });

    it('does not pass on "tell me where my order is" while the skill is closed', async () => {
      const session = await open('alexa');
      expect(await session.say('tell me where my order is')).to.deep.include({ kind: 'notice', reason: 'notOpen' });
      expect(understanding.heard).to.deep.equal([]);
    });

    it('sends a SessionEndedRequest (USER_INITIATED) on reset and keeps the store', async () => {
      const session = await open('alexa');
      await turnOf(session, 'open northwind market');
      await session.reset();
      expect((alexaRequest(session).request as SessionEndedRequest)).to.deep.include({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
      expect(session.open).to.equal(false);
      expect((await turnOf(session, 'open northwind market')).speech).to.match(/^Hi Emily/);
    });

    it('asks a shopper who has not linked to link, with the account-linking card, and sends no token', async () => {
      const session = await open('alexa', { unlinked: true });
      const turn = await turnOf(session, 'ask northwind market what did I order last time');
      expect(turn.card).to.deep.equal({ title: 'LinkAccount', text: '' });
      expect(alexaRequest(session).context.System.user).to.not.have.property('accessToken');
      expect(alexaRequest(session).context.System.user.userId).to.not.equal('amzn1.ask.account.DEMO_US_1');
    });

    it('notes an empty input without sending anything', async () => {
      const session = await open('alexa');
      expect(await session.say('   ')).to.deep.include({ kind: 'notice', reason: 'empty' });
      expect(session.lastExchange).to.equal(undefined);
    });

    it('answers with the fallback when the understanding throws, and reports it', async () => {
      const session = await open('alexa');
      await turnOf(session, 'open northwind market');
      understanding.understand = () => {
        throw new Error('boom');
      };
      const outcome = await session.say('anything');
      expect(outcome.kind).to.equal('turn');
      if (outcome.kind !== 'turn') return;
      expect(outcome.turn.intent).to.equal('AMAZON.FallbackIntent');
      expect(outcome.turn.speech).to.match(/can't help with that/);
      expect(outcome.problem).to.match(/understanding failed: boom/);
    });
  });

  describe('on Google', () => {
    it('opens with the welcome intent and carries the dialog context to the next request', async () => {
      const session = await open('google');
      const welcome = await turnOf(session, 'open northwind market');
      expect(welcome).to.deep.include({ intent: 'LaunchRequest', endSession: false, reprompt: null });
      expect(googleRequest(session).queryResult.intent.displayName).to.equal('Default Welcome Intent');
      const set = (session.lastExchange!.response as { outputContexts?: { name: string }[] }).outputContexts ?? [];
      expect(set.map((c) => c.name.split('/').pop())).to.include('skill_dialog');
      await turnOf(session, 'what did I order last time');
      const next = googleRequest(session);
      expect(next.queryResult.outputContexts!.map((c) => c.name.split('/').pop())).to.include('skill_dialog');
      expect(next.originalDetectIntentRequest!.payload!.conversation).to.deep.include({ type: 'ACTIVE' });
      expect((await turnOf(session, 'no')).speech).to.match(/You can say "reorder my last order"/);
    });

    it('closes the conversation when the response expects no answer, and starts a new Dialogflow session on reopening', async () => {
      const session = await open('google');
      await turnOf(session, 'open northwind market');
      const first = googleRequest(session).session;
      expect((await turnOf(session, 'where is my order')).endSession).to.equal(true);
      expect(session.open).to.equal(false);
      expect(await session.say('where is my order')).to.deep.include({ kind: 'notice', reason: 'notOpen' });
      await turnOf(session, 'open northwind market');
      const second = googleRequest(session);
      expect(second.session).to.not.equal(first);
      expect(second.session).to.match(/^projects\/northwind-sim\/agent\/sessions\//);
      expect(second.queryResult.outputContexts!.map((c) => c.name.split('/').pop())).to.not.include('skill_dialog');
    });

    it('shows the order card of a Google response', async () => {
      const session = await open('google');
      const turn = await turnOf(session, 'talk to northwind market');
      expect(turn.card).to.equal(null);
      expect(googleRequest(session).originalDetectIntentRequest!.payload!.user).to.deep.include({ accessToken: 'token-us-1', userId: 'google-user-us-1' });
    });
  });
});
