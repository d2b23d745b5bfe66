import { expect } from 'chai';
import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { createConversation } from '../../lambda/core/conversation.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import { createGoogleFulfillment } from '../../lambda/google/fulfillment.js';
import { toTurn } from '../../lambda/google/request.js';
import type { WebhookRequest, WebhookResponse } from '../../lambda/google/webhook-types.js';
import type { SqliteStore } from '../../lambda/store/sqlite.js';
import { memoryStore } from '../support/fake-platform.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';
import { phrase } from '../support/speech.js';
import { webhookRequest, type FixtureName, type WebhookOverrides } from './webhook-requests.js';

const NOW = '2026-11-22T15:00:00Z';

const turnOf = (name: FixtureName, overrides: WebhookOverrides = {}) => toTurn(webhookRequest(name, overrides));

describe('Dialogflow webhook request -> Turn', () => {
  describe('locale from queryResult.languageCode', () => {
    const cases: [string, string | null, string][] = [
      ['en', null, 'en-US'],
      ['en-us', null, 'en-US'],
      ['en-gb', null, 'en-GB'],
      ['en', 'en-GB', 'en-GB'],
      ['de', null, 'de-DE'],
      ['it', null, 'it-IT'],
      ['ja', null, 'ja-JP'],
      ['zh-cn', null, 'zh-CN'],
      ['zh-CN', null, 'zh-CN'],
    ];
    for (const [languageCode, assistantLocale, expected] of cases) {
      const from = assistantLocale ? `"${languageCode}" with the Assistant's "${assistantLocale}"` : `"${languageCode}"`;
      it(`reads ${from} as ${expected}`, () => {
        expect(turnOf('console-order-status', { languageCode, locale: assistantLocale }).locale).to.equal(expected);
      });
    }

    it('keeps the agent language when the Assistant\'s locale is another language', () => {
      expect(turnOf('assistant-launch', { languageCode: 'de', locale: 'en-US' }).locale).to.equal('de-DE');
    });

    it('passes an unknown language on for the core to fall back', () => {
      expect(turnOf('console-order-status', { languageCode: 'pt-br' }).locale).to.equal('pt-BR');
    });
  });

  describe('intent names', () => {
    it('maps the Default Welcome Intent to a launch turn', () => {
      const turn = turnOf('assistant-launch');
      expect([turn.kind, turn.intent]).to.deep.equal(['launch', 'LaunchRequest']);
    });

    it('maps the Default Fallback Intent to AMAZON.FallbackIntent', () => {
      expect(turnOf('fallback').intent).to.equal('AMAZON.FallbackIntent');
    });

    it('maps a "- yes" follow-up intent to AMAZON.YesIntent', () => {
      expect(turnOf('followup-yes').intent).to.equal('AMAZON.YesIntent');
    });

    it('maps a "- no" follow-up intent to AMAZON.NoIntent', () => {
      expect(turnOf('followup-yes', { intent: 'LastOrderIntent - no' }).intent).to.equal('AMAZON.NoIntent');
    });

    it('keeps every other intent name as the agent has it', () => {
      const turn = turnOf('console-order-status');
      expect([turn.kind, turn.intent]).to.deep.equal(['intent', 'OrderStatusIntent']);
    });
  });

  describe('parameters -> slots', () => {
    it('takes the words said from "<name>.original" and the entity value as the resolved name', () => {
      expect(turnOf('assistant-reorder').slots.item).to.deep.equal({ spoken: 'the coffee', resolved: ['coffee beans'] });
    });

    it('takes a number as the platform read it, not the words ("three" -> 3)', () => {
      expect(turnOf('assistant-reorder').slots.quantity).to.deep.equal({ spoken: '3' });
    });

    it('keeps a voice code as its digits, even when the words were said', () => {
      const turn = turnOf('assistant-reorder', { intent: 'VoiceCodeIntent', parameters: { code: '0815' }, originals: { code: 'zero eight one five' } });
      expect(turn.slots.code).to.deep.equal({ spoken: '0815' });
    });

    it('carries a parameter without an ".original" as it is', () => {
      expect(turnOf('assistant-reorder', { parameters: { item: 'oat milk' } }).slots.item).to.deep.equal({ spoken: 'oat milk' });
    });

    it('leaves an unfilled parameter ("") out', () => {
      expect(turnOf('telephony-order-status').slots).to.deep.equal({});
    });

    it('joins a list parameter into one value', () => {
      const turn = turnOf('assistant-reorder', { parameters: { item: ['coffee beans', 'oat milk'] } });
      expect(turn.slots.item?.spoken).to.equal('coffee beans, oat milk');
    });

    it('ignores the words of an earlier turn a follow-up context still carries', () => {
      // reorderintent-followup still holds "the coffee" from the read-back; this turn said "the oat milk".
      const body = webhookRequest('followup-yes', { intent: 'RemoveItemIntent' });
      body.queryResult.parameters = { item: 'oat milk' };
      body.queryResult.outputContexts!.push({
        name: `${body.session}/contexts/__system_counters__`,
        parameters: { 'no-input': 0, 'no-match': 0, item: 'oat milk', 'item.original': 'the oat milk' },
      });
      expect(toTurn(body).slots.item).to.deep.equal({ spoken: 'the oat milk', resolved: ['oat milk'] });
    });
  });

  describe('dialog state from the skill_dialog output context', () => {
    const state = { pending: { kind: 'confirmOrder' as const, cartId: 'cart-1' }, misunderstandings: 1 };

    it('reads the state the last response wrote', () => {
      expect(turnOf('assistant-reorder', { state }).state).to.deep.equal(state);
    });

    it('finds the context whatever the case of its name', () => {
      const body = webhookRequest('assistant-reorder', { state });
      const context = body.queryResult.outputContexts!.find((c) => c.name.endsWith('/skill_dialog'))!;
      context.name = context.name.replace('skill_dialog', 'SKILL_DIALOG');
      expect(toTurn(body).state).to.deep.equal(state);
    });

    it('starts a new session when there is no state context', () => {
      const turn = turnOf('assistant-reorder', { state: null });
      expect([turn.state, turn.newSession]).to.deep.equal([{}, true]);
    });

    it('continues the session when there is one', () => {
      expect(turnOf('assistant-reorder', { state }).newSession).to.equal(false);
    });

    for (const garbage of ['not json', '{"pending":', 'null', '42', '"text"', '[1,2]']) {
      it(`reads a garbage state (${garbage}) as an empty one`, () => {
        expect(turnOf('assistant-reorder', { state: garbage }).state).to.deep.equal({});
      });
    }
  });

  describe('who, when and where', () => {
    it('carries the Assistant\'s account-linking token and user id', () => {
      expect(turnOf('assistant-launch').user).to.deep.equal({
        accessToken: 'ya29.LinkedAccountTokenExample0001', userId: 'ABwppHGZqRfmHyEvJd1ZTtCr3R5Dx4jmpNpXyLzYbC9Wk0aQ',
      });
    });

    it('has no user at all from the console, the web demo or the phone gateway', () => {
      for (const name of ['console-order-status', 'web-demo-last-order.zh-cn', 'telephony-order-status'] as const) {
        expect(turnOf(name).user).to.deep.equal({ accessToken: undefined, userId: undefined });
      }
    });

    it('treats an empty token as none', () => {
      expect(turnOf('assistant-launch', { token: '' }).user.accessToken).to.equal(undefined);
    });

    it('uses the pinned request time (payload.timestamp) as now', () => {
      expect(turnOf('assistant-launch', { timestamp: NOW }).now.toISOString()).to.equal('2026-11-22T15:00:00.000Z');
    });

    it('uses the time of arrival when no time is pinned or it is unreadable', () => {
      for (const timestamp of [undefined, 'yesterday']) {
        const before = Date.now();
        const now = turnOf('assistant-launch', timestamp ? { timestamp } : {}).now.getTime();
        expect(now).to.be.within(before, Date.now());
      }
    });

    it('carries the response id as request id and the session path as session id', () => {
      const turn = turnOf('assistant-launch');
      expect(turn.requestId).to.equal('7c1f0a52-3b9e-4d8a-9f4e-2a6b8c0d1e3f-f6406966');
      expect(turn.sessionId).to.equal('projects/northwind-market/agent/sessions/ABwppHGZqRfmHyEvJd1ZTtCr3R5Dx4jmpNpXyLzYbC9Wk0aQ');
      expect(turn.platform).to.equal('google');
    });
  });

  describe('screen', () => {
    it('has a screen on an Assistant surface with SCREEN_OUTPUT', () => {
      expect(turnOf('assistant-launch').capabilities.screen).to.equal(true);
    });

    it('has none on an Assistant speaker', () => {
      expect(turnOf('assistant-reorder').capabilities.screen).to.equal(false);
    });

    it('shows text in the console and the web demo', () => {
      expect(turnOf('web-demo-last-order.zh-cn').capabilities.screen).to.equal(true);
    });

    it('has none on a phone call', () => {
      expect(turnOf('telephony-order-status').capabilities.screen).to.equal(false);
    });

    it('never offers an account-linking card', () => {
      expect(turnOf('assistant-launch').capabilities.accountLinkingCard).to.equal(false);
    });
  });
});

