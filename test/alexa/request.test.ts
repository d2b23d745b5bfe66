import { expect } from 'chai';
import { toTurn } from '../../lambda/alexa/request.js';
import { envelope } from './envelopes.js';

describe('Alexa request envelope -> Turn', () => {
  describe('request kinds', () => {
    it('maps a LaunchRequest to a launch turn named LaunchRequest', () => {
      const turn = toTurn(envelope('launch'));
      expect([turn.kind, turn.intent]).to.deep.equal(['launch', 'LaunchRequest']);
    });

    it('maps a SessionEndedRequest to a sessionEnded turn', () => {
      expect(toTurn(envelope('session-ended')).kind).to.equal('sessionEnded');
    });

    it('maps an IntentRequest to an intent turn with the exact intent name', () => {
      const turn = toTurn(envelope('order-status'));
      expect([turn.kind, turn.intent]).to.deep.equal(['intent', 'OrderStatusIntent']);
    });

    it('keeps a built-in intent name as Alexa sends it', () => {
      expect(toTurn(envelope('yes')).intent).to.equal('AMAZON.YesIntent');
    });
  });

  describe('slots', () => {
    it('carries the spoken value and the ER_SUCCESS_MATCH names of a custom slot', () => {
      const turn = toTurn(envelope('reorder-item'));
      expect(turn.slots.item).to.deep.equal({ spoken: 'the coffee', resolved: ['coffee beans'] });
    });

    it('carries only the spoken value when entity resolution found no match', () => {
      const turn = toTurn(envelope('reorder-unknown-item'));
      expect(turn.slots.item).to.deep.equal({ spoken: 'unicorn snacks' });
    });

    it('leaves a slot Alexa sent without a value undefined', () => {
      const turn = toTurn(envelope('reorder-item'));
      expect(turn.slots).to.have.property('quantity', undefined);
    });

    it('carries a built-in slot value without resolutions', () => {
      const turn = toTurn(envelope('reorder-item', { slots: { quantity: '3' } }));
      expect(turn.slots.quantity).to.deep.equal({ spoken: '3' });
    });

    it('keeps every resolved name, best first', () => {
      const turn = toTurn(envelope('reorder-item', { slots: { item: { value: 'decaf', resolved: ['decaf coffee pods', 'coffee beans'] } } }));
      expect(turn.slots.item?.resolved).to.deep.equal(['decaf coffee pods', 'coffee beans']);
    });
  });

  describe('who, when and where', () => {
    it('takes the locale from the request', () => {
      expect(toTurn(envelope('order-status', { locale: 'de-DE' })).locale).to.equal('de-DE');
    });

    it("uses the request's timestamp as now, so a replay answers the same", () => {
      const turn = toTurn(envelope('order-status', { timestamp: '2026-12-24T08:30:00Z' }));
      expect(turn.now.toISOString()).to.equal('2026-12-24T08:30:00.000Z');
    });

    it('reads the account-linking token from context.System.user', () => {
      const env = envelope('order-status', { token: 'Atza|context-token' });
      env.session!.user.accessToken = 'Atza|stale-session-token';
      expect(toTurn(env).user.accessToken).to.equal('Atza|context-token');
    });

    it('has no access token when the account is not linked', () => {
      expect(toTurn(envelope('launch-unlinked')).user.accessToken).to.equal(undefined);
    });

    it('carries the Alexa user id', () => {
      expect(toTurn(envelope('order-status', { userId: 'amzn1.ask.account.TESTUSER' })).user.userId).to.equal('amzn1.ask.account.TESTUSER');
    });

    it('carries the request id and session id', () => {
      const env = envelope('order-status', { requestId: 'amzn1.echo-api.request.test-1' });
      const turn = toTurn(env);
      expect([turn.requestId, turn.sessionId]).to.deep.equal(['amzn1.echo-api.request.test-1', env.session!.sessionId]);
    });

    it('says the platform is alexa', () => {
      expect(toTurn(envelope('launch')).platform).to.equal('alexa');
    });
  });

  describe('session', () => {
    it('turns the dialog session attribute into the dialog state', () => {
      const turn = toTurn(envelope('yes'));
      expect(turn.state.pending).to.deep.equal({ kind: 'confirmOrder', cartId: 'cart-2f9c1e7a' });
    });

    it('starts with an empty dialog state when the session has no attributes', () => {
      expect(toTurn(envelope('launch')).state).to.deep.equal({});
    });

    it('reports a new session as new', () => {
      expect([toTurn(envelope('launch')).newSession, toTurn(envelope('yes')).newSession]).to.deep.equal([true, false]);
    });
  });

  describe('capabilities', () => {
    it('has a screen when the device supports APL', () => {
      expect(toTurn(envelope('launch')).capabilities.screen).to.equal(true);
    });

    it('has a screen when the device supports the legacy Display interface', () => {
      const turn = toTurn(envelope('order-status', { supportedInterfaces: { AudioPlayer: {}, Display: { templateVersion: '1.0', markupVersion: '1.0' } } }));
      expect(turn.capabilities.screen).to.equal(true);
    });

    it('has no screen on a speaker that supports only audio', () => {
      expect(toTurn(envelope('order-status')).capabilities.screen).to.equal(false);
    });
  });
});
