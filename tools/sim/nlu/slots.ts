// Slots: which words a slot may take and at what cost (the alignment asks), what value the chosen span gives
// (numbers and codes normalized, products resolved, the sentence's own words left out), and the slots an
// entity recogniser fills from what else was said.
import { parseQuantity } from '../../../lambda/core/language/quantity.js';
import type { Lexicon } from './lexicon.js';
import { COUNTER } from './lexicon.js';
import type { ProductNames } from './products.js';
import { joinTokens, letterPairs, tokenize, trimEdges } from './tokens.js';
import type { SlotSpec, TrainingIntent, TrainingModel } from './training.js';
import { FALLBACK_INTENT, type SlotFill } from './types.js';
import { digitsOf, SPELLED_COUNTERS } from './words.js';

/** Words (letters) of a custom slot that names no known value: Alexa takes unknown words, not whole sentences. */
const MAX_UNRESOLVED = { words: 4, letters: 10 };
/**
 * "just the one", "only the one kitchen roll": "the one" is a number after these words, when nothing but a
 * product, a unit or a light word follows ("just the one we had" stays a pronoun).
 */
const ONE_AS_NUMBER: Record<string, { before: string[]; the: string[]; one: string[] }> = {
  en: { before: ['just', 'only'], the: ['the'], one: ['one'] },
};
/** Words for "times" after a number in Japanese and Chinese: 一次, 一回, 一遍, 一度. */
const TIMES = new Set(['次', '回', '遍', '度']);
/**
 * Spaced languages: a number of times, not a quantity ("einmal alles wie immer", "order it once more"): the
 * word itself, or a number before "times", "mal", "volta".
 */
const TIMES_WORDS: Record<string, { words: string[]; after: string[] }> = {
  en: { words: ['once'], after: ['time', 'times'] },
  de: { words: ['einmal'], after: ['mal', 'male'] },
  it: { words: [], after: ['volta', 'volte'] },
};
/** Words before "one" that make it a pronoun ("the one we had last time"), not a number. */
const ONE_AS_PRONOUN: Record<string, { before: string[]; one: string[] }> = {
  en: { before: ['the', 'that', 'this', 'which', 'same'], one: ['one'] },
  de: { before: [], one: [] },
  it: { before: ['quello', 'quella', 'lo', 'la'], one: ['uno', 'una'] },
};
/** Words before the number a shopper takes back ("sechs statt drei", "six, not three", "sei invece di tre"). */
const INSTEAD_OF: Record<string, string[]> = {
  en: ['not', 'of'], de: ['statt', 'anstatt', 'nicht'], it: ['non', 'di', 'anziché', 'anziche'],
};
/** "of" and "di" say it only after "instead" / "invece". */
const INSTEAD_OF_AFTER: Record<string, string> = { of: 'instead', di: 'invece' };
/**
 * Words that stand for the order or the shopping as a whole, never for one product: left over around an
 * unknown product ("where's my stuff got to", "cancel the whole thing", "my groceries from this morning"),
 * they are the sentence's, as an entity recogniser trained on products reads them.
 */
const NO_PRODUCT: Record<string, string[]> = {
  en: ['stuff', 'things', 'thing', 'groceries', 'shopping', 'whole', 'lot', 'everything', 'morning', 'afternoon', 'evening', 'tonight', 'today', 'yesterday'],
};
/** "and" between two products: a second product slot that names nothing known must follow one. */
const AND: Record<string, string[]> = {
  en: ['and', 'plus', 'also'], de: ['und', 'sowie', 'auch'], it: ['e', 'ed', 'anche', 'pure'], ja: ['と', 'や', 'も'], zh: ['和', '跟', '与', '还有', '及', '、'],
};

/** "Each", said next to a number that goes with every product ("2つずつ", "各两袋"). */
const EACH_AFTER = /^\s*(?:\S{0,3}ずつ|each\b|jeweils\b|ciascuno\b|ognuno\b|per ciascuno\b)/u;
const EACH_BEFORE = /(?:各|每样|jeweils)\s*$/u;

export class SlotReader {
  /** Words the in-domain samples write around their slots: the sentence's words, not a product's. */
  private readonly carrierWords: Set<string>;
  /** Unspaced scripts: the letter pairs of those words. */
  private readonly carrierPairs: Set<string>;

