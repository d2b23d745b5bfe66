// The core's Reply -> a Dialogflow webhook response that every channel can use: the Assistant payload
// that actions-on-google writes, plus fulfillmentText and fulfillmentMessages for the other integrations.
import type { DialogflowConversation } from 'actions-on-google/dist/service/dialogflow/index.js';
import actionsSdk from 'actions-on-google/dist/service/actionssdk/index.js';
import { ssmlToText } from '../core/ssml.js';
import type { Reply } from '../core/types.js';
import { STATE_CONTEXT } from './request.js';
import type { FulfillmentMessage, WebhookResponse } from './webhook-types.js';

const { BasicCard, SimpleResponse, Suggestions } = actionsSdk;

/** Turns the dialog state lives for: refreshed every turn, so it lasts as long as the conversation. */
const STATE_LIFESPAN = 20;
/** The Assistant rejects suggestion chips longer than this. */
const CHIP_MAX = 25;
const CHIPS_MAX = 8;
/** Dialogflow's quick replies go to every integration; Messenger (and LINE) cut a title after 20 characters. */
export const QUICK_REPLY_MAX = 20;
const QUICK_REPLIES_MAX = 10;

/** A quick reply within the limit: cut at a word boundary where there is one, with an ellipsis, never mid-character. */
export function quickReplyTitle(text: string, max = QUICK_REPLY_MAX): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** Writes the reply onto the actions-on-google conversation (payload.google and the state context). */
export function writeAssistantReply(conv: DialogflowConversation<unknown, unknown>, reply: Reply, screen = true): void {
  const speech = new SimpleResponse({ speech: `<speak>${reply.speech}</speak>`, text: ssmlToText(reply.speech) });
  const items: (InstanceType<typeof BasicCard> | InstanceType<typeof Suggestions>)[] = [];
  // A speaker without a screen cannot show a card; the Assistant rejects one there.
  if (screen && reply.card && reply.card.kind !== 'linkAccount') items.push(new BasicCard({ title: reply.card.title, text: reply.card.text }));
  const chips = (reply.suggestions ?? []).filter((s) => s.length <= CHIP_MAX).slice(0, CHIPS_MAX);
  if (chips.length && !reply.endSession) items.push(new Suggestions(chips));
  if (reply.endSession) {
    conv.contexts.delete(STATE_CONTEXT);
    conv.close(speech, ...items);
  } else {
    conv.contexts.set(STATE_CONTEXT, STATE_LIFESPAN, { state: JSON.stringify(reply.state) });
    conv.ask(speech, ...items);
  }
}

/** The channel-neutral half: text, quick replies and a card for Dialogflow's other integrations. */
export function withChannelMessages(body: Record<string, unknown>, reply: Reply): WebhookResponse {
  const text = ssmlToText(reply.speech);
  const messages: FulfillmentMessage[] = [{ text: { text: [text] } }];
  if (reply.suggestions?.length && !reply.endSession) {
    const titles = [...new Set(reply.suggestions.map((s) => quickReplyTitle(s)))].slice(0, QUICK_REPLIES_MAX);
    messages.push({ quickReplies: { quickReplies: titles } });
  }
  if (reply.card && reply.card.kind !== 'linkAccount') messages.push({ card: { title: reply.card.title, subtitle: reply.card.text } });
  return { ...body, fulfillmentText: text, fulfillmentMessages: messages } as WebhookResponse;
}
