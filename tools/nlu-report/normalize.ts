// What the report compares: utterances and slot values folded the same way on both sides.
import { ARTICLES as SAID_ARTICLES } from '../../lambda/core/language/words.js';

/** Languages written without spaces between words. */
export const SPACELESS = /^(ja|zh)-/;

/** Articles and determiners a slot value may begin with ("the coffee", "die Hafermilch"). */
export const ARTICLES: Record<string, string[]> = {
  en: SAID_ARTICLES.en,
  de: SAID_ARTICLES.de,
  it: [...SAID_ARTICLES.it, "l'", 'l', 'degli', 'dello'],
};
/** "and" between two products in one slot value. */
export const CONJUNCTIONS: Record<string, string[]> = { en: ['and'], de: ['und'], it: ['e', 'ed'] };

/** What the comparison sees: NFKC, casefolded, punctuation and symbols gone, one space between words. */
export function normalizeUtterance(text: string, locale: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}\p{M}'\s{}_]/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return SPACELESS.test(locale) ? folded.replace(/ /g, '') : folded;
}

/** A slot value as scored: normalized, apostrophes as spaces, a leading article left out. */
export function canonical(value: string, locale: string): string {
  let text = normalizeUtterance(value, locale).replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
  const articles = ARTICLES[locale.slice(0, 2)] ?? [];
  const first = text.split(' ')[0];
  if (first && articles.includes(first) && text.includes(' ')) text = text.slice(first.length + 1);
  return text;
}