  constructor(private readonly model: TrainingModel, private readonly lexicon: Lexicon, private readonly names: ProductNames) {
    const lang = lexicon.lang;
    const carrierTexts = model.intents.filter((i) => i.name !== FALLBACK_INTENT)
      .flatMap((i) => i.samples.flatMap((sample) => sample.flatMap((part) => ('text' in part ? [part.text] : []))));
    this.carrierWords = new Set(carrierTexts.flatMap((t) => tokenize(t, lang)).filter((w) => !names.productWords.has(w)));
    this.carrierPairs = new Set(lexicon.unspaced ? carrierTexts.flatMap((t) => letterPairs(tokenize(t, lang))) : []);
  }

  /**
   * The slots of the chosen sample's intent: its spans' values, then what else was said (fillMissing), a
   * second product slot only after the first.
   */
  read(intent: TrainingIntent, spans: Record<string, [number, number]>, tokens: string[], plain: string[], heard: string[]): Record<string, SlotFill> {
    const slots: Record<string, SlotFill> = {};
    const used: [number, number][] = [];
    const at: Record<string, [number, number]> = {};
    for (const [name, span] of Object.entries(spans)) {
      const spec = intent.slots.find((s) => s.name === name);
      const named = this.lexicon.unspaced ? this.names.nameOnly(spec, plain, span) : span;
      let from = named[0];
      const to = named[1];
      // "一次花园水管": a number of times before a product is the sentence's ("再买一次"), never the product's.
      while (spec?.kind === 'custom' && this.lexicon.unspaced && to - from > 2 && this.lexicon.isNumberLetter(plain[from]) && TIMES.has(plain[from + 1])) from += 2;
      // "再买一次", "もう一回": a number of times is not a quantity, as an entity recogniser reads it.
      // "einmal alles wie immer", "the one we had": a number of times or a pronoun, in spaced languages too.
      const times = this.lexicon.unspaced ? TIMES.has(plain[to] ?? '') : to - from === 1 && this.notAQuantity(tokens, from, plain, at);
      if (spec?.kind === 'number' && times) {
        used.push([from, to]);
        continue;
      }
      const fill = this.fill(spec, plain.slice(from, to), heard.slice(from, to), this.lexicon.ordinals.spans(plain, from, to));
      if (fill) {
        slots[name] = fill;
        at[name] = [from, to];
      }
      used.push([from, to]);
    }
    this.takenBack(intent, slots, used, tokens, plain, heard, at);
    this.fillMissing(intent, slots, used, tokens, plain, heard, at);
    // Of several product slots, one that names nothing known is a product only beside an "and" ("die
    // Kaffeebohnen und die Dinkelnudeln"); otherwise its words are the sentence's ("…, mandamene tre confezioni").
    for (const names of slotsByType(intent)) {
      if (names.filter((name) => slots[name]).length < 2) continue;
      for (const name of names) {
        if (slots[name] && !slots[name].resolved && !this.besideAnd(plain, at[name])) delete slots[name];
      }
    }
    inOrderSaid(intent, slots, at);
    this.numberWithItsProduct(intent, slots, at, plain);
    return slots;
  }

