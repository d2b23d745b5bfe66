// Turning speech into comparable tokens: case and accents folded, punctuation dropped; Japanese and
// Chinese, written without spaces, are compared letter by letter.

const UNSPACED = new Set(['ja', 'zh']);

export function isUnspaced(lang: string): boolean {
  return UNSPACED.has(lang);
}

export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/**
 * Words as heard (lower case, accents kept), for slot values. Japanese and Chinese are compared letter by
 * letter: a dictionary cuts the same verb differently in different sentences ("つないで" once as one word,
 * once as つ/ない/で), letters are stable. Runs of Latin letters or digits stay whole.
 */
function words(text: string, lang: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  if (isUnspaced(lang)) return lower.match(/[\p{Script=Latin}\p{N}]+|[^\s\p{P}\p{S}\p{Script=Latin}\p{N}]/gu) ?? [];
  return lower.replace(/['’`]/g, ' ').split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/** Tokens of a phrase, folded for comparing, with the words as heard beside them (same positions). */
export function tokenizeHeard(text: string, lang: string): { tokens: string[]; heard: string[] } {
  const heard = words(text, lang);
  return { tokens: heard.map(foldText), heard };
}

/** Folded tokens of a phrase; the same function is applied to samples and to what the shopper said. */
export function tokenize(text: string, lang: string): string[] {
  return tokenizeHeard(text, lang).tokens;
}

/** How tokens are joined back into a slot value as the platform would report it. */
export function joinTokens(tokens: string[], lang: string): string {
  return tokens.join(isUnspaced(lang) ? '' : ' ');
}
