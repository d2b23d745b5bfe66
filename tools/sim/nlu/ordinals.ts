// Ordinals said in answer to "which one?" ("the second one", "die zweite", "il primo", "二番目", "第二个"). A
// platform's custom slot takes them like any other words, and the core reads the position from the product slot
// (lambda/core/language/ordinal.ts, on Alexa there is no utterance to read it from). So the understanding gives
// them the product slot as cheaply as a named product, and never reads the "one" of "the second one" as a
// quantity. Only an ordinal that stands as the answer counts: followed by nothing, a filler or "one" ("the last
// one", not "my last order"; "die letzte", not "das letzte Mal").
import { ordinalOf } from '../../../lambda/core/language/ordinal.js';
import { joinTokens, trimEdges } from './tokens.js';

/** Spaced languages: the ordinal words (folded: no accents) and the pronoun that may follow them. */
interface Words {
  ordinals: Set<string>;
  /** "one" in "the second one": part of the answer, not a number. */
  pronouns: Set<string>;
  /** Words before which an ordinal is something else ("a second"). */
  notAfter: Set<string>;
  /** Words after which an ordinal is something else ("das letzte Mal"). */
  notBefore?: Set<string>;
  /** "Last" is said of too much else ("repeat the last bit"): an answer only with nothing but light words before it. */
  last: Set<string>;
}

const WORDS: Record<string, Words> = {
  en: {
    ordinals: new Set(['first', 'second', 'third', 'fourth', 'last', '1st', '2nd', '3rd', '4th']),
    last: new Set(['last']),
    pronouns: new Set(['one']),
    // "wait a second"
    notAfter: new Set(['a']),
  },
  de: {
    ordinals: new Set(['erst', 'zweit', 'dritt', 'viert', 'letzt'].flatMap((s) => ['e', 'en', 'er', 'es'].map((e) => s + e))),
    last: new Set(['letzte', 'letzten', 'letzter', 'letztes']),
    pronouns: new Set(),
    notAfter: new Set(),
    // "das letzte Mal": a filler elsewhere, a noun here
    notBefore: new Set(['mal']),
  },
  it: {
    ordinals: new Set(['prim', 'second', 'terz', 'quart', 'ultim'].flatMap((s) => ['o', 'a', 'i', 'e'].map((e) => s + e))),
    last: new Set(['ultimo', 'ultima', 'ultimi', 'ultime']),
    pronouns: new Set(['uno', 'una']),
    notAfter: new Set(['un', 'una', 'uno', 'di', 'del', 'della']),
  },
};

/** Unspaced languages: the whole answer, letter by letter ("二番目のほう", "第二个", "最后一个"). */
const PHRASES: Record<string, RegExp> = {
  ja: /^(?:[1-4一二三四](?:番目|つ目|個目)(?:の(?:ほう|方|やつ|もの|奴))?|(?:最初|最後)の(?:ほう|方|やつ|もの|奴))/u,
  zh: /^(?:第[1-4一二三四](?:个|種|种|款|样)?|最后(?:一|那)(?:个|种|款|样))/u,
};

export class Ordinals {
  constructor(
    private readonly lang: string,
    private readonly filler: (token: string) => boolean,
    private readonly light: (token: string) => boolean = filler,
  ) {}

  /** How many tokens from `i` on are an ordinal said as the answer (0 when none). */
  at(tokens: string[], i: number): number {
    const phrase = PHRASES[this.lang];
    if (phrase) {
      const found = phrase.exec(tokens.slice(i).join(''));
      if (!found) return 0;
      // Letter tokens: the match's length in letters is its length in tokens, unless a longer token stands inside.
      let n = 0;
      for (let taken = 0; taken < found[0].length && i + n < tokens.length; n++) taken += tokens[i + n].length;
      return this.agrees(tokens.slice(i, i + n)) ? n : 0;
    }
    const words = WORDS[this.lang];
    if (!words?.ordinals.has(tokens[i]) || words.notAfter.has(tokens[i - 1] ?? '')) return 0;
    if (words.last.has(tokens[i]) && !tokens.slice(0, i).every(this.light)) return 0;
    const n = words.pronouns.has(tokens[i + 1] ?? '') ? 2 : 1;
    const next = tokens[i + n];
    const answer = next === undefined || (this.filler(next) && !words.notBefore?.has(next));
    return answer && this.agrees(tokens.slice(i, i + n)) ? n : 0;
  }

  /** Whether the token at `i` is the pronoun of an ordinal answer ("the second one"): not a number. */
  pronounAt(tokens: string[], i: number): boolean {
    return i > 0 && !!WORDS[this.lang]?.pronouns.has(tokens[i]) && this.at(tokens, i - 1) === 2;
  }

  /** Whether the words from..to of what was said, light words at the edges aside, are one ordinal answer. */
  spans(tokens: string[], from: number, to: number): boolean {
    const [a, b] = trimEdges(tokens, from, to, this.light, 1);
    const n = b > a ? this.at(tokens, a) : 0;
    // "second" of "the second one" when a sample says "the {item} one"
    return n > 0 && (n === b - a || this.withoutPronoun(tokens.slice(a, a + n)).length === b - a);
  }

  /** The answer without its pronoun ("second one" → "second", "二番目のほう" → "二番目"): the words the core reads. */
  withoutPronoun(tokens: string[]): string[] {
    const suffix = this.lang === 'ja' ? /の(?:ほう|方|やつ|もの|奴)$/u.exec(tokens.join('')) : null;
    if (suffix) return tokens.slice(0, tokens.length - [...suffix[0]].length);
    const pronouns = WORDS[this.lang]?.pronouns;
    return tokens.length > 1 && pronouns?.has(tokens.at(-1) ?? '') ? tokens.slice(0, -1) : tokens;
  }

  /** The core must read the same position from the slot's words. */
  private agrees(tokens: string[]): boolean {
    return ordinalOf(joinTokens(tokens, this.lang), this.lang) !== undefined;
  }
}