  /**
   * A number goes with the product it was said with, whatever sample lent it its slot: one said after the first
   * product and before the second ("die Hafermilch und zwei Kaffeebohnen", "燕麦奶和三袋咖啡豆"), or after the
   * second in Japanese and Chinese ("オーツミルクとコーヒー豆を二袋"), is the second's (otherQuantity), as a real
   * model fills it from its "{item} and {otherQuantity} {otherItem}" samples. Never both products'. And one
   * product's number is that product's.
   */
  private numberWithItsProduct(intent: TrainingIntent, slots: Record<string, SlotFill>, at: Record<string, [number, number]>, plain: string[]): void {
    // One product said (a second one's words were the sentence's: "reorder the fizzy water, two packs"): its number
    // is the first product's, whatever sample lent it the second's slot.
    if (slots.otherQuantity && !slots.otherItem && !slots.quantity) {
      slots.quantity = slots.otherQuantity;
      at.quantity = at.otherQuantity;
      delete slots.otherQuantity;
      delete at.otherQuantity;
      return;
    }
    const q = at.quantity;
    if (!slots.quantity || !q || slots.otherQuantity || !slots.item || !slots.otherItem || !at.item || !at.otherItem) return;
    if (!intent.slots.some((spec) => spec.name === 'otherQuantity')) return;
    const [first, second] = [at.item, at.otherItem].sort((a, b) => a[0] - b[0]);
    if (q[0] < first[1]) return;
    // Between the two, the "and" says whose: "the oat milk and 3 coffee beans" (the second's), "コーヒー豆を3袋と
    // オーツミルク", "the coffee beans, two packs, and the oat milk" (the first's). After both, only Japanese and
    // Chinese put a product's count after it, and "2つずつ" (each) is both products'.
    const and = AND[this.lexicon.lang] ?? [];
    const afterAnAnd = plain.slice(first[1], q[0]).some((t) => and.includes(t));
    const gap = this.lexicon.unspaced ? '' : ' ';
    const each = EACH_AFTER.test(plain.slice(q[1]).join(gap)) || EACH_BEFORE.test(plain.slice(0, q[0]).join(gap));
    const seconds = q[1] <= second[0] ? afterAnAnd : this.lexicon.unspaced && q[0] >= second[1] && !each;
    if (!seconds) return;
    slots.otherQuantity = slots.quantity;
    at.otherQuantity = q;
    delete slots.quantity;
    delete at.quantity;
  }

  /**
   * A number the shopper takes back ("sechs statt drei") is not the quantity: the other number said is, when
   * there is exactly one.
   */
  private takenBack(intent: TrainingIntent, slots: Record<string, SlotFill>, used: [number, number][], tokens: string[], plain: string[], heard: string[], at: Record<string, [number, number]>): void {
    const markers = INSTEAD_OF[this.lexicon.lang];
    if (!markers) return;
    for (const spec of intent.slots) {
      const span = at[spec.name];
      if (spec.kind !== 'number' || !slots[spec.name] || !span) continue;
      const before = tokens[span[0] - 1];
      const marked = before !== undefined && markers.includes(before)
        && (!INSTEAD_OF_AFTER[before] || tokens[span[0] - 2] === INSTEAD_OF_AFTER[before]);
      if (!marked) continue;
      const others = tokens.map((_, i) => i).filter((i) => (i < span[0] || i >= span[1]) && (this.lexicon.isNumeral(tokens[i]) || /^\d{1,3}$/.test(tokens[i])));
      if (others.length !== 1) continue;
      const fill = this.fill(spec, plain.slice(others[0], others[0] + 1), heard.slice(others[0], others[0] + 1));
      if (!fill) continue;
      slots[spec.name] = fill;
      at[spec.name] = [others[0], others[0] + 1];
      used.push(at[spec.name]);
    }
  }

  /** Whether an "and" comes right before or after the span (a filler or article may stand between). */
  private besideAnd(plain: string[], [from, to]: [number, number]): boolean {
    const and = AND[this.lexicon.lang] ?? [];
    const isAnd = (k: number) => and.includes(plain[k]) || (k > 0 && and.includes(plain[k - 1] + plain[k])) || and.includes(plain[k] + (plain[k + 1] ?? ''));
    for (let k = from - 1; k >= 0; k--) {
      if (isAnd(k)) return true;
      if (this.lexicon.unspaced || !this.lexicon.light(plain[k])) break;
    }
    for (let k = to; k < plain.length; k++) {
      if (isAnd(k)) return true;
      if (this.lexicon.unspaced || !this.lexicon.light(plain[k])) break;
    }
    return false;
  }

