// The grammar a product name takes inside a sentence: units by the plural rules, articles, German cases, Chinese counts.
import { expect } from 'chai';
import { capitalize, chineseCount, definite, unitFor } from '../../../lambda/core/language/grammar.js';

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
});
