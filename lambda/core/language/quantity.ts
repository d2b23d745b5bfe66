// Quantities as shoppers say them: digits, number words and Japanese counters.
import { NUMBER_WORDS as WORDS } from './words.js';

const KANJI_DIGITS: Record<string, number> = { '〇': 0, '零': 0, '两': 2, '俩': 2, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** Counters that may follow a number: Japanese 個, つ, 点, 袋…; Chinese 个, 份, 包, 瓶…. */
const COUNTERS: Record<string, string> = {
  ja: '(?:個|こ|つ|点|袋|本|箱|パック|セット|枚|缶|ケース)',
  zh: '(?:个|份|包|袋|瓶|盒|件|箱|支|只|罐|桶|条|套|台|盏)',
};

/** Languages written without spaces, where quantities attach to words directly. */
const UNSPACED = new Set(['ja', 'zh']);

function kanjiNumber(text: string): number | undefined {
  if (!/^[〇零两俩一二三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') { total += (digit || 1) * 100; digit = 0; } else if (ch === '十') { total += (digit || 1) * 10; digit = 0; } else digit = KANJI_DIGITS[ch];
  }
  return total + digit;
}

/** A whole phrase that is a quantity ("3", "three", "drei", "三個", "zwei Stück"), or undefined. */
export function parseQuantity(spoken: string | undefined, lang: string): number | undefined {
  if (!spoken) return undefined;
  let text = spoken.normalize('NFKC').toLowerCase().trim().replace(/[.,!?。、！？]+$/u, '');
  text = text.replace(/\s*(?:stück|stk|pezzi|pezzo|confezioni|confezione|packs?|pieces?|units?|mal)$/u, '').trim();
  // "3x", "3 ×": only after a digit or a space, or "six" would lose its x.
  text = text.replace(/(?:(?<=\d)|\s+)[x×]$/u, '').trim();
  // Italian writes the accent on compounds ending in three: "ventitré", "trentatré".
  if (lang === 'it') text = text.replace(/tré$/u, 'tre');
  // Swiss spelling and text without ß or umlauts: "dreissig", "zwoelf", "funf".
  if (lang === 'de') text = text.replace(/ssig$/u, 'ßig').replace(/zw(?:oe|o)lf/gu, 'zwölf').replace(/f(?:ue|u)nf/gu, 'fünf');
  // Native Japanese counting words end in つ, which is also a counter: look them up before it is taken off.
  if (lang === 'ja' && Object.hasOwn(WORDS.ja, text)) return WORDS.ja[text];
  if (UNSPACED.has(lang)) text = text.replace(new RegExp(`${COUNTERS[lang]}$`, 'u'), '');
  if (/^\d{1,4}$/.test(text)) return Number(text);
  // Own keys only: "constructor" is not a number.
  const words = WORDS[lang];
  const word = words && Object.hasOwn(words, text) ? words[text] : undefined;
  if (word !== undefined) return word;
  if (lang === 'zh' && text === '一打') return 12;
  if (UNSPACED.has(lang)) return kanjiNumber(text);
  // Compound words: "twenty four", "vierundzwanzig", "ventiquattro".
  if (lang === 'en') {
    const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](one|two|three|four|five|six|seven|eight|nine)$/.exec(text);
    if (m) return WORDS.en[m[1]] + WORDS.en[m[2]];
  }
  if (lang === 'de') {
    const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(text);
    if (m) return WORDS.de[m[1]] + WORDS.de[m[2]];
  }
  if (lang === 'it') {
    const m = /^(vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[ia]?(uno|due|tre|quattro|cinque|sei|sette|otto|nove)$/.exec(text);
    if (m) return ({ vent: 20, trent: 30, quarant: 40, cinquant: 50, sessant: 60, settant: 70, ottant: 80, novant: 90 } as Record<string, number>)[m[1]] + WORDS.it[m[2]];
  }
  return hundreds(text, lang);
}

/** Hundreds written as one word: "centocinquanta", "duecentoventi", "centottanta", "hundertfünfzig", "zweihundertundzehn". */
const HUNDREDS: Record<string, RegExp> = {
  it: /^(due|tre|quattro|cinque|sei|sette|otto|nove)?(cento?)(.+)?$/u,
  de: /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?(hundert(?:und)?)(.+)?$/u,
};

function hundreds(text: string, lang: string): number | undefined {
  const m = HUNDREDS[lang]?.exec(text);
  if (!m) return undefined;
  const times = m[1] ? WORDS[lang][m[1]] : 1;
  // Italian drops cento's o before a vowel ("centottanta", "centuno" aside): try the rest with and without it.
  const rests = m[3] === undefined ? [''] : lang === 'it' && m[2] === 'cento' ? [m[3], `o${m[3]}`] : [m[3]];
  for (const rest of rests) {
    if (!rest) return m[2] === 'cent' ? undefined : times * 100;
    const n = parseQuantity(rest, lang);
    if (n !== undefined && n > 0 && n < 100 && !/\s/u.test(rest)) return times * 100 + n;
  }
  return undefined;
}

/** Splits a quantity said together with an item: "three oat milk", "2 Kaffeebohnen", "コーヒー豆を2袋". */
export function splitQuantity(phrase: string, lang: string): { quantity?: number; rest: string } {
  const text = phrase.trim();
  if (UNSPACED.has(lang)) {
    const number = '([0-9０-９]+|[〇零两俩一二三四五六七八九十百]+)';
    // "コーヒー豆を2袋", "咖啡豆再来两份": the quantity after the product.
    const after = new RegExp(`^(.*?)(?:を|も|再来|来|要)?\\s*${number}\\s*${COUNTERS[lang]}?$`, 'u').exec(text);
    if (after && after[1]) {
      const q = parseQuantity(after[2], lang);
      if (q !== undefined) return { quantity: q, rest: after[1] };
    }
    // "两份咖啡豆", "三つのコーヒー豆": the quantity first, with its counter.
    const before = new RegExp(`^(?:再来|来|再买|再订)?${number}\\s*${COUNTERS[lang]}(?:の|的)?(.+)$`, 'u').exec(text);
    if (before) {
      const q = parseQuantity(before[1], lang);
      if (q !== undefined) return { quantity: q, rest: before[2] };
    }
    return { rest: text };
  }
  const words = text.split(/\s+/);
  // Longest quantity phrase first, so "a couple of" wins over "a".
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const q = parseQuantity(words.slice(0, n).join(' '), lang);
    if (q !== undefined) return { quantity: q, rest: words.slice(n).join(' ') };
  }
  return { rest: text };
}

/** The words between a number and its product in a partitive ("3 of the …", "3 von den …", "3 delle …"). */
const PARTITIVE: Record<string, RegExp> = {
  en: /^(?:of|the|those|these)$/,
  de: /^(?:von|den|der|die|dem|davon)$/,
  it: /^(?:di|dei|degli|delle|del|dello|della|dell'?|de)$/,
};

/**
 * Each product's own quantity in the whole sentence, when the platform gives it ("two coffee beans and three oat
 * milk", "コーヒー豆を2袋とオーツミルクを3本"): the words right before the product (after it in Japanese and Chinese),
 * up to the previous product. Undefined where none was said or the product's words are not found.
 */
export function quantitiesIn(utterance: string | undefined, items: string[], lang: string): (number | undefined)[] {
  if (!utterance?.trim()) return items.map(() => undefined);
  const text = utterance.toLowerCase();
  const at = items.map((item) => text.indexOf(item.toLowerCase().trim()));
  return items.map((item, i) => {
    const start = at[i];
    if (start < 0 || !item.trim()) return undefined;
    const end = start + item.trim().length;
    if (UNSPACED.has(lang)) {
      const next = at.filter((a) => a > start).sort((a, b) => a - b)[0] ?? text.length;
      const after = text.slice(end, next).replace(/[と和跟及、，,\s]+$/u, '');
      // "コーヒー豆を2袋", "咖啡豆两袋": the count right after the product.
      const count = new RegExp(`^(?:を|も)?\\s*[0-9０-９〇零两俩一二三四五六七八九十百]+\\s*${COUNTERS[lang]}?`, 'u').exec(after);
      if (count) return splitQuantity(`${item.trim()}${count[0]}`, lang).quantity;
      // "两袋咖啡豆", "三つのコーヒー豆": the count right before it.
      const before = text.slice(previousEnd(at, items, start), start).replace(/^[と和跟及、，,\s]+/u, '');
      // Only the count that ends right before the product: a verb before it ("买三袋咖啡豆") is no part of it.
      const tail = new RegExp(`[0-9０-９〇零两俩一二三四五六七八九十百]+\\s*${COUNTERS[lang]}?\\s*の?$`, 'u').exec(before);
      if (tail) {
        const quantity = splitQuantity(`${tail[0]}${item.trim()}`, lang).quantity;
        if (quantity !== undefined) return quantity;
      }
      return before ? splitQuantity(`${before}${item.trim()}`, lang).quantity : undefined;
    }
    const previous = previousEnd(at, items, start);
    const words = text.slice(previous, start).trim().split(/\s+/).filter(Boolean);
    // "3 of the paper towels", "3 von den Küchenrollen", "3 del caffè": the number stands before the partitive words.
    while (words.length > 1 && PARTITIVE[lang]?.test(words[words.length - 1])) words.pop();
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const q = parseQuantity(words.slice(-n).join(' '), lang);
      if (q !== undefined) return q;
    }
    return undefined;
  });
}

/**
 * Which product each number belongs to, given the numbers the platform's slots carry ([quantity, otherQuantity])
 * and, where the platform passes the sentence and both products are found in it, the sentence's own reading
 * (quantitiesIn). Dialogflow's parameters do not say which product a number was said with ("the oat milk and 3
 * coffee beans" can come as quantity=3), so there the sentence decides: a number goes to the product it stands
 * next to, never to both. A slot number that stands next to no product cannot be placed: `unsure` is then the
 * product to ask "how many?" about (the first without a number), rather than guessing. Without the sentence
 * (Alexa) the model's slots say which product.
 */
export function attributeQuantities(
  slots: [number | undefined, number | undefined],
  readings: (number | undefined)[] | undefined,
): { quantities: [number | undefined, number | undefined]; unsure?: 0 | 1 } {
  if (!readings) return { quantities: slots };
  const quantities: [number | undefined, number | undefined] = [readings[0], readings[1]];
  const stray = slots.some((n) => n !== undefined && !quantities.includes(n));
  const without = quantities.findIndex((q) => q === undefined);
  return stray && without >= 0 ? { quantities, unsure: without as 0 | 1 } : { quantities };
}

/** Whether every product's words are found in the sentence (so the sentence can say whose each number is). */
export function allFoundIn(utterance: string | undefined, items: string[]): boolean {
  const text = utterance?.toLowerCase();
  return !!text && items.every((item) => !!item.trim() && text.includes(item.toLowerCase().trim()));
}

/** Where the product said before position `start` ends (0 when none was). */
function previousEnd(at: number[], items: string[], start: number): number {
  return Math.max(0, ...at.map((a, j) => (a >= 0 && a < start ? a + items[j].trim().length : 0)));
}