  /** How unlikely it is that these words are this slot; undefined when they cannot be. */
  spanCost(spec: SlotSpec | undefined, kind: SlotSpec['kind'], span: string[], ordinal = false): number | undefined {
    const { lang, unspaced } = this.lexicon;
    const words = joinTokens(span, lang);
    if (kind === 'number') {
      if (parseQuantity(words, lang) !== undefined) return 0;
      // A code's digit word alone ("oh") is no quantity.
      return digitsOf(span, lang) !== undefined && (span.length > 1 || unspaced || /^\d+$/.test(span[0])) ? 0 : undefined;
    }
    if (kind === 'digits') {
      const digits = this.lexicon.codeOf(span);
      return digits === undefined ? undefined : digits.length === 4 ? 0 : 0.6;
    }
    const light = (t: string) => this.lexicon.light(t);
    // Custom types take any words, as on Alexa; words naming a known value fit best.
    if (span.every(light)) return undefined;
    // A quantity or unit before more words is not part of the product ("another two bottles of washing up
    // liquid" is a number, a unit and the product), unless a name says it exactly.
    const [from, to] = trimEdges(span, 0, span.length, light, 1);
    const core = span.slice(from, to);
    // An ordinal answer fills the product slot like a name; its "one" is better left to the sentence.
    if (ordinal) return 0.25 * (span.length - core.length) + (this.lexicon.ordinals.withoutPronoun(core).length < core.length ? 0.05 : 0);
    const number = (t: string) => this.lexicon.isNumeral(t) || /^\d+$/.test(t);
    if (!unspaced && core.some(number) && !this.names.exactly(spec, joinTokens(core, lang))) return undefined;
    // Fillers and articles at the edges belong to the sentence more likely than to the product.
    let edges = 0;
    for (let i = 0; i < span.length && light(span[i]); i++) edges++;
    for (let i = span.length - 1; i > 0 && light(span[i]); i--) edges++;
    const found = this.names.product(spec, words);
    if (found.kind === 'one') return 0.25 * edges;
    // Words that name no one product do not hold a unit before more words ("bottles of fizzy water").
    if (!unspaced && core.slice(0, -1).some((t) => this.lexicon.isCounter(t))) return undefined;
    if (found.kind === 'several') return 0.05 + 0.25 * edges;
    if (span.length > (unspaced ? MAX_UNRESOLVED.letters : MAX_UNRESOLVED.words)) return undefined;
    // A slot ends where the product's name ends: "Hundefutter schon" is Hundefutter and a word of the sentence.
    for (let k = 1; k < span.length; k++) {
      if (this.names.product(spec, joinTokens(span.slice(0, k), lang)).kind === 'one') return undefined;
      if (this.names.product(spec, joinTokens(span.slice(k), lang)).kind === 'one') return undefined;
      // Nor does it run on past a product named inside it ("muss die Zahnpasta zurückschicken").
      if (!unspaced && this.names.spanAt(span, k)) return undefined;
    }
    return unspaced ? 0.5 + 0.25 * (span.length - 1) + 0.15 * edges : 0.7 + 0.3 * (span.length - 1) + 0.25 * edges;
  }

