// The purchase rule of "Requirements for Skills that Allow Purchases", checked by holding the conversation: before
// the shopper's yes, the skill names the seller, every item, where it goes, the total including tax, and the
// delivery day, and asks; nothing is ordered until the yes; after it, the order is confirmed by voice and by a card.
// Each locale's shopper of the demo seed reorders their last order through the real core, on an in-memory store.
import { randomUUID } from 'node:crypto';
import { addDeliveryDays } from '../../lambda/core/dates.js';
import { sellerIn } from '../../lambda/core/context.js';
import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { createConversation } from '../../lambda/core/conversation.js';
import { Formatter } from '../../lambda/core/format.js';
import { translator } from '../../lambda/core/i18n.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import type { DialogState, Reply, Turn } from '../../lambda/core/types.js';
import type { Seed } from '../../lambda/store/seed.js';
import { SqliteStore } from '../../lambda/store/sqlite.js';

export interface ReadBackFinding {
  where: string;
  message: string;
}

/** How each language says that tax is in the total. */
const TAX_WORDS: Record<string, RegExp> = {
  en: /\btax|\bVAT\b/i, de: /steuer|mwst/i, it: /tass|iva\b/i, ja: /税/, zh: /税/,
};

const round = (n: number) => Math.round(n * 100) / 100;
/** Intl writes narrow no-break spaces in some locales; speech text compares on plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

export async function readBackFindings(seed: Seed, locales: string[], now = new Date('2026-11-23T15:00:00Z')): Promise<ReadBackFinding[]> {
  const findings: ReadBackFinding[] = [];
  for (const locale of locales) {
    const customer = seed.customers.find((c) => c.locale === locale && c.accessToken && c.orders.length > 0);
    if (!customer) {
      findings.push({ where: locale, message: 'the seed has no shopper with orders in this locale to hold the conversation with' });
      continue;
    }
    const store = new SqliteStore(':memory:');
    try {
      store.loadSeed(seed);
      findings.push(...await converse(store, locale, customer.id, customer.accessToken!, now));
    } finally {
      await store.close();
    }
  }
  return findings;
}

async function converse(store: SqliteStore, locale: string, customerId: string, token: string, now: Date): Promise<ReadBackFinding[]> {
  const where = `${locale} (${customerId})`;
  const out: ReadBackFinding[] = [];
  const problem = (message: string) => out.push({ where, message });
  const conversation = createConversation({ store, commerce: new EmbeddedCommerce(store) });
  const sessionId = randomUUID();
  let state: DialogState = {};
  let newSession = true;
  const say = async (intent: string, slots: Record<string, string> = {}): Promise<Reply> => {
    const turn: Turn = {
      requestId: randomUUID(), platform: 'alexa', sessionId, newSession, now, locale, kind: 'intent', intent,
      slots: Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, { spoken: v }])),
      user: { accessToken: token }, capabilities: { screen: true, accountLinkingCard: true }, state,
    };
    const reply = await conversation(turn);
    newSession = false;
    state = reply.state;
    return reply;
  };

  const customer = (await store.findCustomer({ platform: 'alexa', accessToken: token }))!;
  const seller = await store.seller();
  const ordersBefore = (await store.recentOrders(customerId, new Date(now.getTime() + 86_400_000), 100)).length;
  const reply = await say('ReorderIntent');
  const speech = plain(ssmlToText(reply.speech));
  const pending = reply.state.pending;
  if (reply.endSession || pending?.kind !== 'confirmOrder') {
    problem(`"reorder" does not end on a yes/no purchase question: "${speech}"`);
    return out;
  }
  const cart = (await store.getCart(pending.cartId))!;
  const t = translator(locale);
  const question = plain(ssmlToText(t('cart.confirmQuestion')));
  const asked = speech.lastIndexOf(question);
  if (asked < 0) problem(`the read-back does not ask "${question}"`);
  const before = asked < 0 ? speech : speech.slice(0, asked);
  const must = (what: string, text: string) => {
    if (!before.toLowerCase().includes(text.toLowerCase())) problem(`the read-back before the question does not say the ${what} ("${text}"): "${speech}"`);
  };
  // The seller as the locale names it (seller.names), and where it goes in a short form: the street, the city or
  // the address label ("ご自宅", "家"), never necessarily the whole address on a shared speaker.
  must('seller', sellerIn(seller, locale).name);
  for (const line of cart.lines) must('item', line.name);
  const { line1, city, label } = customer.address;
  if (![line1, city, label].some((part) => before.toLowerCase().includes(part.toLowerCase()))) {
    problem(`the read-back before the question does not say where it goes ("${line1}", "${city}" or "${label}"): "${speech}"`);
  }
  const subtotal = round(cart.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0));
  const tax = cart.taxIncluded ? 0 : round((subtotal + cart.shippingFee) * seller.taxRate);
  const format = new Formatter(locale, customer.timeZone, customer.currency, t);
  must('total', plain(format.money(round(subtotal + cart.shippingFee + tax))));
  const taxWord = TAX_WORDS[locale.split('-')[0]];
  if (taxWord && !taxWord.test(before)) problem(`the read-back does not say that the total includes tax: "${speech}"`);
  must('delivery day', plain(ssmlToText(format.day(addDeliveryDays(format.today(now), seller.deliveryDays), now))));
  const ordersAsked = (await store.recentOrders(customerId, new Date(now.getTime() + 86_400_000), 100)).length;
  if (ordersAsked !== ordersBefore) problem('an order was placed before the yes');

  let placed = await say('AMAZON.YesIntent');
  if (placed.state.pending?.kind === 'voiceCode') {
    if (!customer.voiceCode) problem('asked for a voice code the shopper does not have');
    else placed = await say('VoiceCodeIntent', { code: customer.voiceCode });
  }
  const ordersAfter = (await store.recentOrders(customerId, new Date(now.getTime() + 86_400_000), 100)).length;
  if (ordersAfter !== ordersBefore + 1) problem(`the yes did not place exactly one order: "${ssmlToText(placed.speech)}"`);
  if (placed.card?.kind !== 'summary') problem('the order confirmation has no card for the Alexa app');
  return out;
}
