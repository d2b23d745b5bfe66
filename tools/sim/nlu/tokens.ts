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
  let lower = text.normalize('NFKC').toLowerCase();
  if (lang === 'ja') lower = kanaDigits(kanaSpellings(lower));
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

/**
 * Japanese words a recogniser writes in kanji or in kana alike ("要らない" / "いらない"): the kana form,
 * so that samples and speech spell them the same.
 */
const KANA_SPELLINGS: [RegExp, string][] = [
  [/要らな/gu, 'いらな'], [/要ら/gu, 'いら'], [/下さい/gu, 'ください'], [/出来/gu, 'でき'], [/頂/gu, 'いただ'],
  [/致/gu, 'いた'], [/無い/gu, 'ない'], [/無く/gu, 'なく'], [/又/gu, 'また'], [/宜しく/gu, 'よろしく'],
  [/御願い/gu, 'お願い'], [/止め/gu, 'やめ'], [/辞め/gu, 'やめ'], [/良い/gu, 'いい'], [/有難う/gu, 'ありがとう'],
  [/一寸/gu, 'ちょっと'], [/貰/gu, 'もら'], [/頼みます/gu, 'たのみます'],
];

function kanaSpellings(text: string): string {
  return KANA_SPELLINGS.reduce((t, [from, to]) => t.replace(from, to), text);
}

/** Digits read out in kana ("ななぜろによん"), four or more in a row: a code, written as digits. */
const KANA_DIGIT_READINGS: [string, string][] = [
  ['きゅう', '9'], ['きゅー', '9'], ['ぜろ', '0'], ['れい', '0'], ['まる', '0'], ['いち', '1'], ['さん', '3'], ['よん', '4'],
  ['ろく', '6'], ['なな', '7'], ['しち', '7'], ['はち', '8'], ['にー', '2'], ['ごー', '5'], ['に', '2'], ['ご', '5'], ['きゅ', '9'],
];
const KANA_DIGIT = `(?:${KANA_DIGIT_READINGS.map(([kana]) => kana).join('|')})`;
const KANA_DIGIT_RUN = new RegExp(`${KANA_DIGIT}{4,}`, 'gu');

function kanaDigits(text: string): string {
  return text.replace(KANA_DIGIT_RUN, (run) => {
    let out = '';
    for (let rest = run; rest;) {
      const [kana, digit] = KANA_DIGIT_READINGS.find(([k]) => rest.startsWith(k))!;
      out += digit;
      rest = rest.slice(kana.length);
    }
    return out;
  });
}

/** The part of tokens[from, to) left when tokens that match `drop` are cut from both edges, keeping at least `keep`. */
export function trimEdges(tokens: string[], from: number, to: number, drop: (token: string) => boolean, keep: number): [number, number] {
  while (to - from > keep && drop(tokens[from])) from++;
  while (to - from > keep && drop(tokens[to - 1])) to--;
  return [from, to];
}

/** Pairs of neighbouring letters, not across slot marks or other tokens of more than one letter. */
export function letterPairs(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].length === 1 && tokens[i - 1].length === 1) out.push(tokens[i - 1] + tokens[i]);
  }
  return out;
}
