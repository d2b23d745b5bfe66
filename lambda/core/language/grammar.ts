// The grammar a product name needs inside a sentence: units with their plural, definite articles and German
// case forms, Chinese numerals before a measure word. Language data, like the stemmers; the sentences stay in
// locales/.
import type { ProductGrammar, Unit } from '../../store/types.js';

/** A German case; `dat` is also what a product phrase takes after "with" (mit, con) in every language. */
export type Case = 'nom' | 'acc' | 'dat' | 'gen';

const pluralRules = new Map<string, Intl.PluralRules>();

/** The unit's form for a count, by the locale's plural rules ("1 bag", "2 bags"; one form in ja and zh). */
export function unitFor(unit: Unit, count: number, locale: string): string {
  if (typeof unit === 'string') return unit;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? unit.one : unit.other;
}

const isPlural = (g: ProductGrammar) => g.number === 'plural';

const GERMAN_ARTICLES: Record<Case, Record<'m' | 'f' | 'n' | 'pl', string>> = {
  nom: { m: 'der', f: 'die', n: 'das', pl: 'die' },
  acc: { m: 'den', f: 'die', n: 'das', pl: 'die' },
  dat: { m: 'dem', f: 'der', n: 'dem', pl: 'den' },
  gen: { m: 'des', f: 'der', n: 'des', pl: 'der' },
};

/**
 * A German name after the definite article, when the seed gives no form for the case: adjectives take the weak
 * ending ("die entkoffeinierten Kaffeekapseln"), a plural noun its dative -n ("den Zahnbürstenköpfen"), a masculine
 * or neuter noun its genitive -s ("des Kaffees").
 */
function germanForm(name: string, g: ProductGrammar, kase: Case): string {
  const words = name.split(' ');
  const plural = isPlural(g);
  const weak = plural || kase === 'dat' || kase === 'gen' || (kase === 'acc' && g.gender === 'm');
  const out = words.map((word, i) => {
    const last = i === words.length - 1;
    if (!last) return weak && /^[a-zäöüß]+e$/.test(word) ? `${word}n` : word;
    if (plural && kase === 'dat') return /[ns]$/.test(word) ? word : `${word}n`;
    if (!plural && kase === 'gen' && g.gender !== 'f') return /(s|ß|x|z)$/.test(word) ? `${word}es` : `${word}s`;
    return word;
  });
  return out.join(' ');
}

/**
 * A German name with no article in the dative, as after "mit 2 Packungen": the strong endings ("mit 3 Packungen
 * entkoffeinierten Kaffeekapseln", "mit 1 Packung Zahnbürstenköpfen", "mit einer Packung frischer Hafermilch").
 */
function germanStrongDative(name: string, g: ProductGrammar | undefined, plural: boolean): string {
  if (plural) return germanForm(name, { ...g, number: 'plural' }, 'dat');
  const ending = g?.gender === 'f' ? 'r' : 'm';
  return name.split(' ').map((word, i, all) => (i < all.length - 1 && /^[a-zäöüß]+e$/.test(word) ? `${word}${ending}` : word)).join(' ');
}

const GERMAN_ONE_DATIVE = { m: 'einem', f: 'einer', n: 'einem' } as const;

/**
 * How a counted product is said after "with" (mit, con), where it differs from the plain count: the number one as
 * the article ("mit einer Schreibtischlampe", "con una lampada da scrivania") and German dative endings. Returns
 * the count word and the name to put in the language's own pattern ("{{count}} {{unit}} {{name}}").
 */
