// The router: Turn in, Reply out. It finds the shopper, picks the handler by exact intent name, guards
// account linking, keeps "repeat" and the transcript, logs one line, and never lets an error escape.
import { CommerceUnavailable, type Commerce, type LinkedIdentity } from '../commerce/port.js';
import type { ConversationStore } from '../store/port.js';
import { DEFAULT_POLICY, TurnContext, type Policy } from './context.js';
import { trustedState } from './dialog/state.js';
import type { IntentHandler } from './handler.js';
import { fallback, handlerFor } from './handlers/index.js';
import { CATALOG, FALLBACK_INTENT } from './intents/catalog.js';
import { translator } from './i18n.js';
import { namesOnlyTheOrder } from './language/matching.js';
import { onlyOrdinal } from './language/ordinal.js';
import { languageOf, resolveLocale } from './locale.js';
import { behaviourOf } from './questions/index.js';
import { ABOUT_THE_QUESTION, MOVES_ON } from './questions/question.js';
import { withoutQuestion } from './speech-cut.js';
import { ssmlToText } from './ssml.js';
import type { Reply, Turn } from './types.js';

export interface TurnLog {
  requestId: string;
  platform: string;
  locale: string;
  intent: string;
  outcome: 'ok' | 'unlinked' | 'unknown-intent' | 'error';
  endSession: boolean;
  latencyMs: number;
  error?: string;
}

/** Who the platform says is talking: a verified account-linking token becomes a `subject` (lambda/linking). */
export type Identify = (user: Turn['user'], platform: string, now: Date) => Promise<LinkedIdentity>;

const unverified: Identify = async (user, platform) => ({ platform, accessToken: user.accessToken, userId: user.userId });

export interface ConversationOptions {
  /** What the skill keeps: carts, voice-code attempts, transcripts, tickets. */
  store: ConversationStore;
  /** The shop, chosen by the composition root (lambda/runtime.ts, the simulator, a test): with the embedded shop,
   * `new EmbeddedCommerce(store)`. */
  commerce: Commerce;
  identify?: Identify;
  /** One structured line per turn; never the request body (it carries tokens and personal data). */
  log?: (entry: TurnLog) => void;
  /** Whether order e-mails are delivered (a mail transport is configured): only then may an answer promise one. */
  orderMail?: boolean;
  /** The deployment's rules (purchase limit). */
  policy?: Policy;
}

export type Conversation = (turn: Turn) => Promise<Reply>;

/** Longest slot text the core works with: product names and codes are far shorter, and a longer text echoed
 * back ("I couldn't find …") would overflow what a platform can speak (Alexa: 8000 characters). */
export const MAX_SLOT_LENGTH = 200;

function boundSlots(turn: Turn): Turn {
  const long = Object.values(turn.slots).some((v) => v && v.spoken.length > MAX_SLOT_LENGTH);
  if (!long) return turn;
  const slots = Object.fromEntries(Object.entries(turn.slots).map(([name, v]) => [
    name, v && v.spoken.length > MAX_SLOT_LENGTH ? { ...v, spoken: Array.from(v.spoken).slice(0, MAX_SLOT_LENGTH).join('') } : v,
  ]));
  return { ...turn, slots };
}

/** "Where is my order": a product slot filled with words for the order itself asks about no product. */
function withoutOrderWords(turn: Turn, lang: string): Turn {
  const item = turn.slots.item;
  if (!item?.spoken.trim() || item.resolved?.length || !namesOnlyTheOrder(item.spoken, lang)) return turn;
  // "The last one" answering "which one?" or "which item?" is a position in its list, not the last order.
  const open = turn.state.pending?.kind;
  if ((open === 'chooseItem' || open === 'changeWhich') && onlyOrdinal(item.spoken, lang)) return turn;
  const { item: _dropped, ...slots } = turn.slots;
  return { ...turn, slots };
}

/**
 * A position said as if it were a product ("1つ目", "the second one") where no list was asked: no product's name.
 * Only "which one?" and "which item?" read positions; anywhere else it is not understood, never a product called
 * "目" (the 1つ read as a number).
 */
function withoutStrayOrdinal(turn: Turn, lang: string): Turn {
  const item = turn.slots.item;
  if (turn.kind !== 'intent' || turn.intent !== 'ReorderIntent' || !item?.spoken.trim() || item.resolved?.length || turn.slots.otherItem?.spoken.trim()) return turn;
  const open = turn.state.pending?.kind;
  if (open === 'chooseItem' || open === 'changeWhich' || !onlyOrdinal(item.spoken, lang)) return turn;
  return { ...turn, intent: FALLBACK_INTENT, slots: {} };
}

function requestName(turn: Turn): string {
  if (turn.kind === 'launch') return 'LaunchRequest';
  if (turn.kind === 'sessionEnded') return 'SessionEndedRequest';
  return turn.intent;
}

function describeTurn(turn: Turn, name: string): string {
  const slots = Object.entries(turn.slots).filter(([, v]) => v?.spoken).map(([k, v]) => `${k}=${v!.spoken}`);
  return slots.length ? `${name} (${slots.join(', ')})` : name;
}

export { withoutQuestion };

/**
 * The open question reads the turn first. When it is not an answer, the intent's handler runs, and a question
 * that still holds (a waiting cart) is asked again after that answer, in place of any question the handler's
 * answer asked: one question at a time, never dropped without a word.
 */
