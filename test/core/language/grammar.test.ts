// The grammar a product name takes inside a sentence: units by the plural rules, articles, German cases, Chinese counts.
import { expect } from 'chai';
import { capitalize, chineseCount, countedWith, definite, unitFor } from '../../../lambda/core/language/grammar.js';

describe('product grammar', () => {
  describe('unitFor', () => {
    it('picks the singular for one and the plural otherwise, by each locale\'s plural rules', () => {
      const bag = { one: 'bag', other: 'bags' };
      expect(unitFor(bag, 1, 'en-US')).to.equal('bag');
      expect(unitFor(bag, 2, 'en-US')).to.equal('bags');
      expect(unitFor({ one: 'Packung', other: 'Packungen' }, 4, 'de-DE')).to.equal('Packungen');
      expect(unitFor({ one: 'confezione', other: 'confezioni' }, 1, 'it-IT')).to.equal('confezione');
    });

    it('takes a one-word counter as it is (Japanese and Chinese)', () => {
      expect(unitFor('袋', 3, 'ja-JP')).to.equal('袋');
    });
  });

  describe('definite', () => {
    it('says "the" in English whatever the grammar', () => {
      expect(definite('en', 'desk lamp', undefined, 'nom')).to.equal('the desk lamp');
    });

    it('gives German names the article of their gender and case', () => {
      expect(definite('de', 'Schreibtischlampe', { gender: 'f' }, 'dat')).to.equal('der Schreibtischlampe');
      expect(definite('de', 'Kaffee', { gender: 'm' }, 'acc')).to.equal('den Kaffee');
      expect(definite('de', 'Kaffeebohnen', { gender: 'f', number: 'plural' }, 'dat')).to.equal('den Kaffeebohnen');
    });

    it('inflects German plurals after the article: adjectives take -n, a plural noun its dative -n', () => {
      const heads = { gender: 'm' as const, number: 'plural' as const };
      expect(definite('de', 'Zahnbürstenköpfe', heads, 'dat')).to.equal('den Zahnbürstenköpfen');
      expect(definite('de', 'Zahnbürstenköpfe', heads, 'nom')).to.equal('die Zahnbürstenköpfe');
      const pods = { gender: 'f' as const, number: 'plural' as const };
      expect(definite('de', 'entkoffeinierte Kaffeekapseln', pods, 'acc')).to.equal('die entkoffeinierten Kaffeekapseln');
    });

    it('uses the seed\'s own German case form where it gives one', () => {
      expect(definite('de', 'Espresso', { gender: 'm', cases: { dat: 'Espresso' } }, 'dat')).to.equal('dem Espresso');
    });

    it('derives the Italian article from gender, number and the first sound, or takes the seed\'s', () => {
      expect(definite('it', 'caffè in grani', { gender: 'm' }, 'nom')).to.equal('il caffè in grani');
      expect(definite('it', 'olio', { gender: 'm' }, 'nom')).to.equal("l'olio");
      expect(definite('it', 'spazzolino', { gender: 'm' }, 'nom')).to.equal('lo spazzolino');
      expect(definite('it', 'capsule', { gender: 'f', number: 'plural' }, 'nom')).to.equal('le capsule');
      expect(definite('it', 'asciugamani', { gender: 'm', number: 'plural' }, 'nom')).to.equal('gli asciugamani');
      expect(definite('it', 'yogurt', { gender: 'm', article: 'lo' }, 'nom')).to.equal('lo yogurt');
    });

    it('leaves the bare name where the grammar is unknown, and in Japanese and Chinese', () => {
      expect(definite('de', 'Hafermilch', undefined, 'dat')).to.equal('Hafermilch');
      expect(definite('it', "latte d'avena", {}, 'nom')).to.equal("latte d'avena");
      expect(definite('ja', 'コーヒー豆', { unit: '袋' }, 'nom')).to.equal('コーヒー豆');
    });
  });

  describe('chineseCount', () => {
    it('says counts before a measure word in words, 两 for two', () => {
      expect([1, 2, 3, 10, 12, 20, 22, 99].map(chineseCount)).to.deep.equal(['一', '两', '三', '十', '十二', '二十', '二十二', '九十九']);
    });

    it('keeps digits beyond what a cart holds', () => {
      expect(chineseCount(150)).to.equal('150');
    });
  });

  it('capitalizes a sentence that starts with a product', () => {
    expect(capitalize('the oat milk isn\'t available')).to.equal('The oat milk isn\'t available');
    expect(capitalize('「コーヒー豆」')).to.equal('「コーヒー豆」');
  });

  describe('after "with" (mit, con)', () => {
    const packung = { one: 'Packung', other: 'Packungen', gender: 'f' as const };

    it('declines only the adjectives of a German name after its unit: "mit 3 Packungen entkoffeinierten Kaffeekapseln", "mit einer Packung Zahnbürstenköpfe"', () => {
      expect(countedWith('de', 3, 'entkoffeinierte Kaffeekapseln', { unit: packung, gender: 'f', number: 'plural' }))
        .to.deep.equal({ count: 3, name: 'entkoffeinierten Kaffeekapseln' });
      expect(countedWith('de', 1, 'Zahnbürstenköpfe', { unit: packung, gender: 'm', number: 'plural' }))
        .to.deep.equal({ count: 'einer', name: 'Zahnbürstenköpfe' });
    });

    it('says one German item with its article, and a singular name with strong endings after a unit', () => {
      expect(countedWith('de', 1, 'Schreibtischlampe', { plural: 'Schreibtischlampen', gender: 'f' })).to.deep.equal({ count: 'einer', name: 'Schreibtischlampe' });
      expect(countedWith('de', 1, 'Toaster', { plural: 'Toaster', gender: 'm' })).to.deep.equal({ count: 'einem', name: 'Toaster' });
      expect(countedWith('de', 2, 'Küchenrolle', { plural: 'Küchenrollen', gender: 'f' })).to.deep.equal({ count: 2, name: 'Küchenrollen' });
      expect(countedWith('de', 4, 'frische Hafermilch', { unit: packung, gender: 'f' })).to.deep.equal({ count: 4, name: 'frischer Hafermilch' });
    });

    it('keeps the digit for one unit whose gender the seed does not give', () => {
      expect(countedWith('de', 1, 'Kaffeebohnen', { unit: { one: 'Packung', other: 'Packungen' }, number: 'plural' }))
        .to.deep.equal({ count: 1, name: 'Kaffeebohnen' });
    });

    it('says one Italian item with its article: "una lampada", "un rotolo", "uno spazzolino", "un\'insalatiera"', () => {
      expect(countedWith('it', 1, 'lampada da scrivania', { gender: 'f' })?.count).to.equal('una');
      expect(countedWith('it', 1, 'carta da cucina', { unit: { one: 'rotolo', other: 'rotoli', gender: 'm' }, gender: 'f' })?.count).to.equal('un');
      expect(countedWith('it', 1, 'spazzolino', { gender: 'm' })?.count).to.equal('uno');
      expect(countedWith('it', 1, 'insalatiera', { gender: 'f' })?.count).to.equal("un'");
      expect(countedWith('it', 2, 'lampada da scrivania', { gender: 'f' })).to.equal(undefined);
    });

    it('says one English item with "a" or "an": "with a desk lamp", "with an oven mitt", "with a bag of coffee beans"', () => {
      expect(countedWith('en', 1, 'desk lamp', { plural: 'desk lamps' })).to.deep.equal({ count: 'a', name: 'desk lamp' });
      expect(countedWith('en', 1, 'oven mitt', { plural: 'oven mitts' })).to.deep.equal({ count: 'an', name: 'oven mitt' });
      expect(countedWith('en', 1, 'coffee beans', { unit: { one: 'bag', other: 'bags' }, number: 'plural' })?.count).to.equal('a');
      expect(countedWith('en', 1, 'coffee beans', { number: 'plural' })).to.equal(undefined);
    });

    it('leaves more than one, Japanese, Chinese and a product without grammar to the plain count', () => {
      expect(countedWith('en', 2, 'desk lamp', { plural: 'desk lamps' })).to.equal(undefined);
      expect(countedWith('ja', 1, 'デスクライト', { unit: '台' })).to.equal(undefined);
      expect(countedWith('de', 1, 'Bananen', undefined)).to.equal(undefined);
    });
  });

  describe('German genitive', () => {
    it('names a product in the genitive: "der Zahnbürstenköpfe", "der Hafermilch", "des Kaffees"', () => {
      expect(definite('de', 'Zahnbürstenköpfe', { gender: 'm', number: 'plural' }, 'gen')).to.equal('der Zahnbürstenköpfe');
      expect(definite('de', 'entkoffeinierte Kaffeekapseln', { gender: 'f', number: 'plural' }, 'gen')).to.equal('der entkoffeinierten Kaffeekapseln');
      expect(definite('de', 'Hafermilch', { gender: 'f' }, 'gen')).to.equal('der Hafermilch');
      expect(definite('de', 'Kaffee', { gender: 'm' }, 'gen')).to.equal('des Kaffees');
      expect(definite('de', 'Glas', { gender: 'n' }, 'gen')).to.equal('des Glases');
    });
  });
});
