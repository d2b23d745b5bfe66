// Word stems, so that inflections a sample does not spell out ("riordini" for "riordina", "bestelle" for
// "bestellen", "ordering" for "order") count as the same word. Snowball stemmers, as search engines and
// intent recognisers use them; Japanese and Chinese are compared letter by letter and need none.
import { newStemmer } from 'snowball-stemmers';

const ALGORITHMS: Record<string, string> = { en: 'english', de: 'german', it: 'italian' };

export type Stem = (token: string) => string;

const cache = new Map<string, Stem>();
const MAX_REMEMBERED = 20_000;

export function stemmerFor(lang: string): Stem {
  let stem = cache.get(lang);
  if (stem) return stem;
  const algorithm = ALGORITHMS[lang];
  if (!algorithm) {
    stem = (token) => token;
  } else {
    const stemmer = newStemmer(algorithm);
    const seen = new Map<string, string>();
    // Slot marks (§item) and digits are not words.
    stem = (token) => {
      if (token.startsWith('§') || /^\d+$/.test(token)) return token;
      let s = seen.get(token);
      if (s === undefined) {
        // Bounded: a long simulator session hears ever new words.
        if (seen.size >= MAX_REMEMBERED) seen.clear();
        seen.set(token, (s = stemmer.stem(lang === 'it' ? withoutClitics(token) : token)));
      }
      return s;
    };
  }
  cache.set(lang, stem);
  return stem;
}

/**
 * Italian imperatives carry their pronouns ("lascialo", "ricomprami", "ordinamelo"), which Snowball leaves
 * on: the bare imperative (lascia, ricompra, ordina) is the verb the samples use.
 */
const CLITICS = /^(.{4,}?[aei])(?:(?:me|te|ce|ve|se|glie)(?:lo|la|li|le|ne)|lo|la|li|le|ne|mi|ti|ci|vi|si|gli)$/u;

export function withoutClitics(word: string): string {
  return CLITICS.exec(word)?.[1] ?? word;
}
