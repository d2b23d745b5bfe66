// "How many cartons of oat milk should I order?": the quantity question names the product the way its grammar counts
// it (its unit, or its own plural), so the shopper knows what the number is of. What the question needs is kept in
// the open question as plain words (escaped again whenever it is said), so the reprompt, a re-ask and "repeat" all
// say it the same way without reading the catalog again.
import type { TurnContext } from '../context.js';
import type { OpenQuestion } from '../dialog/state.js';
import { unitFor } from '../language/grammar.js';
import { safe } from '../i18n.js';
import { ProductSpeech, type Named } from '../products.js';

type AskQuantity = Extract<OpenQuestion, { kind: 'askQuantity' }>;
export type HowManyWords = NonNullable<AskQuantity['said']>;

/** Any plural count picks the plural form of the unit ("cartons", "Packungen", "confezioni"). */
const SOME = 2;

/** The words the question needs for this product, from its grammar in the shopper's language. */
export async function howManyWords(ctx: TurnContext, product: Named): Promise<HowManyWords> {
  const products = await ProductSpeech.load(ctx, [product.sku]);
  const g = products.grammar(product.sku);
  const said: HowManyWords = { name: product.name, item: products.the(product, 'acc') };
  if (g?.unit) {
    const gender = typeof g.unit === 'object' ? g.unit.gender : undefined;
    return { ...said, unit: unitFor(g.unit, SOME, ctx.locale), ...(gender ? { gender } : {}) };
  }
  const plural = g?.plural ?? (g?.number === 'plural' ? product.name : undefined);
  return plural ? { ...said, plural, ...(g?.gender ? { gender: g.gender } : {}) } : said;
}

/** Opens "how many?" for this product (in the cart `cartId`, if any) and returns the question. */
export async function askHowMany(ctx: TurnContext, product: Named, cartId?: string): Promise<string> {
  const q: AskQuantity = { kind: 'askQuantity', sku: product.sku, cartId, said: await howManyWords(ctx, product) };
  ctx.state.pending = q;
  return howManyQuestion(ctx, q);
}

/** The question itself: by the unit, by the product's plural, else "for the oat milk: how many?". */
export function howManyQuestion(ctx: TurnContext, q: AskQuantity): string {
  const said = q.said;
  if (!said) return ctx.t('quantity.reprompt');
  // The context is the gender the question agrees with (Italian "quante confezioni", "quanti rotoli").
  if (said.unit) return ctx.t('quantity.askUnits', { unit: said.unit, name: said.name, context: said.gender });
  if (said.plural) return ctx.t('quantity.askCount', { name: said.plural, context: said.gender });
  // The bare name where the catalog gives no grammar ("How many coffee beans should I order?", "Per il caffè, quanti …").
  return ctx.t('quantity.resume', { item: said.item, name: said.name, units: said.name });
}

/** "Sorry, how many cartons of oat milk should I order? Any number up to 99.": the re-ask after a miss. */
export function howManyAgain(ctx: TurnContext, q: AskQuantity, max: number): string {
  const question = howManyQuestion(ctx, q).replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase(ctx.locale));
  return ctx.t('quantity.ask', { question: safe(question), max });
}
