// Words per language that a recogniser hears but that carry no intent: fillers a speaker adds freely
// (weighed lightly when extra), and function words (weighed half). Digits said one by one, for codes.
import { parseQuantity } from '../../../lambda/core/language/quantity.js';
import { ARTICLES, DIGIT_WORDS } from '../../../lambda/core/language/words.js';

export const FILLERS: Record<string, string[]> = {
  en: ['um', 'uh', 'uhm', 'er', 'erm', 'hm', 'hmm', 'mm', 'ah', 'ok', 'okay', 'so', 'well', 'please', 'just', 'now', 'hey', 'alexa', 'google', 'could', 'can', 'would', 'you', 'kindly', 'actually', 'like', 'maybe', 'i', 'want', 'wanna', 'to', 'd', 'like', 'thanks', 'thank', 'oh', 'right', 'again', 'for', 'me', 'quickly', 'real', 'ta'],
  de: ['äh', 'ähm', 'öhm', 'ah', 'hm', 'hmm', 'naja', 'also', 'bitte', 'mal', 'doch', 'ja', 'nun', 'ok', 'okay', 'kannst', 'könntest', 'du', 'würdest', 'ich', 'möchte', 'will', 'gerne', 'gern', 'hey', 'alexa', 'danke', 'eben', 'einfach', 'schnell', 'jetzt', 'nochmal', 'mir', 'eigentlich'],
  it: ['ehm', 'eh', 'uhm', 'mah', 'cioè', 'insomma', 'allora', 'dunque', 'beh', 'per', 'favore', 'cortesia', 'puoi', 'potresti', 'vorrei', 'voglio', 'mi', 'ok', 'okay', 'ecco', 'ciao', 'alexa', 'grazie', 'adesso', 'ora', 'solo', 'pure', 'tipo', 'senti'],
  ja: ['えーと', 'えっと', 'あの', 'あのー', 'ええと', 'うーん', 'ちょっと', 'すみません', 'お願い', 'ください', 'ね', 'よ', 'な', 'か', 'アレクサ', 'じゃあ', 'では', 'まあ', 'あ', 'ええ', 'さ', 'ます', 'です'],
  zh: ['嗯', '呃', '那个', '这个', '请', '麻烦', '帮我', '一下', '吧', '呢', '啊', '哦', '好', '就', '我', '想', '要', '你', '能', '可以', '吗', '了', '的'],
};

/**
 * Hesitation sounds: a recogniser's transcript leaves them out, so they say nothing about the intent (a sample
 * that happens to start with "um" must not make every "um …" that intent).
 */