async function answerTurn(ctx: TurnContext, handler: IntentHandler, name: string): Promise<Reply> {
  const open = ctx.customer ? ctx.turn.state.pending : undefined;
  if (!open) return handler.handle(ctx);
  const behaviour = behaviourOf(open);
  const answered = await behaviour.answer(ctx, open);
  if (answered) return answered;
  const reply = await handler.handle(ctx);
  if (MOVES_ON.has(name) || ABOUT_THE_QUESTION.has(name)) return reply;
  const next = reply.state.pending;
  if (next) {
    // The handler asked a question of its own; a cart the old one held and the new one does not is let go, aloud.
    const held = 'cartId' in open ? open.cartId : undefined;
    if (!held || ('cartId' in next && next.cartId === held)) return reply;
    const dropped = await behaviour.abandon?.(ctx, open);
    return dropped ? { ...reply, speech: `${dropped}${ctx.format.sentenceGap}${reply.speech}` } : reply;
  }
  const resumed = await behaviour.resume?.(ctx, open);
  if (!resumed) return reply;
  if (!resumed.open) return { ...reply, speech: [reply.speech, resumed.speech].filter(Boolean).join(ctx.format.sentenceGap) };
  // One question per answer: the open question is asked again, so the handler's own question goes.
  const speech = [withoutQuestion(reply.speech), resumed.speech].filter(Boolean).join(ctx.format.sentenceGap);
  ctx.state.pending = open;
  return { ...reply, speech, reprompt: behaviour.question(ctx, open), endSession: false, state: ctx.state };
}

function safeQuestion(ctx: TurnContext, open: NonNullable<Turn['state']['pending']>): string | undefined {
  try {
    return behaviourOf(open).question(ctx, open);
  } catch {
    return undefined;
  }
}

export function createConversation(options: ConversationOptions): Conversation {
  const { store, commerce, identify = unverified, log = () => {}, orderMail = false, policy = DEFAULT_POLICY } = options;
  return async (request) => {
    const started = performance.now();
    const locale = resolveLocale(request.locale);
    // The carried state is the platform's echo of what we sent, but it arrives from outside: only what fits is used.
    const turn = withoutStrayOrdinal(withoutOrderWords(boundSlots({ ...request, state: trustedState(request.state) }), languageOf(locale)), languageOf(locale));
    const t = translator(locale, turn.platform);
    const name = requestName(turn);
    const known = handlerFor(name);
    const handler = known ?? fallback;
    let outcome: TurnLog['outcome'] = known ? 'ok' : 'unknown-intent';
    let reply: Reply;
    let error: string | undefined;
    let ctx: TurnContext | undefined;
    try {
      const [seller, customer] = await Promise.all([
        commerce.seller(),
        identify(turn.user, turn.platform, turn.now).then((who) => commerce.shopperFor(who)),
      ]);
      ctx = new TurnContext(turn, locale, t, store, commerce, seller, customer, orderMail, policy);
      if (CATALOG[handler.intent].needsAccount && !customer) {
        outcome = 'unlinked';
        // The app the adapter names, where it knows it ("in the Google Home app"); else "the app you use to talk to me".
        reply = ctx.tell(t('account.linkNeeded', { seller: ctx.seller.name, context: turn.capabilities.linkingApp }), {
          card: { kind: 'linkAccount', title: ssmlToText(t('account.cardTitle', { seller: ctx.seller.name })), text: ssmlToText(t('account.cardText')) },
        });
      } else {
        reply = await answerTurn(ctx, handler, name);
      }
      // The reprompt is the open question, whatever the answer before it said.
      const open = reply.state.pending;
      if (open && !reply.endSession && customer) reply.reprompt = behaviourOf(open).question(ctx, open);
      if (handler !== fallback) reply.state.misunderstandings = 0;
      if (handler.intent !== 'AMAZON.RepeatIntent' && reply.speech) reply.state.last = { speech: reply.speech, reprompt: reply.reprompt };
      if (customer && name !== 'SessionEndedRequest') {
        await store.appendTranscript(turn.sessionId, [
          { at: turn.now.toISOString(), from: 'shopper', text: describeTurn(turn, name) },
          { at: turn.now.toISOString(), from: 'skill', text: ssmlToText(reply.speech) },
        ]);
      }
    } catch (err) {
      outcome = 'error';
      error = err instanceof Error ? err.message : String(err);
      // The question that was open stays open, and is asked again: the shopper can simply try once more (a yes
      // retried places with the same idempotency key: still one order). The shop not answering has its own apology.
      const open = turn.state.pending;
      const question = open && ctx?.customer ? safeQuestion(ctx, open) : undefined;
      const again = question ?? t('help.reprompt');
      const sorry = t(err instanceof CommerceUnavailable ? 'error.shopUnavailable' : 'error.generic');
      reply = { speech: `${sorry} ${again}`, reprompt: again, endSession: false, state: { ...turn.state } };
    }
    log({
      requestId: turn.requestId, platform: turn.platform, locale, intent: name, outcome, endSession: reply.endSession,
      latencyMs: Math.round((performance.now() - started) * 10) / 10, ...(error ? { error } : {}),
    });
    return reply;
  };
}
