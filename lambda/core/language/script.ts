// Whether a word is written in the script a locale reads aloud. A Japanese or Chinese voice reads an address label
// stored as "home" letter by letter, so a label in another script is left out of speech (see TurnContext.shortAddress).

/** Letters of each script, by the script subtag `Intl.Locale#maximize()` gives a language. */
const LETTERS: Record<string, RegExp> = {
  Latn: /^\p{Script=Latin}$/u,
  Hans: /^\p{Script=Han}$/u,
  Hant: /^\p{Script=Han}$/u,
  Jpan: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u,
  Kore: /^[\p{Script=Hangul}\p{Script=Han}]$/u,
};

const scripts = new Map<string, RegExp | undefined>();

function lettersOf(locale: string): RegExp | undefined {
  if (!scripts.has(locale)) {
    const script = new Intl.Locale(locale).maximize().script;
    scripts.set(locale, script ? LETTERS[script] : undefined);
  }
  return scripts.get(locale);
}

/**
 * True when every letter of `text` belongs to the locale's script (digits, spaces and punctuation do not count;
 * the prolonged-sound mark ー is Japanese). A text without letters, or a locale whose script is not known here,
 * counts as written in it.
 */
export function writtenInScriptOf(text: string, locale: string): boolean {
  const letters = lettersOf(locale);
  if (!letters) return true;
  for (const ch of text) {
    if (/\p{L}/u.test(ch) && ch !== 'ー' && !letters.test(ch)) return false;
  }
  return true;
}
