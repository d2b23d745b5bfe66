// "Which one do you mean: the coffee beans or the decaf pods?" A product named in the answer, whatever intent
// carried it ("the decaf pods", "remove the decaf pods", "three of the decaf pods"), answers it; so does an
// ordinal ("the second one"), counted in the order the options were said.
import type { TurnContext } from '../context.js';
import type { OpenQuestion } from '../dialog/state.js';
import { reorderItems } from '../flows/reorder.js';
import { candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import { atPosition, ordinalOf } from '../language/ordinal.js';
import { fold } from '../language/matching.js';
import { parseQuantity } from '../language/quantity.js';
import { CHOICE_FRAMES } from '../language/words.js';
import type { OrderLine } from '../../store/types.js';
import type { Reply } from '../types.js';
import { askAgain, FALLBACK, MOVES_ON, NO, reask, UNSURE, YES, type QuestionBehaviour } from './question.js';
import { declineProduct } from './decline-product.js';

const EDITS = new Set(['ChangeQuantityIntent', 'RemoveItemIntent']);

type ChooseItem = Extract<OpenQuestion, { kind: 'chooseItem' }>;

interface Option {
  line: OrderLine;
  /** Counted ("the second one") rather than named. */
  position?: number;
}

/** A product said as a choice without its frame: "紅茶のほう" → "紅茶", "the decaf one" → "decaf". */
function unframed(words: string, lang: string): string {
  const frame = CHOICE_FRAMES[lang];
  return (frame ? words.replace(frame.lead, '').replace(frame.trail, '').trim() : words) || words;
}

/** The option named ("the decaf pods") or counted ("the second one", "die zweite", "第二个"), in the order said. */
async function option(ctx: TurnContext, q: ChooseItem, options: OrderLine[]): Promise<Option | undefined> {
  const item = ctx.turn.slots.item;
  const position = ordinalOf(item?.spoken, ctx.lang) ?? ordinalOf(ctx.turn.utterance, ctx.lang);
  // The product slot's words, or, where the platform passes the words but heard no product ("紅茶のほう",
  // "低因的那个" on Dialogflow's fallback), the words themselves: either may name exactly one of the options.
  const words = ctx.turn.utterance?.trim();
  const phrases = item?.spoken.trim() ? slotPhrases(item) : position === undefined && words ? [words] : [];
  if (phrases.length > 0) {
    const said = [...new Set(phrases.flatMap((p) => [p, unframed(p, ctx.lang)]))];
    const result = match(ctx, said, await candidatesFor(ctx, options));
    const line = result.kind === 'one' ? options.find((o) => o.sku === result.sku) : undefined;
    if (line) return { line };
  }
  const sku = atPosition(q.skus, position);
  const line = sku ? options.find((o) => o.sku === sku) : undefined;
  return line ? { line, position } : undefined;
}

/** The "one" of "the second one", or the 二 of "第二个": words of the ordinal that a recogniser fills in as a quantity. */
const PRONOUN_ONE = /^(?:one|the one|that one)$/;

/** The quantity said with the answer, unless it is part of the ordinal itself. */
function saidQuantity(ctx: TurnContext, chosen: Option): number | undefined {
  const spoken = ctx.turn.slots.quantity?.spoken.trim();
  const quantity = parseQuantity(spoken, ctx.lang);
  if (quantity === undefined || chosen.position === undefined) return quantity;
  if (quantity === chosen.position || PRONOUN_ONE.test(fold(spoken ?? ''))) return undefined;
  return quantity;
}

async function chosen(ctx: TurnContext, q: ChooseItem): Promise<Reply | undefined> {
  const options = pastItems(await orderHistory(ctx)).filter((p) => q.skus.includes(p.sku));
  const picked = await option(ctx, q, options);
  if (!picked) return undefined;
  const product = picked.line;
  // A quantity said with the answer ("three of the decaf pods") wins over the one said with the question; with
  // neither, last time's quantity for that product (reorderItems), as everywhere else.
  const quantity = saidQuantity(ctx, picked) ?? q.quantity;
  return reorderItems(ctx, [{ phrases: [product.name], spoken: product.name, quantity }], q.cartId);
}

export const chooseItem: QuestionBehaviour<ChooseItem> = {
  kind: 'chooseItem',
  question: (ctx, q) => (q.options?.length ? ctx.t('reorder.which', { options: ctx.quotedList(q.options, 'or'), context: q.options.length === 2 ? 'two' : undefined }) : ctx.t('reorder.whichAgain')),
  async answer(ctx, q) {
    if (MOVES_ON.has(ctx.turn.intent)) return undefined;
    const answered = await chosen(ctx, q);
    if (answered) return answered;
    if (ctx.turn.intent === NO) return declineProduct(ctx, q.cartId);
    // A yes, a miss, or an edit that names no product ("the second one" heard as "make it one") is no answer
    // to "which one?": the question again, not "there's no order waiting to be changed". So is a reorder that names
    // no product: a name the model does not know ("紅茶") comes through so on Alexa, and rebuilding the whole last
    // order in its place would read back a cart the shopper never asked for.
    const noProduct = !ctx.turn.slots.item?.spoken.trim() && !ctx.turn.slots.otherItem?.spoken.trim();
    if (ctx.turn.intent === YES) return askAgain(ctx, q, chooseItem);
    if (ctx.turn.intent === FALLBACK || ctx.turn.intent === UNSURE || (noProduct && (EDITS.has(ctx.turn.intent) || ctx.turn.intent === 'ReorderIntent'))) return reask(ctx, q, '', chooseItem);
    return undefined;
  },
  resume: async (ctx, q) => ({ speech: chooseItem.question(ctx, q), open: true }),
};
