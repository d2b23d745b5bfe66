import { expect } from 'chai';
import type { Conversation } from '../../lambda/core/conversation.js';
import type { Reply, Turn } from '../../lambda/core/types.js';
import { createGoogleFulfillment } from '../../lambda/google/fulfillment.js';
import { QUICK_REPLY_MAX, quickReplyTitle } from '../../lambda/google/response.js';
import type { WebhookRequest, WebhookResponse } from '../../lambda/google/webhook-types.js';
import { webhookRequest, type FixtureName } from './webhook-requests.js';

/** A reply as a handler gives it; a test overrides what it looks at. */
function aReply(overrides: Partial<Reply> = {}): Reply {
  return { speech: 'Your lamp arrives <emphasis>tomorrow</emphasis>.', endSession: false, state: { misunderstandings: 0 }, ...overrides };
}

interface AssistantPayload {
  expectUserResponse: boolean;
  richResponse: {
    items: { simpleResponse?: { textToSpeech: string; displayText: string }; basicCard?: { title: string; formattedText: string } }[];
    suggestions?: { title: string }[];
  };
}

/** The fulfillment on a conversation that answers every turn with `reply` and remembers the turns it saw. */
function answering(reply: Reply | ((turn: Turn) => Reply | Promise<Reply>)) {
  const turns: Turn[] = [];
  const conversation: Conversation = async (turn) => {
    turns.push(turn);
    return typeof reply === 'function' ? reply(turn) : structuredClone(reply);
  };
  const fulfillment = createGoogleFulfillment(conversation);
  const respond = async (body: WebhookRequest | FixtureName = 'assistant-launch') => {
    const result = await fulfillment(typeof body === 'string' ? webhookRequest(body) : body, {});
    expect(result.status).to.equal(200);
    // As the route sends it: JSON on the wire.
    const response = JSON.parse(JSON.stringify(result.body)) as WebhookResponse;
    return { response, google: response.payload!.google as unknown as AssistantPayload };
  };
  return { respond, turns };
}

