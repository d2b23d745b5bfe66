// Building a cart from what the shopper asked for, and reading it back; shared by the reorder,
// "last order" and choose-one answers.
import type { CartLine, Order, OrderLine, PendingCart } from '../../store/types.js';
import { clampQuantity, MAX_QUANTITY, newCart, priceLines, readBack } from '../cart.js';
import type { TurnContext } from '../context.js';
import { activeOrders, candidatesFor, match, orderHistory, pastItems, slotPhrases } from '../history.js';
import { splitItems } from '../language/matching.js';
import { splitQuantity } from '../language/quantity.js';
import type { Reply, SlotValue } from '../types.js';
import { askHowMany } from './how-many.js';
import { purchasingLocked } from './voice-code.js';
import { capitalize } from '../language/grammar.js';
import { echoed, ProductSpeech, type Named } from '../products.js';
import { alreadyComing } from './already-coming.js';

const RECENT_TO_NAME = 3;
const ON_THE_WAY = new Set<Order['status']>(['placed', 'shipped', 'out_for_delivery']);

/** Whether an order has not arrived yet (nor been cancelled). */
export const isOnTheWay = (order: Pick<Order, 'status'>): boolean => ON_THE_WAY.has(order.status);

/** Saves the cart and reads it back, asking for a yes. */
export async function offerCart(ctx: TurnContext, cart: PendingCart, notes: string[] = [], change?: string): Promise<Reply> {
  await ctx.store.saveCart(cart);
  ctx.state.pending = { kind: 'confirmOrder', cartId: cart.id };
  const { speech, reprompt } = await readBack(ctx, cart, notes.join(ctx.format.sentenceGap), change);
  return ctx.ask(speech, reprompt, { suggestions: [ctx.t('suggest.yes'), ctx.t('suggest.no')] });
}

/**
 * A shopper who has never ordered: nothing to reorder, and nothing this skill can do for them yet, so the answer
 * says where ordering starts and closes (an open microphone would only lead to the same answer again).
 */
export function noHistory(ctx: TurnContext): Reply {
  return ctx.tell(ctx.t('reorder.noHistory', { seller: ctx.seller.name }));
}

/** "The oat milk isn't available right now, so I've left it out." */
async function unavailableNote(ctx: TurnContext, items: Named[], key = 'reorder.unavailable'): Promise<string[]> {
  if (items.length === 0) return [];
  const products = await ProductSpeech.load(ctx, items.map((i) => i.sku));
  // The count only picks the verb's number: "isn't" for one product, "aren't" for several or a plural name.
  const count = products.plural(items) ? 2 : 1;
  return [capitalize(ctx.t(key, { items: ctx.quotedList(items.map((i) => products.the(i))), count }))];
}

/** Nothing left to order: say so, and ask what else. */
async function nothingAvailable(ctx: TurnContext, items: Named[]): Promise<Reply> {
  const [speech] = await unavailableNote(ctx, items, 'reorder.noneAvailable');
  return ctx.ask(speech, ctx.t('reorder.notFoundReprompt'));
}

/** "Reorder my last order": every line of the most recent order that was not cancelled. */
/** `offered`: the shopper just said yes to "order it again?", so they know it is still on its way. */
export async function reorderLastOrder(ctx: TurnContext, offered = false): Promise<Reply> {
  const locked = await purchasingLocked(ctx);
  if (locked) return locked;
  const last = activeOrders(await orderHistory(ctx))[0];
  if (!last) return noHistory(ctx);
  const priced = await priceLines(ctx, last.lines);
  if (priced.lines.length === 0) return nothingAvailable(ctx, priced.unavailable);
  // The same order again while the last one is still coming is often a slip: say so before the read-back.
  const coming = isOnTheWay(last) && !offered ? [ctx.t('reorder.stillOnTheWay')] : [];
  return offerCart(ctx, newCart(ctx, priced.lines, last), [...coming, ...(await unavailableNote(ctx, priced.unavailable))]);
}

