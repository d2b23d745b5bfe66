import { expect } from 'chai';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildAlexaSkill } from '../../lambda/alexa/skill.js';
import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { createConversation } from '../../lambda/core/conversation.js';
import type { SqliteStore } from '../../lambda/store/sqlite.js';
import { memoryStore } from '../support/fake-platform.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';
import { envelope } from './envelopes.js';

const NOW = '2026-11-22T15:00:00Z';

const robin = aCustomer({
  name: 'Robin',
  accessToken: 'token-skill-robin',
  orders: [anOrder({ placedAt: '2026-11-01T10:00:00Z', status: 'delivered', lines: [aLine('coffee beans', { quantity: 2, unitPrice: 12.5 })] })],
});
/** A shopper whose product name has characters SSML must escape. */
const sam = aCustomer({
  name: 'Sam',
  accessToken: 'token-skill-sam',
  orders: [anOrder({
    placedAt: '2026-11-20T10:00:00Z',
    status: 'shipped',
    lines: [aLine('Mac & Cheese <Family Size>')],
    shipment: { carrier: 'UPS', eta: '2026-11-24' },
  })],
});
const seed = aSeed([robin, sam], { seller: { name: 'Harbor Goods' } });

function speech(res: ResponseEnvelope): string {
  return (res.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
}

describe('Alexa skill (ask-sdk-core) on the core conversation', () => {
  let store: SqliteStore;
  let skill: Skill;
  const ask = (env: RequestEnvelope): Promise<ResponseEnvelope> => skill.invoke(env);

  beforeEach(() => {
    store = memoryStore(seed);
    skill = buildAlexaSkill(createConversation({ store, commerce: new EmbeddedCommerce(store) }));
  });

  afterEach(() => store.close());

  describe('speech', () => {
    it('wraps the spoken answer in <speak> as SSML', async () => {
      const res = await ask(envelope('launch', { token: robin.accessToken, timestamp: NOW }));
      expect(res.response.outputSpeech).to.include({ type: 'SSML' });
      expect(speech(res)).to.match(/^<speak>.*Robin.*<\/speak>$/s);
    });

    it('adds a reprompt and keeps the session open when the skill asks a question', async () => {
      const res = await ask(envelope('launch', { token: robin.accessToken, timestamp: NOW }));
      expect(res.response.shouldEndSession).to.equal(false);
      expect((res.response.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml).to.match(/^<speak>.+<\/speak>$/s);
    });

    it('ends the session without a reprompt after a status answer', async () => {
      const res = await ask(envelope('order-status', { token: sam.accessToken, timestamp: NOW }));
      expect([res.response.shouldEndSession, res.response.reprompt]).to.deep.equal([true, undefined]);
    });

    it('escapes & and < of a product name in the SSML', async () => {
      const res = await ask(envelope('order-status', { token: sam.accessToken, timestamp: NOW }));
      expect(speech(res)).to.include('Mac &amp; Cheese &lt;Family Size&gt;');
    });

    it('says nothing in answer to a SessionEndedRequest', async () => {
      const res = await ask(envelope('session-ended', { token: robin.accessToken, timestamp: NOW }));
      expect(res.response.outputSpeech).to.equal(undefined);
    });

    it('answers an intent name it does not know with a spoken fallback, not an error', async () => {
      const res = await ask(envelope('order-status', { token: robin.accessToken, timestamp: NOW, intent: 'PlayMusicIntent' }));
      expect(speech(res)).to.include("Sorry, I can't help with that.");
    });
  });

  describe('dialog state across requests', () => {
    it('carries the pending cart in the session attributes while it waits for a yes', async () => {
      const res = await ask(envelope('reorder-item', { token: robin.accessToken, timestamp: NOW }));
      expect((res.sessionAttributes?.dialog as { pending?: { kind: string } }).pending?.kind).to.equal('confirmOrder');
    });

    it('places the order once when the yes carries the previous response\'s session attributes', async () => {
      const offered = await ask(envelope('reorder-item', { token: robin.accessToken, timestamp: NOW }));
      const placed = await ask(envelope('yes', { token: robin.accessToken, timestamp: '2026-11-22T15:00:20Z', attributes: offered.sessionAttributes }));
      const orders = await store.recentOrders(robin.id, new Date('2026-11-23T00:00:00Z'));
      expect(orders.filter((o) => o.status === 'placed')).to.have.length(1);
      expect(speech(placed)).to.include('Done!');
    });

    it('places nothing more when Alexa retries the same yes', async () => {
      const offered = await ask(envelope('reorder-item', { token: robin.accessToken, timestamp: NOW }));
      const yes = envelope('yes', { token: robin.accessToken, timestamp: '2026-11-22T15:00:20Z', attributes: offered.sessionAttributes });
      await ask(yes);
      await ask(yes);
      const orders = await store.recentOrders(robin.id, new Date('2026-11-23T00:00:00Z'));
      expect(orders.filter((o) => o.status === 'placed')).to.have.length(1);
    });

    it("says the cart is gone when the yes names a cart the store doesn't have", async () => {
      const res = await ask(envelope('yes', { token: robin.accessToken, timestamp: NOW }));
      expect(speech(res)).to.include("That order isn't waiting anymore");
    });

    it('names what it could not find when entity resolution had no match and the history neither', async () => {
      const res = await ask(envelope('reorder-unknown-item', { token: robin.accessToken, timestamp: NOW }));
      expect(speech(res)).to.include('I couldn\'t find anything called "unicorn snacks" in your orders.');
    });

    it('places nothing on a yes whose session attributes carry no pending cart', async () => {
      await ask(envelope('reorder-item', { token: robin.accessToken, timestamp: NOW }));
      await ask(envelope('yes', { token: robin.accessToken, timestamp: '2026-11-22T15:00:20Z', attributes: {} }));
      const orders = await store.recentOrders(robin.id, new Date('2026-11-23T00:00:00Z'));
      expect(orders.filter((o) => o.status === 'placed')).to.have.length(0);
    });
  });

  describe('cards', () => {
    it('shows a simple card with the order number after an order', async () => {
      const offered = await ask(envelope('reorder-item', { token: robin.accessToken, timestamp: NOW }));
      const placed = await ask(envelope('yes', { token: robin.accessToken, timestamp: NOW, attributes: offered.sessionAttributes }));
      const [order] = await store.recentOrders(robin.id, new Date('2026-11-23T00:00:00Z'));
      expect(placed.response.card).to.include({ type: 'Simple' });
      expect((placed.response.card as { content: string }).content).to.include(order.id);
    });

    it('shows the LinkAccount card to a shopper whose account is not linked', async () => {
      const res = await ask(envelope('launch-unlinked', { timestamp: NOW }));
      expect(res.response.card?.type).to.equal('LinkAccount');
    });
  });

  describe('skill id', () => {
    it('rejects a request for another skill id when the skill is built with one', async () => {
      const guarded = buildAlexaSkill(createConversation({ store, commerce: new EmbeddedCommerce(store) }), 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000');
      const error = await guarded.invoke(envelope('launch', { token: robin.accessToken })).then(() => undefined, (err: Error) => err);
      expect(error?.message).to.match(/skill id/i);
    });

    it('answers a request for its own skill id when the skill is built with it', async () => {
      const guarded = buildAlexaSkill(createConversation({ store, commerce: new EmbeddedCommerce(store) }), 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000');
      const res = await guarded.invoke(envelope('launch', { token: robin.accessToken, applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' }));
      expect(speech(res)).to.include('Robin');
    });
  });
});
