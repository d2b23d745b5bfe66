// How products are said: "2 bags of coffee beans", "2 Packungen Kaffeebohnen", "コーヒー豆2袋", "咖啡豆两袋",
// "the desk lamp", "mit der Schreibtischlampe". The grammar comes from the catalog, per language; a product
// without it is still said sensibly ("2 coffee beans", "zweimal Kaffeebohnen", "コーヒー豆2個").
import type { ProductGrammar } from '../store/types.js';
import type { TurnContext } from './context.js';
import { chineseCount, countedWith, definite, namesPlural, unitFor, type Case } from './language/grammar.js';

export interface Named {
  sku: string;
  name: string;
}

export interface Counted extends Named {
  quantity: number;
}

/** A product name as the shopper said it, echoed back: German nouns are written with a capital ("Bananen"). */
export function echoed(ctx: TurnContext, spoken: string): string {
  return ctx.lang === 'de' ? spoken.replace(/(^|\s)(\p{Ll})/gu, (_, gap: string, c: string) => gap + c.toUpperCase()) : spoken;
}

export class ProductSpeech {
  private constructor(
    private readonly ctx: TurnContext,
    private readonly grammars: Map<string, ProductGrammar>,
  ) {}

  /** The grammar of these products in the shopper's language, from the catalog (one read). */
  static async load(ctx: TurnContext, skus: string[]): Promise<ProductSpeech> {
    const grammars = new Map<string, ProductGrammar>();
    for (const item of await ctx.commerce.catalog([...new Set(skus)], ctx.locale)) {
      const g = item.grammar?.[ctx.locale] ?? item.grammar?.[ctx.lang];
      if (g) grammars.set(item.sku, g);
    }
    return new ProductSpeech(ctx, grammars);
  }

  grammar(sku: string): ProductGrammar | undefined {
    return this.grammars.get(sku);
  }

  /**
   * A quantity of a product, as said when ordering: SSML-safe. `with`: after "with" (mit, con), where German
   * declines the name ("mit 3 Packungen entkoffeinierten Kaffeekapseln") and one item is said with its article
   * ("mit einer Schreibtischlampe", "con una lampada da scrivania").
   */
  counted(line: Counted, withCase = false): string {
    const { ctx } = this;
    const g = this.grammar(line.sku);
    const count = ctx.lang === 'zh' ? chineseCount(line.quantity) : line.quantity;
    // Italian says one item with its article everywhere ("Ordino … una lampada da scrivania"), not only after "con".
    const after = withCase || ctx.lang === 'it' ? countedWith(ctx.lang, line.quantity, line.name, g) : undefined;
    if (after) {
      const key = g?.unit ? 'product.withUnit' : 'product.noUnit';
      const name = !g?.unit && line.quantity > 1 && ctx.lang !== 'de' ? (g?.plural ?? after.name) : after.name;
      const unit = g?.unit ? unitFor(g.unit, line.quantity, ctx.locale) : undefined;
      // Italian elides "una" before a vowel and writes it joined: "un'insalatiera".
      return ctx.t(key, { count: after.count, unit, name }).replace(/^un' /, "un'");
    }
    if (g?.unit) return ctx.t('product.withUnit', { count, unit: unitFor(g.unit, line.quantity, ctx.locale), name: line.name });
    // Japanese and Chinese always count with a counter: the generic one (個, 件) when the product has none.
    if (g || ctx.lang === 'ja' || ctx.lang === 'zh') {
      return ctx.t('product.noUnit', { count, name: line.quantity === 1 ? line.name : (g?.plural ?? line.name) });
    }
    return ctx.t('product.unknown', { count: line.quantity, name: line.name });
  }

  /**
   * A count with this product's counter and no name, for an example the shopper could say: 「3袋にして」,
   * “改成三袋”. Languages that count without a counter get the bare number.
   */
  amount(sku: string, count: number): string {
    if (this.ctx.lang !== 'ja' && this.ctx.lang !== 'zh') return String(count);
    return this.counted({ sku, name: '', quantity: count }).trim();
  }

  /** Each line said on its own. */
  each(lines: Counted[]): string[] {
    return lines.map((l) => this.counted(l));
  }

  /** Several quantities joined the language's way: "2 bags of coffee beans and 1 desk lamp". SSML-safe. */
  list(lines: Counted[], withCase = false): string {
    return this.ctx.format.list(lines.map((l) => this.counted(l, withCase)));
  }

  /** The product with its definite article in a case: "the oat milk", "die Hafermilch", "il latte d'avena". Plain text. */
  the(item: Named, kase: Case = 'nom'): string {
    return definite(this.ctx.lang, item.name, this.grammar(item.sku), kase);
  }

  /** Whether what is named takes a plural verb: several products, or one plural name. */
  plural(items: Named[]): boolean {
    return items.length > 1 || (items.length === 1 && namesPlural(this.grammar(items[0].sku)));
  }
}