interface Wanted {
  phrases: string[];
  spoken: string;
  quantity?: number;
  /** For a part of a split sentence: the whole sentence read as one product ("salt and vinegar chips"). */
  sentence?: Wanted;
  /** A number was said that cannot be placed with a product: ask how many of this one rather than guess. */
  unsure?: boolean;
}

/** Splits the item slot into the products it names, each with the quantity said with it. */
export function wantedItems(ctx: TurnContext, item: SlotValue, quantitySlot: number | undefined): Wanted[] {
  const parts = splitItems(item.spoken, ctx.lang);
  const own = splitQuantity(item.spoken, ctx.lang);
  const sentence: Wanted = { phrases: slotPhrases(item, own.rest), spoken: own.rest || item.spoken, quantity: quantitySlot ?? own.quantity };
  if (parts.length <= 1) return [sentence];
  // Two products in one sentence: the platform's single resolution cannot describe both, so match each part.
  const mine = parts.map((part) => splitQuantity(part, ctx.lang));
  // The quantity slot goes with the first part, unless it is the number said with another part ("the oat milk and
  // 3 coffee beans" in one slot, quantity=3): a number belongs to one product, never to both.
  const slotSaidWithAPart = quantitySlot !== undefined && mine.some((m) => m.quantity === quantitySlot);
  return parts.map((part, i) => ({
    phrases: [mine[i].rest || part],
    spoken: mine[i].rest || part,
    quantity: mine[i].quantity ?? (i === 0 && !slotSaidWithAPart ? quantitySlot : undefined),
    sentence,
  }));
}

interface Found extends OrderLine {
  /** The shopper said the quantity (else it is last time's). */
  spoken: boolean;
}

/** Adds the chosen products to a new cart, or to the one already being confirmed. */
async function cartWith(ctx: TurnContext, items: Found[], existingCartId: string | undefined): Promise<{ cart: PendingCart; unavailable: Named[] }> {
  const priced = await priceLines(ctx, items);
  const existing = existingCartId ? await ctx.store.getCart(existingCartId) : undefined;
  if (existing && existing.status === 'open') {
    // A product named again keeps the quantity the shopper already set for it, unless they say a new one.
    const added = priced.lines.map((line) => {
      const before = existing.lines.find((l) => l.sku === line.sku);
      const spoken = items.find((i) => i.sku === line.sku)?.spoken;
      return before && !spoken ? { ...line, quantity: before.quantity } : line;
    });
    const kept: CartLine[] = existing.lines.filter((l) => !added.some((p) => p.sku === l.sku));
    return { cart: { ...existing, lines: [...kept, ...added] }, unavailable: priced.unavailable };
  }
  const last = activeOrders(await orderHistory(ctx))[0];
  return { cart: newCart(ctx, priced.lines, last ?? { shippingFee: 0, taxIncluded: true }), unavailable: priced.unavailable };
}

/** Keeps what was already found in a cart before a question, so answering it loses nothing. */
async function keepFound(ctx: TurnContext, found: Found[], existingCartId: string | undefined): Promise<string | undefined> {
  if (found.length === 0) return existingCartId;
  const { cart } = await cartWith(ctx, found, existingCartId);
  if (cart.lines.length === 0) return existingCartId;
  await ctx.store.saveCart(cart);
  return cart.id;
}