describe('Reply -> Dialogflow webhook response', () => {
  describe('what every channel gets', () => {
    it('writes the plain text of the speech as fulfillmentText: no tags, entities decoded', async () => {
      const { respond } = answering(aReply({ speech: 'Salt &amp; pepper <break time="300ms"/> arrives <emphasis>tomorrow</emphasis>.' }));
      const { response } = await respond();
      expect(response.fulfillmentText).to.equal('Salt & pepper arrives tomorrow.');
    });

    it('starts fulfillmentMessages with the same text, for channels that read messages', async () => {
      const { respond } = answering(aReply());
      const { response } = await respond('telephony-order-status');
      expect(response.fulfillmentMessages[0]).to.deep.equal({ text: { text: ['Your lamp arrives tomorrow.'] } });
    });

    it('offers the suggestions as quick replies while the conversation goes on', async () => {
      const { respond } = answering(aReply({ suggestions: ['Yes', 'No'] }));
      const { response } = await respond();
      expect(response.fulfillmentMessages).to.deep.include({ quickReplies: { quickReplies: ['Yes', 'No'] } });
    });

    it('adds a card message for a summary card', async () => {
      const { respond } = answering(aReply({ card: { kind: 'summary', title: 'Your order', text: 'Order NW1' } }));
      const { response } = await respond();
      expect(response.fulfillmentMessages).to.deep.include({ card: { title: 'Your order', subtitle: 'Order NW1' } });
    });

    it('writes the reply\'s own text for the console simulator, not actions-on-google\'s "Cannot display response"', async () => {
      const { respond } = answering(aReply({ suggestions: ['Yes', 'No'], card: { kind: 'summary', title: 'Your order', text: 'Order NW1' } }));
      const { response } = await respond('console-order-status');
      expect(response.fulfillmentText).to.equal('Your lamp arrives tomorrow.');
    });
  });

  describe('payload.google for the Assistant', () => {
    it('says the SSML inside <speak> and shows the plain text', async () => {
      const { respond } = answering(aReply());
      const { google } = await respond();
      expect(google.richResponse.items[0].simpleResponse).to.deep.equal({
        textToSpeech: '<speak>Your lamp arrives <emphasis>tomorrow</emphasis>.</speak>',
        displayText: 'Your lamp arrives tomorrow.',
      });
    });

    it('keeps the microphone open when the skill asks', async () => {
      const { respond } = answering(aReply({ endSession: false }));
      expect((await respond()).google.expectUserResponse).to.equal(true);
    });

    it('closes the conversation when the reply ends it', async () => {
      const { respond } = answering(aReply({ endSession: true }));
      expect((await respond()).google.expectUserResponse).to.equal(false);
    });

    it('shows a summary card as a basic card', async () => {
      const { respond } = answering(aReply({ card: { kind: 'summary', title: 'Your order', text: 'Order NW1' } }));
      const { google } = await respond();
      expect(google.richResponse.items[1].basicCard).to.deep.equal({ title: 'Your order', formattedText: 'Order NW1' });
    });

    it('shows no card for a link-account card, only the sentence', async () => {
      const { respond } = answering(aReply({ endSession: true, card: { kind: 'linkAccount', title: 'Link', text: 'Link your account' } }));
      const { response, google } = await respond();
      expect(google.richResponse.items.map((i) => Object.keys(i)[0])).to.deep.equal(['simpleResponse']);
      expect(response.fulfillmentMessages.map((m) => Object.keys(m)[0])).to.deep.equal(['text']);
    });

    it('shows suggestions as chips, leaving out the ones longer than the Assistant allows', async () => {
      const { respond } = answering(aReply({ suggestions: ['Yes', 'No', 'Reorder my last order and more'] }));
      const { google } = await respond();
      expect(google.richResponse.suggestions?.map((s) => s.title)).to.deep.equal(['Yes', 'No']);
    });

    it('keeps quick replies within Messenger\'s 20 characters, cut at a word with an ellipsis', async () => {
      const { respond } = answering(aReply({ suggestions: ['Yes', 'Reorder my last order and more', 'organic whole bean coffee'] }));
      const { response } = await respond();
      const quick = response.fulfillmentMessages.find((m) => 'quickReplies' in m) as { quickReplies: { quickReplies: string[] } };
      expect(quick.quickReplies.quickReplies).to.deep.equal(['Yes', 'Reorder my last…', 'organic whole bean…']);
      for (const title of quick.quickReplies.quickReplies) expect(Array.from(title).length).to.be.at.most(QUICK_REPLY_MAX);
    });

    it('cuts a quick reply without spaces by characters, not bytes', () => {
      expect(quickReplyTitle('按上次的订单再订一次然后再加上两瓶燕麦奶和一袋咖啡豆')).to.equal('按上次的订单再订一次然后再加上两瓶燕麦…');
    });

    it('shows no chips when the conversation ends', async () => {
      const { respond } = answering(aReply({ endSession: true, suggestions: ['Yes', 'No'] }));
      const { response, google } = await respond();
      expect(google.richResponse.suggestions).to.equal(undefined);
      expect(response.fulfillmentMessages.some((m) => 'quickReplies' in m)).to.equal(false);
    });
  });

  describe('dialog state in the skill_dialog output context', () => {
    const state = { pending: { kind: 'confirmOrder' as const, cartId: 'cart-7' }, misunderstandings: 0 };

    it('writes the reply\'s state as JSON in the context, for the turns to come', async () => {
      const { respond } = answering(aReply({ state }));
      const { response } = await respond();
      const context = response.outputContexts!.find((c) => c.name.endsWith('/contexts/skill_dialog'))!;
      expect(context.lifespanCount).to.be.above(1);
      expect(JSON.parse(context.parameters!.state as string)).to.deep.equal(state);
    });

    it('clears the context when the conversation ends', async () => {
      const { respond } = answering(aReply({ endSession: true, state }));
      const { response } = await respond();
      expect(response.outputContexts).to.deep.include({ name: `${webhookRequest('assistant-launch').session}/contexts/skill_dialog`, lifespanCount: 0 });
    });

    it('hands the next turn the state the last response wrote (the round trip Dialogflow makes)', async () => {
      const { respond, turns } = answering((turn) => aReply({ state: turn.kind === 'launch' ? state : {} }));
      const first = await respond('assistant-launch');
      const next = webhookRequest('followup-yes', { state: null });
      next.queryResult.outputContexts!.push(...first.response.outputContexts!.map((c) => ({ ...c, lifespanCount: c.lifespanCount! - 1 })));
      await respond(next);
      expect(turns[1].state).to.deep.equal(state);
    });
  });

  it('keeps the replies of concurrent requests apart', async () => {
    const { respond } = answering(async (turn) => {
      // The first request is answered last.
      await new Promise((resolve) => setTimeout(resolve, turn.kind === 'launch' ? 20 : 0));
      return aReply({ speech: `answer to ${turn.intent}` });
    });
    const [launch, status] = await Promise.all([respond('assistant-launch'), respond('console-order-status')]);
    expect([launch.response.fulfillmentText, status.response.fulfillmentText]).to.deep.equal(['answer to LaunchRequest', 'answer to OrderStatusIntent']);
  });

  it('answers a body that is not a webhook request with 400 and the reason, without asking the conversation', async () => {
    let asked = false;
    const fulfillment = createGoogleFulfillment(async () => {
      asked = true;
      return aReply();
    });
    const result = await fulfillment({ queryResult: {} }, {});
    expect(result).to.deep.equal({ status: 400, body: { error: 'the request has no "session"', code: 'invalid_request' } });
    expect(asked).to.equal(false);
  });
});