export const HESITATIONS: Record<string, string[]> = {
  en: ['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'hm', 'hmm', 'mm'],
  de: ['äh', 'ähm', 'öhm', 'hm', 'hmm'],
  it: ['ehm', 'uhm', 'hmm', 'mmm'],
};

export const FUNCTION_WORDS: Record<string, string[]> = {
  en: [...ARTICLES.en, 'of', 'that', 'this', 'it', 'is', 'are', 'do', 'does', 'did', 'be', 'and', 'in', 'on', 'with', 'more',
    // What is left of "delivery's", "I'll", "we're" once the apostrophe is a space.
    's', 'll', 're', 've', 'm', 'any', 'then', 'those', 'these', 'up'],
  de: [...ARTICLES.de, 'einem', 'meiner', 'von', 'vom', 'zu', 'und', 'ist', 'es', 'noch', 'wieder'],
  it: [...ARTICLES.it, 'l', 'di', 'mio', 'mia', 'miei', 'mie', 'e', 'a', 'al', 'da', 'che', 'ancora'],
  ja: ['の', 'を', 'は', 'が', 'に', 'で', 'と', 'も', 'へ', 'て', 'た'],
  zh: ['的', '了', '把', '给', '在', '是', '和', '也', '还'],
};

/**
 * Japanese counters written in kana or katakana ("二つ", "6パック", "1ケース"): letters of many other words, so they
 * are no counter token; they only tell a number said outside the matching sample as a quantity ("…を二つ買っておいて").
 * A number and its counter followed by 目 is an ordinal ("1つ目"), not a quantity.
 */
export const SPELLED_COUNTERS: Record<string, string[]> = { ja: ['つ', 'パック', 'ケース', 'セット'] };

/** Counter words: which one a shopper uses ("三盒" or "三个") does not change what they ask. (Not 只: it is "only" too.) */
export const COUNTERS: Record<string, string[]> = {
  ja: ['個', '点', '袋', '本', '箱', '枚', '缶'],
  zh: ['个', '份', '包', '袋', '瓶', '盒', '件', '箱', '支', '罐', '桶', '条', '套', '台', '盏', '卷', '提'],
  en: ['pack', 'packs', 'box', 'boxes', 'bag', 'bags', 'bottle', 'bottles', 'carton', 'cartons', 'tube', 'tubes', 'can', 'cans', 'roll', 'rolls', 'piece', 'pieces',
    'jar', 'jars', 'sack', 'sacks', 'crate', 'crates', 'packet', 'packets'],
  de: ['packung', 'packungen', 'paket', 'pakete', 'flasche', 'flaschen', 'dose', 'dosen', 'stück', 'rolle', 'rollen', 'karton', 'kartons', 'tube', 'tuben',
    'sack', 'säcke', 'kiste', 'kisten', 'kasten', 'kästen', 'glas', 'gläser', 'tüte', 'tüten', 'schachtel', 'schachteln', 'beutel'],
  it: ['confezione', 'confezioni', 'pacco', 'pacchi', 'bottiglia', 'bottiglie', 'scatola', 'scatole', 'pezzo', 'pezzi', 'rotolo', 'rotoli', 'tubetto', 'tubetti', 'lattina', 'lattine',
    'sacco', 'sacchi', 'cassa', 'casse', 'barattolo', 'barattoli', 'vasetto', 'vasetti', 'pacchetto', 'pacchetti'],
};

/** Counter words that are also everyday words ("can you…"): counters only after a number or an article. */
export const AMBIGUOUS_COUNTERS = new Set(['can']);

/** Negations turn a request around ("order" / "don't order"): they weigh double, said or left out. */
export const NEGATIONS: Record<string, string[]> = {
  en: ['not', 'don', 'dont', 't', 'no', 'never', 'without', 'nothing'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'nein', 'nie', 'ohne', 'nichts'],
  it: ['non', 'no', 'mai', 'senza', 'niente', 'nessun', 'nessuno'],
  ja: [],
  zh: ['不', '别', '没'],
};

/** "4 3 2 1", "four three two one", "四三二一" -> "4321"; undefined when a token is not a digit. */
export function digitsOf(tokens: string[], lang: string): string | undefined {
  const table = DIGIT_WORDS[lang] ?? DIGIT_WORDS.en;
  // Own keys only: "constructor" is not a digit.
  const digit = (word: string): string | undefined => (Object.hasOwn(table, word) ? table[word] : undefined);
  let out = '';
  for (const token of tokens) {
    if (/^\d+$/.test(token)) { out += token; continue; }
    const one = digit(token);
    if (one) { out += one; continue; }
    // Unspaced scripts may keep several digit characters in one token.
    const chars = Array.from(token).map(digit);
    if (chars.every(Boolean)) { out += chars.join(''); continue; }
    return undefined;
  }
  return out || undefined;
}

/**
 * A code said in digits or in numbers up to 99, as people read codes out in pairs: "dreiundvierzig
 * siebzehn", "forty three seventeen", "ventitré diciassette" -> "4317". Undefined when a token is neither.
 */
export function codeOf(tokens: string[], lang: string): string | undefined {
  const parse = (words: string) => parseQuantity(words, lang);
  let out = '';
  for (let i = 0; i < tokens.length;) {
    // "forty three": tens and units said as two words make one pair of digits.
    const pair = i + 1 < tokens.length ? parse(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
    if (pair !== undefined && pair > 20 && pair < 100 && pair % 10 !== 0) {
      out += String(pair);
      i += 2;
      continue;
    }
    const digits = digitsOf([tokens[i]], lang);
    const number = digits === undefined ? parse(tokens[i]) : undefined;
    if (digits === undefined && (number === undefined || number > 99)) return undefined;
    out += digits ?? String(number);
    i += 1;
  }
  return out || undefined;
}

/** "double four", "triple nine": British ways of saying a digit twice or three times. */
const REPEATS: Record<string, Record<string, number>> = { en: { double: 2, triple: 3 } };

/** Tokens (and the words as heard beside them) with "double four" said out as "four four". */
export function withRepeatsSaidOut(said: { tokens: string[]; heard: string[] }, lang: string): { tokens: string[]; heard: string[] } {
  const repeats = REPEATS[lang];
  if (!repeats || !said.tokens.some((t) => Object.hasOwn(repeats, t))) return said;
  const out: { tokens: string[]; heard: string[] } = { tokens: [], heard: [] };
  for (let i = 0; i < said.tokens.length; i++) {
    const times = Object.hasOwn(repeats, said.tokens[i]) ? repeats[said.tokens[i]] : 0;
    const next = said.tokens[i + 1];
    if (times && next !== undefined && digitsOf([next], lang) !== undefined) {
      for (let k = 0; k < times; k++) {
        out.tokens.push(next);
        out.heard.push(said.heard[i + 1]);
      }
      i++;
      continue;
    }
    out.tokens.push(said.tokens[i]);
    out.heard.push(said.heard[i]);
  }
  return out;
}