  private fill(spec: SlotSpec | undefined, span: string[], heardSpan: string[], ordinal = false): SlotFill | undefined {
    const { lang, unspaced } = this.lexicon;
    const light = (t: string) => this.lexicon.light(t);
    if ((spec?.kind === 'custom' || spec?.kind === undefined) && !unspaced) {
      // Fillers and articles at the edges are the sentence's ("noch mal den Kaffee" is Kaffee). (Not single
      // letters of unspaced scripts: と and の are inside words too.)
      const [from, to] = trimEdges(span, 0, span.length, light, 1);
      span = span.slice(from, to);
      heardSpan = heardSpan.slice(from, to);
    }
    if (spec?.kind === 'number') {
      // A kana letter alone is a particle (に, し), not a number.
      if (unspaced && !span.some((t) => this.lexicon.isNumberLetter(t))) return undefined;
      const value = joinTokens(heardSpan, lang);
      const n = parseQuantity(joinTokens(span, lang), lang) ?? Number(digitsOf(span, lang));
      return { value, normalized: String(n) };
    }
    if (spec?.kind === 'digits') return { value: joinTokens(heardSpan, lang), normalized: this.lexicon.codeOf(span) };
    if (ordinal) return { value: joinTokens(this.lexicon.ordinals.withoutPronoun(heardSpan), lang) };
    const found = this.names.product(spec, joinTokens(span, lang));
    // A number and its counter alone (「1つ」 of 「1つ外して」) is a quantity, never a product.
    if (found.kind !== 'one' && parseQuantity(joinTokens(span, lang), lang) !== undefined) return undefined;
    if (found.kind !== 'one') {
      // Nothing of the catalogue: what the sentence's own words leave over is the value ("wann kommt mein
      // Paket ungefähr an" fills "Paket"); when they leave nothing ("dasselbe wie letztes Mal"), no slot.
      if (unspaced) {
        const pairs = letterPairs(span);
        return span.length < 2 || pairs.every((p) => this.carrierPairs.has(p)) ? undefined : { value: joinTokens(heardSpan, lang) };
      }
      const general = NO_PRODUCT[lang] ?? [];
      const [from, to] = trimEdges(span, 0, span.length, (t) => this.carrierWords.has(t) || light(t) || general.includes(t), 0);
      return from < to ? { value: joinTokens(heardSpan.slice(from, to), lang) } : undefined;
    }
    const entry = this.model.types[spec!.type!].find((v) => v.id === found.sku)!;
    // The sentence's own words at the edges are not the product's either ("nochmal die Kaffeebohnen"),
    // as long as what is left still names it.
    if (!unspaced) {
      // Only the sentence's own words ("place my usual order") name no product, however they resolve.
      if (span.every((t) => this.carrierWords.has(t) || light(t))) return undefined;
      const [from, to] = trimEdges(span, 0, span.length, (t) => this.carrierWords.has(t) || light(t), 1);
      const rest = this.names.product(spec, joinTokens(span.slice(from, to), lang));
      if (rest.kind === 'one' && rest.sku === found.sku) heardSpan = heardSpan.slice(from, to);
    }
    return { value: joinTokens(heardSpan, lang), resolved: { id: entry.id, name: entry.name } };
  }

  /**
   * Slots the chosen sample has no place for, filled from what else was said, as an entity recogniser does:
   * a clear product name ("ist das Klopapier schon verschickt"), or the one number said.
   */
  private fillMissing(intent: TrainingIntent, slots: Record<string, SlotFill>, used: [number, number][], tokens: string[], plain: string[], heard: string[], at: Record<string, [number, number]>): void {
    const free = (from: number, to: number) => used.every(([a, b]) => to <= a || from >= b);
    for (const spec of intent.slots) {
      if (slots[spec.name]) continue;
      let span: [number, number] | undefined;
      if (spec.kind === 'custom') {
        for (let i = 0; i < plain.length && !span; i++) {
          const n = this.names.spanAt(plain, i);
          if (n && free(i, i + n)) span = [i, i + n];
        }
      } else if (spec.kind === 'number' && !this.lexicon.unspaced) {
        const numbers = tokens.map((t, i) => i).filter((i) => free(i, i + 1) && (this.lexicon.isNumeral(tokens[i]) || /^\d{1,3}$/.test(tokens[i]))
          && !this.notAQuantity(tokens, i, plain, at));
        if (numbers.length === 1) span = [numbers[0], numbers[0] + 1];
      } else if (spec.kind === 'number') {
        // In Japanese and Chinese 一 is also "a" (一下, もう一度): only a number before a counter (二袋, 4個).
        const counted = this.countedNumbers(tokens).filter(([from, to]) => free(from, to));
        // Several counted numbers: a product's is the one said right after it in Japanese ("キッチンペーパーを3つと
        // カプセルを2箱"), right before it in Chinese ("三提厨房纸巾和两盒胶囊"; the counter is one token).
        const product = at[spec.name === 'otherQuantity' ? 'otherItem' : 'item'];
        if (counted.length === 1) span = counted[0];
        else if (product && this.lexicon.lang === 'ja') span = counted.find(([from]) => from >= product[1] && from <= product[1] + 1);
        else if (product) span = counted.find(([, to]) => to + 1 === product[0]);
      }
      if (!span) continue;
      const fill = this.fill(spec, plain.slice(...span), heard.slice(...span));
      if (fill) {
        slots[spec.name] = fill;
        at[spec.name] = span;
      }
      used.push(span);
    }
  }