/** "Reorder the coffee beans", "two coffee and the oat milk": products from the history by name. */
export async function reorderItems(ctx: TurnContext, wanted: Wanted[], existingCartId?: string): Promise<Reply> {
  const locked = await purchasingLocked(ctx);
  if (locked) return locked;
  const history = pastItems(await orderHistory(ctx));
  if (history.length === 0) return noHistory(ctx);
  const candidates = await candidatesFor(ctx, history);
  // A product whose own name holds an "and" ("salt and vinegar chips", "ふとんカバー") is named by the whole sentence.
  const sentence = wanted.length > 1 ? wanted[0].sentence : undefined;
  if (sentence && match(ctx, sentence.phrases, candidates).kind === 'one') wanted = [sentence];
  const found: Found[] = [];
  const missing: string[] = [];
  let question: { kind: 'which'; skus: string[]; quantity?: number } | { kind: 'howMany'; sku: string; unsure?: boolean } | undefined;
  for (const want of wanted) {
    const quantity = clampQuantity(want.quantity);
    const result = match(ctx, want.phrases, candidates);
    if (result.kind === 'several') {
      question ??= { kind: 'which', skus: result.skus, quantity };
      continue;
    }
    if (result.kind === 'none') {
      missing.push(want.spoken);
      continue;
    }
    if (want.quantity !== undefined && quantity === undefined) {
      // Remember the product, so "three" as the answer needs no repeating of the name.
      question ??= { kind: 'howMany', sku: result.sku };
      continue;
    }
    if (want.unsure && quantity === undefined) {
      question ??= { kind: 'howMany', sku: result.sku, unsure: true };
      continue;
    }
    // Two parts naming the same product make one line, not two.
    if (found.some((f) => f.sku === result.sku)) continue;
    const item = history.find((h) => h.sku === result.sku)!;
    found.push({ ...item, quantity: quantity ?? item.quantity, spoken: quantity !== undefined });
  }
  if (question) {
    const cartId = await keepFound(ctx, found, existingCartId);
    if (question.kind === 'howMany') {
      const sku = question.sku;
      // "How many cartons of oat milk should I order?": never a number the shopper did not say for it.
      const ask = await askHowMany(ctx, { sku, name: history.find((h) => h.sku === sku)!.name }, cartId);
      if (question.unsure) return ctx.ask(ask, ask);
      return ctx.ask(`${ctx.t('quantity.outOfRange', { max: MAX_QUANTITY })}${ctx.format.sentenceGap}${ask}`, ask);
    }
    const options = question.skus.map((sku) => history.find((h) => h.sku === sku)!.name);
    const products = await ProductSpeech.load(ctx, question.skus);
    // The names as said (with their articles) travel with the question, so a re-ask says them the same way.
    const said = question.skus.map((sku, i) => products.the({ sku, name: options[i] }, 'acc'));
    ctx.state.pending = { kind: 'chooseItem', skus: question.skus, quantity: question.quantity, cartId, options: said };
    const which = ctx.t('reorder.which', { options: ctx.quotedList(said, 'or'), context: said.length === 2 ? 'two' : undefined });
    return ctx.ask(which, which, { suggestions: options.slice(0, 8) });
  }
  if (found.length === 0) return notFound(ctx, missing, history);
  const { cart, unavailable } = await cartWith(ctx, found, existingCartId);
  if (cart.lines.length === 0) return nothingAvailable(ctx, unavailable);
  // Said first: a product already coming is the first thing to know about ordering it again.
  const coming = await alreadyComing(ctx, found.map((f) => f.sku).filter((sku) => cart.lines.some((l) => l.sku === sku)));
  const notes = [
    ...coming,
    ...(missing.length ? [ctx.t('reorder.partlyNotFound', { items: ctx.quotedList(missing.map((m) => echoed(ctx, m))), count: missing.length })] : []),
    ...(await unavailableNote(ctx, unavailable)),
    ...(coming.length ? [ctx.t('reorder.ifMore')] : []),
  ];
  return offerCart(ctx, cart, notes);
}

function notFound(ctx: TurnContext, missing: string[], history: OrderLine[]): Reply {
  const recent = history.slice(0, RECENT_TO_NAME).map((h) => h.name);
  const speech = ctx.t('reorder.notFound', {
    item: missing.map((m) => echoed(ctx, m)).join(', '),
    recent: ctx.quotedList(recent),
  });
  return ctx.ask(speech, ctx.t('reorder.notFoundReprompt'), { suggestions: recent });
}