describe('Dialogflow fulfillment: who the shopper is and which language they hear', () => {
  const linked = aCustomer({
    name: 'Robin', accessToken: 'token-google-robin', googleUserIds: ['google-user-robin'],
    orders: [anOrder({ placedAt: '2026-11-20T10:00:00Z', status: 'shipped', lines: [aLine('desk lamp')], shipment: { carrier: 'UPS', eta: '2026-11-24' } })],
  });
  const other = aCustomer({ name: 'Sam', accessToken: 'token-google-sam', googleUserIds: ['google-user-sam'] });
  let store: SqliteStore;
  let fulfill: (body: WebhookRequest) => Promise<string>;

  beforeEach(() => {
    store = memoryStore(aSeed([linked, other]));
    const fulfillment = createGoogleFulfillment(createConversation({ store, commerce: new EmbeddedCommerce(store) }));
    fulfill = async (body) => {
      const result = await fulfillment(body, {});
      expect(result.status).to.equal(200);
      return (result.body as WebhookResponse).fulfillmentText;
    };
  });

  afterEach(() => store.close());

  const launch = (overrides: WebhookOverrides) => webhookRequest('assistant-launch', { timestamp: NOW, ...overrides });

  it('identifies the shopper by the access token first', async () => {
    expect(await fulfill(launch({ token: linked.accessToken, userId: 'google-user-sam' }))).to.include('Robin');
  });

  it('identifies the shopper by a Google user id from the seed when there is no token', async () => {
    expect(await fulfill(launch({ token: null, userId: 'google-user-sam' }))).to.include('Sam');
  });

  it('does not take an Alexa user id for a Google one', async () => {
    const alexaId = linked.alexaUserIds![0];
    // The Assistant's link prompt names the Google Home app, where its accounts are linked.
    const linkIn = phrase('en-US', 'account.linkNeeded', { seller: 'Harbor Goods', context: 'googleHome' }, 'google');
    expect(linkIn).to.include('Google Home app');
    expect(await fulfill(launch({ token: null, userId: alexaId }))).to.equal(linkIn);
  });

  it('tells a shopper who is not linked to link, in a sentence and without order data', async () => {
    const text = await fulfill(webhookRequest('telephony-order-status', { timestamp: NOW }));
    // A phone call through Dialogflow is no Assistant: there is no Google Home app to name.
    expect(text).to.equal(phrase('en-US', 'account.linkNeeded', { seller: 'Harbor Goods' }, 'google'));
    expect(text).not.to.include('Google Home');
    expect(text).not.to.include('desk lamp');
  });

  it('answers an agent language the skill does not speak in US English, as the core falls back', async () => {
    const text = await fulfill(launch({ languageCode: 'fr', locale: 'fr-FR', token: linked.accessToken }));
    expect(text).to.equal(ssmlToText(phrase('en-US', 'launch.welcome', { name: 'Robin', seller: 'Harbor Goods' }, 'google')));
  });

  it('answers an en-AU Assistant in English and a de-AT one in German', async () => {
    expect(await fulfill(launch({ languageCode: 'en', locale: 'en-AU', token: linked.accessToken })))
      .to.equal(phrase('en-US', 'launch.welcome', { name: 'Robin', seller: 'Harbor Goods' }, 'google'));
    expect(await fulfill(launch({ languageCode: 'de', locale: 'de-AT', token: linked.accessToken })))
      .to.equal(phrase('de-DE', 'launch.welcome', { name: 'Robin', seller: 'Harbor Goods' }, 'google'));
  });

  it('survives a garbage state context: the turn starts afresh', async () => {
    const body = webhookRequest('followup-yes', { timestamp: NOW, token: linked.accessToken, state: '{"pending":{"kind":' });
    expect(await fulfill(body)).to.equal(phrase('en-US', 'yesNo.nothingPending', {}, 'google'));
  });
});

describe('toTurn with odd payload fields', () => {
  it('ignores a non-string payload.user.locale and a non-list surface.capabilities instead of failing', () => {
    const body = {
      session: 'projects/p/agent/sessions/odd', responseId: 'r',
      queryResult: { languageCode: 'de', intent: { displayName: 'OrderStatusIntent' }, parameters: {} },
      originalDetectIntentRequest: { payload: { user: { locale: 5 }, surface: { capabilities: {} } } },
    };
    const turn = toTurn(body as never);
    expect(turn.locale).to.equal('de-DE');
    expect(turn.capabilities.screen).to.equal(true);
  });
});