  /**
   * A number word said as a number of times ("einmal", "one more time") or as a pronoun ("the one we had",
   * "the oat milk one"); `plain` and `at` tell where a product was said.
   */
  private notAQuantity(tokens: string[], i: number, plain: string[] = tokens, at: Record<string, [number, number]> = {}): boolean {
    const times = TIMES_WORDS[this.lexicon.lang];
    const pronoun = ONE_AS_PRONOUN[this.lexicon.lang];
    const number = ONE_AS_NUMBER[this.lexicon.lang];
    if (number && number.one.includes(tokens[i]) && i > 1 && number.the.includes(tokens[i - 1]) && number.before.includes(tokens[i - 2])) {
      const next = tokens[i + 1];
      if (next === undefined || next === COUNTER || next === 'of' || ['please', 'thanks', 'thank', 'ta'].includes(next) || this.names.spanAt(plain, i + 1)) return false;
    }
    // "the oat milk one (please)": "one" right after "the <product>" said at the start, nothing but light words
    // after it, stands for the product ("make the milk one" is a quantity: a verb comes first).
    if (pronoun?.one.includes(tokens[i]) && tokens.slice(i + 1).every((t) => this.lexicon.light(t))) {
      const product = Object.values(at).find(([, to]) => to === i);
      if (product && product[0] > 0 && pronoun.before.includes(tokens[product[0] - 1]) && tokens.slice(0, product[0] - 1).every((t) => this.lexicon.light(t) || t === 'mean' || t === 'think' || t === 'meant')) return true;
    }
    if (times?.words.includes(tokens[i])) return true;
    const next = tokens[i + 1] === 'more' || tokens[i + 1] === 'altra' ? tokens[i + 2] : tokens[i + 1];
    if (next !== undefined && times?.after.includes(next)) return true;
    if (this.lexicon.ordinals.pronounAt(tokens, i)) return true;
    return !!pronoun && pronoun.one.includes(tokens[i]) && i > 0 && pronoun.before.includes(tokens[i - 1]);
  }

  /** Spans of numerals followed by a counter ("三本", "十二個"). */
  private countedNumbers(tokens: string[]): [number, number][] {
    const out: [number, number][] = [];
    const spelled = SPELLED_COUNTERS[this.lexicon.lang] ?? [];
    tokens.forEach((t, i) => {
      const counter = t === COUNTER ? 1 : (spelled.find((c) => tokens.slice(i, i + c.length).join('') === c)?.length ?? 0);
      if (!counter || tokens[i + counter] === '目') return;
      let from = i;
      while (from > 0 && this.lexicon.isNumberLetter(tokens[from - 1])) from--;
      if (from < i) out.push([from, i]);
    });
    return out;
  }
}

/** The custom slots of an intent, grouped by type, in the order the intent declares them (item, otherItem). */
function slotsByType(intent: TrainingIntent): string[][] {
  const byType = new Map<string, string[]>();
  for (const spec of intent.slots) {
    if (spec.kind !== 'custom' || !spec.type) continue;
    byType.set(spec.type, [...(byType.get(spec.type) ?? []), spec.name]);
  }
  return [...byType.values()];
}

/**
 * Slots of one type are filled in the order their products were said, and only from the first: one product
 * said, whatever sample lent it its place, is the first ("bestell drei Packungen Spülmaschinentabs nach" is
 * item; "toothpaste and shampoo" is item toothpaste, otherItem shampoo). A product said twice counts once.
 */
function inOrderSaid(intent: TrainingIntent, slots: Record<string, SlotFill>, at: Record<string, [number, number]>): void {
  for (const names of slotsByType(intent)) {
    const said = names.filter((name) => slots[name] !== undefined).sort((a, b) => (at[a]?.[0] ?? 0) - (at[b]?.[0] ?? 0));
    const filled: SlotFill[] = [];
    for (const name of said) {
      const fill = slots[name];
      // The same product said twice is one; the fuller naming of it is kept ("the cat's … cat biscuits").
      const same = fill.resolved ? filled.findIndex((f) => f.resolved?.id === fill.resolved?.id) : -1;
      if (same < 0) filled.push(fill);
      else if (fill.value.length > filled[same].value.length) filled[same] = fill;
    }
    names.forEach((name, i) => {
      if (i < filled.length) slots[name] = filled[i];
      else delete slots[name];
    });
  }
}