export function countedWith(
  lang: string, quantity: number, name: string, g: ProductGrammar | undefined,
): { count: string | number; name: string } | undefined {
  if (!g) return undefined;
  const unit = typeof g.unit === 'object' ? g.unit : undefined;
  if (lang === 'de') {
    if (g.unit) {
      // After a unit only the name's adjectives take the dative ("mit 3 Packungen entkoffeinierten Kaffeekapseln");
      // the noun itself stays as it is ("mit einer Packung Zahnbürstenköpfe", as native reviewers say it).
      const declined = isPlural(g) ? (g.cases?.dat ?? germanStrongDative(name, g, true)) : germanStrongDative(name, g, false);
      const said = `${declined.split(' ').slice(0, -1).concat(name.split(' ').at(-1)!).join(' ')}`;
      return { count: quantity === 1 && unit?.gender ? GERMAN_ONE_DATIVE[unit.gender] : quantity, name: said };
    }
    if (quantity > 1) return { count: quantity, name: germanStrongDative(g.plural ?? name, g, true) };
    // One item of a singular name: "einer Schreibtischlampe", declined as after an article.
    if (isPlural(g) || !g.gender) return { count: quantity, name: germanStrongDative(name, g, isPlural(g)) };
    return { count: GERMAN_ONE_DATIVE[g.gender], name: g.cases?.dat ?? germanForm(name, g, 'dat') };
  }
  // English: "your order with a desk lamp", "with a bag of coffee beans" (a plural name without a unit keeps its 1).
  if (lang === 'en') {
    if (quantity !== 1 || (!g.unit && isPlural(g))) return undefined;
    return { count: /^[aeiou]/i.test(g.unit ? (unit?.one ?? (typeof g.unit === 'string' ? g.unit : '')) : name) ? 'an' : 'a', name };
  }
  const gender = g.unit ? unit?.gender : isPlural(g) ? undefined : g.gender;
  if (lang === 'it' && quantity === 1 && gender && gender !== 'n') {
    return { count: italianOne(g.unit ? (unit?.one ?? '') : name, gender), name };
  }
  return undefined;
}

/** Italian "one" before a word: un, uno, una, un' (the elided form is written joined, the caller trims the space). */
function italianOne(word: string, gender: 'm' | 'f'): string {
  if (gender === 'f') return /^[aeiouàèéìòù]/i.test(word) ? "un'" : 'una';
  return /^(s[^aeiou]|z|gn|ps|x|y)/i.test(word) ? 'uno' : 'un';
}

function italianArticle(name: string, g: ProductGrammar): string | undefined {
  if (g.article) return g.article;
  if (!g.gender) return undefined;
  const plural = isPlural(g);
  const feminine = g.gender === 'f';
  if (/^[aeiouàèéìòùh]/i.test(name)) return plural ? (feminine ? 'le' : 'gli') : "l'";
  if (!feminine && /^(s[^aeiou]|z|gn|ps|x|y)/i.test(name)) return plural ? 'gli' : 'lo';
  return feminine ? (plural ? 'le' : 'la') : (plural ? 'i' : 'il');
}

/**
 * The name with its definite article, in a case: "the desk lamp", "der Schreibtischlampe", "l'olio". Japanese and
 * Chinese have none; without the grammar it needs, the bare name.
 */
export function definite(lang: string, name: string, g: ProductGrammar | undefined, kase: Case): string {
  if (lang === 'en') return `the ${name}`;
  if (!g) return name;
  if (lang === 'de') {
    const key = isPlural(g) ? 'pl' : g.gender;
    if (!key) return name;
    return `${GERMAN_ARTICLES[kase][key]} ${g.cases?.[kase] ?? germanForm(name, g, kase)}`;
  }
  if (lang === 'it') {
    const article = italianArticle(name, g);
    if (!article) return name;
    return article.endsWith("'") ? `${article}${name}` : `${article} ${name}`;
  }
  return name;
}

/** Whether the name is a plural noun (it decides "is"/"are", "ist"/"sind"). */
export function namesPlural(g: ProductGrammar | undefined): boolean {
  return g !== undefined && isPlural(g);
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A count before a Chinese measure word: 两 for 2, 十二, 二十, 九十九 (digits beyond 99). */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n === 2) return '两';
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

/** The first letter in upper case, for a product phrase that starts a sentence ("The oat milk isn't …"). */
export function capitalize(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
