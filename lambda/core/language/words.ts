// Number words and articles, one home for the runtime and the developer tools (the simulator's understanding
// and the NLU report read them from here): language data, like the stemmers. A reader that has always taken a few
// more forms (another case of an article) adds them where it reads, so that moving the lists here changed nothing.

/** Number words as shoppers say quantities, with their values: "three", "zwei", "una dozzina", "ふたつ". */
export const NUMBER_WORDS: Record<string, Record<string, number>> = {
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, couple: 2, single: 1, 'a single': 1,
    once: 1, twice: 2, hundred: 100, 'a hundred': 100, 'one hundred': 100,
  },
  de: {
    ein: 1, eine: 1, einen: 1, eins: 1, einmal: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8,
    neun: 9, zehn: 10, elf: 11, 'zwölf': 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, 'dreißig': 30, vierzig: 40, 'fünfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, dutzend: 12, 'ein dutzend': 12,
    zweimal: 2, dreimal: 3, viermal: 4, 'fünfmal': 5, paar: 2, 'ein paar': 2, hundert: 100, einhundert: 100,
  },
  it: {
    un: 1, uno: 1, una: 1, "un'": 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
    undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18,
    diciannove: 19, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, dozzina: 12, 'una dozzina': 12, paio: 2, 'un paio': 2, 'un paio di': 2, cento: 100,
  },
  ja: {
    'ひとつ': 1, 'ふたつ': 2, 'みっつ': 3, 'よっつ': 4, 'いつつ': 5, 'むっつ': 6, 'ななつ': 7, 'やっつ': 8, 'ここのつ': 9, 'とお': 10,
    '一つ': 1, '二つ': 2, '三つ': 3, '四つ': 4, '五つ': 5, '六つ': 6, '七つ': 7, '八つ': 8, '九つ': 9,
    'いち': 1, 'に': 2, 'さん': 3, 'よん': 4, 'ご': 5, 'ろく': 6, 'なな': 7, 'はち': 8, 'きゅう': 9, 'じゅう': 10, 'ひゃく': 100,
  },
};

/** Digits said one by one, as in a voice code: "four three two one", "vier drei zwei eins", "四三二一". */
export const DIGIT_WORDS: Record<string, Record<string, string>> = {
  en: { zero: '0', oh: '0', o: '0', nought: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' },
  de: { null: '0', eins: '1', ein: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', fünf: '5', fuenf: '5', funf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9' },
  it: { zero: '0', uno: '1', un: '1', due: '2', tre: '3', quattro: '4', cinque: '5', sei: '6', sette: '7', otto: '8', nove: '9' },
  // Kanji only: spoken-digit kana (に, し, ご) are also particles and letters of other words.
  ja: { 零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' },
  zh: { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' },
};

/**
 * The articles (and the determiners used like them) a product's name may come after: "the coffee", "die
 * Hafermilch", "il caffè". Japanese and Chinese have none.
 */
export const ARTICLES: Record<string, string[]> = {
  en: ['the', 'a', 'an', 'my', 'some'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'mein', 'meine', 'meinen'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'del', 'della', 'dei', 'delle'],
};

/**
 * The words around a product named as a choice ("紅茶のほう", "低因的那个", "the decaf one", "quella decaffeinata"),
 * which are not part of its name: a leading and a trailing pattern per language, taken off before matching.
 */
export const CHOICE_FRAMES: Record<string, { lead: RegExp; trail: RegExp }> = {
  en: { lead: /^(?:(?:i'?ll take|i want|give me|let'?s do|go with)\s+)?(?:the|that|those)\s+/i, trail: /\s+(?:one|ones)(?:\s+please)?$|\s+please$/i },
  de: { lead: /^(?:(?:ich nehme|ich will|nimm)\s+)?(?:die|den|das|der)\s+/i, trail: /\s+(?:bitte|davon)$/i },
  it: { lead: /^(?:(?:prendo|voglio)\s+)?(?:quello|quella|quelli|quelle|il|lo|la|i|gli|le|l')\s*/i, trail: /\s+(?:per favore|grazie)$/i },
  ja: { lead: /^(?:じゃあ|では|えっと)、?/, trail: /(?:のほう|の方|のやつ|の)?(?:がいい(?:です)?|にする|にします|でお願いします|でお願い|をください|ください|で|です)?$/ },
  zh: { lead: /^(?:我要|就要|要|选|我选)/, trail: /(?:的那个|那个|的那款|那款|的)?(?:吧|就行|就好|好了)?$/ },
};
