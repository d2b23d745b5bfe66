// Quantities as shoppers say them, in each language: digits, number words, compounds and Japanese counters.
import { expect } from 'chai';
import { parseQuantity, quantitiesIn, splitQuantity } from '../../../lambda/core/language/quantity.js';

describe('parseQuantity', () => {
  const cases: [lang: string, spoken: string, expected: number | undefined][] = [
    // Digits in any language, full-width ones too, with a trailing full stop from the recogniser.
    ['en', '3', 3], ['de', '12', 12], ['ja', '３', 3], ['en', '7.', 7],
    // English words, compounds and idioms.
    ['en', 'three', 3], ['en', 'Three', 3], ['en', 'twenty four', 24], ['en', 'twenty-four', 24],
    ['en', 'a dozen', 12], ['en', 'a couple', 2], ['en', '3 packs', 3],
    // German.
    ['de', 'drei', 3], ['de', 'fünf', 5], ['de', 'zwölf', 12], ['de', 'vierundzwanzig', 24], ['de', 'zwei Stück', 2], ['de', 'ein Dutzend', 12],
    // Swiss spelling, and text without ß or umlauts.
    ['de', 'dreissig', 30], ['de', 'vierunddreissig', 34], ['de', 'zwoelf', 12], ['de', 'zwolf', 12], ['de', 'fuenfundfuenfzig', 55],
    // Italian, with and without the accent the written language puts on -tré.
    ['it', 'tre', 3], ['it', 'dodici', 12], ['it', 'ventuno', 21], ['it', 'ventitre', 23], ['it', 'ventitré', 23], ['it', 'trentatré', 33],
    ['it', 'un paio', 2], ['it', 'due pezzi', 2],
    // Japanese: kanji numerals, counters and native counting words.
    ['ja', '三', 3], ['ja', '三つ', 3], ['ja', '三個', 3], ['ja', '2袋', 2], ['ja', '十', 10], ['ja', '二十四', 24], ['ja', '百', 100],
    ['ja', 'ひとつ', 1], ['ja', 'ふたつ', 2], ['ja', 'みっつ', 3], ['ja', 'ここのつ', 9], ['ja', 'さん', 3],
    // Not a quantity.
    ['en', 'banana', undefined], ['en', '', undefined], ['en', '-3', undefined], ['en', '2.5', undefined], ['en', '12345', undefined],
    ['de', 'banane', undefined], ['ja', 'バナナ', undefined],
  ];
  for (const [lang, spoken, expected] of cases) {
    it(`reads "${spoken}" (${lang}) as ${expected ?? 'no quantity'}`, () => {
      expect(parseQuantity(spoken, lang)).to.equal(expected);
    });
  }

  it('reads no quantity from a missing slot', () => {
    expect(parseQuantity(undefined, 'en')).to.equal(undefined);
  });

  it('does not read another language\'s number words', () => {
    expect(parseQuantity('drei', 'en')).to.equal(undefined);
    expect(parseQuantity('three', 'de')).to.equal(undefined);
  });

  it('reads zero as zero, leaving the range check to the cart', () => {
    expect(parseQuantity('0', 'en')).to.equal(0);
  });
});

describe('splitQuantity', () => {
  const cases: [lang: string, phrase: string, quantity: number | undefined, rest: string][] = [
    ['en', 'three oat milk', 3, 'oat milk'],
    ['en', 'a couple of oat milk', 2, 'oat milk'],
    ['en', '2 coffee beans', 2, 'coffee beans'],
    ['en', 'oat milk', undefined, 'oat milk'],
    ['en', 'twenty four eggs', 24, 'eggs'],
    ['de', 'drei Hafermilch', 3, 'Hafermilch'],
    ['de', '2 Kaffeebohnen', 2, 'Kaffeebohnen'],
    ['it', "tre latte d'avena", 3, "latte d'avena"],
    ['ja', 'コーヒー豆を2袋', 2, 'コーヒー豆'],
    ['ja', 'コーヒー豆を三つ', 3, 'コーヒー豆'],
    ['ja', 'オーツミルク', undefined, 'オーツミルク'],
  ];
  for (const [lang, phrase, quantity, rest] of cases) {
    it(`splits "${phrase}" (${lang}) into ${quantity ?? 'no quantity'} and "${rest}"`, () => {
      expect(splitQuantity(phrase, lang)).to.deep.equal(quantity === undefined ? { rest } : { quantity, rest });
    });
  }

  it('leaves a lone number word as the item, since there is no product left to name', () => {
    expect(splitQuantity('one', 'en')).to.deep.equal({ rest: 'one' });
  });
});

describe('quantitiesIn', () => {
  const cases: [lang: string, said: string, items: string[], expected: (number | undefined)[]][] = [
    // A verb before the first count is no part of it: each product keeps its own number.
    ['zh', '买三袋咖啡豆和两盒燕麦奶', ['咖啡豆', '燕麦奶'], [3, 2]],
    ['zh', '再来两份咖啡豆', ['咖啡豆'], [2]],
    ['zh', '咖啡豆两袋和燕麦奶三盒', ['咖啡豆', '燕麦奶'], [2, 3]],
    ['ja', 'コーヒー豆を2袋とオーツミルクを3本', ['コーヒー豆', 'オーツミルク'], [2, 3]],
    ['ja', '三つのコーヒー豆', ['コーヒー豆'], [3]],
    // "Once more" is no count.
    ['zh', '再买一次咖啡豆', ['咖啡豆'], [undefined]],
    ['en', 'order 3 coffee beans and 2 oat milk', ['coffee beans', 'oat milk'], [3, 2]],
  ];
  for (const [lang, said, items, expected] of cases) {
    it(`gives each product of "${said}" its own number`, () => {
      expect(quantitiesIn(said, items, lang)).to.deep.equal(expected);
    });
  }
});
