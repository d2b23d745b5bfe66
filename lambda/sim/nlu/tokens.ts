// Turning speech into comparable tokens: case and accents folded, punctuation dropped; Japanese and
// Chinese, written without spaces, are cut into words by Intl.Segmenter (ICU's dictionaries).

const UNSPACED = new Set(['ja', 'zh']);
const segmenters = new Map<string, Intl.Segmenter>();

export function isUnspaced(lang: string): boolean {
  return UNSPACED.has(lang);
}

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Words as heard (lower case, accents kept), for slot values. */
function words(text: string, lang: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  if (isUnspaced(lang)) {
    const out: string[] = [];
    for (const part of lower.split(/[\s\p{P}\p{S}]+/u)) {
      if (!part) continue;
      for (const seg of segmenter(lang).segment(part)) if (seg.isWordLike) out.push(seg.segment);
    }
    return out;
  }
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
