// What every open question can do: say itself, read a turn as its answer, bring the shopper back to it after
// something else was handled, and say what becomes of it when the conversation moves on for good.
import type { TurnContext } from '../context.js';
import type { OpenQuestion } from '../dialog/state.js';
import { FALLBACK_INTENT, type HandlerName, type IntentName } from '../intents/catalog.js';
import type { Reply } from '../types.js';
import { withoutQuestion } from '../speech-cut.js';

export const YES: IntentName = 'AMAZON.YesIntent';
export const NO: IntentName = 'AMAZON.NoIntent';
export const FALLBACK: IntentName = FALLBACK_INTENT;
/** A hedged or unsure answer ("maybe", "um okay I guess"): never consent; no answer to a question that is not a yes/no. */
export const UNSURE: IntentName = 'UnsureIntent';
/** "How much is that?": a question about the open one, answered without leaving it. */
export const PRICE: IntentName = 'PriceIntent';

/** Intents that leave any question: their handlers say what becomes of it (goodbye, handoff) or repeat/explain it. */
export const MOVES_ON = new Set<string>(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent', 'SessionEndedRequest', 'HandoffIntent'] satisfies HandlerName[]);
export const ABOUT_THE_QUESTION = new Set<string>(['AMAZON.HelpIntent', 'AMAZON.RepeatIntent'] satisfies HandlerName[]);

/** Misunderstandings of one question after which a person is offered, in addition to the question. */
export const OFFER_PERSON_AFTER = 2;

export interface Resumed {
  /** What is said after the other answer: "your order … is still waiting. Shall I place it?". */
  speech: string;
  /** False when the question lapsed (an expired cart): the sentence says so and nothing stays open. */
  open: boolean;
}

export interface QuestionBehaviour<Q extends OpenQuestion = OpenQuestion> {
  readonly kind: Q['kind'];
  /** The question itself, as the reprompt, the re-ask and "repeat" say it. */
  question(ctx: TurnContext, q: Q): string;
  /** The turn read as an answer to this question, or undefined when it is not one (its handler then runs). */
  answer(ctx: TurnContext, q: Q): Promise<Reply | undefined>;
  /** Said after something else was handled; undefined: the question lapses without a word (an offer). */
  resume?(ctx: TurnContext, q: Q): Promise<Resumed | undefined>;
  /** Said when the conversation moves on for good (handoff); also lets go of what it held (a cart). */
  abandon?(ctx: TurnContext, q: Q): Promise<string | undefined>;
}

/** A lead sentence, then the question, unless the lead already asks it (`leadAsks`). */
function withQuestion(ctx: TurnContext, lead: string, question: string, leadAsks: boolean): string {
  return leadAsks ? lead : [lead, question].filter(Boolean).join(ctx.format.sentenceGap);
}

/** Keeps the question open and asks it again after a lead sentence. */
export function keep<Q extends OpenQuestion>(ctx: TurnContext, q: Q, lead: string, behaviour: QuestionBehaviour<Q>, leadAsks = false): Reply {
  ctx.state.pending = q;
  const question = behaviour.question(ctx, q);
  return ctx.ask(withQuestion(ctx, lead, question, leadAsks), question);
}

/** Not understood as an answer: the question again, counted; from the second miss a person is offered too, before
 * the question, so the answer still ends on the question (worded differently from the third miss on). */
export function reask<Q extends OpenQuestion>(ctx: TurnContext, q: Q, lead: string, behaviour: QuestionBehaviour<Q>, leadAsks = false): Reply {
  const tries = (q.tries ?? 0) + 1;
  const again = { ...q, tries };
  const question = behaviour.question(ctx, again);
  ctx.state.pending = again;
  const said = withQuestion(ctx, lead, question, leadAsks);
  if (tries < OFFER_PERSON_AFTER || !ctx.customer) return ctx.ask(said, question);
  // The offer goes where the question starts: "Sorry, I didn't get that. If you'd rather, say "talk to a person".
  // Should I place this order? …"
  const before = withoutQuestion(said);
  // The third miss and after say it differently from the second: the same sentence twice sounds like a loop.
  const offer = ctx.t(tries === OFFER_PERSON_AFTER ? 'question.orPerson' : 'question.orPersonAgain');
  const speech = before === said ? `${offer}${ctx.format.sentenceGap}${said}` : [before, offer, said.slice(before.length).trim()].filter(Boolean).join(ctx.format.sentenceGap);
  return ctx.ask(speech, question);
}

/** An answer that does not fit the question but was understood (a plain "yes" to "which one?"): the question again,
 * naming its options, with no strike and no offer of a person; the shopper was heard, the question just needs
 * another kind of answer. */
export function askAgain<Q extends OpenQuestion>(ctx: TurnContext, q: Q, behaviour: QuestionBehaviour<Q>): Reply {
  return keep(ctx, q, '', behaviour);
}
