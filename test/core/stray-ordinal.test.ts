// A position said where no list was asked ("1つ目のやつ" after a one-item read-back) names no product: the open
// question is asked again as after any misunderstanding, never "「目」 was not found" (the 1つ read as a number).
import { expect } from 'chai';
import { ON_PLATFORMS, lineOf, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { phrasesOn } from '../support/speech.js';

const FIRST_ONE: Record<string, string> = { en: 'the first one', de: 'die erste', it: 'la prima', ja: '1つ目のやつ', zh: '第一个' };

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const hear = phrasesOn(locale, via);
  const said = FIRST_ONE[locale.slice(0, 2)];

  describe(`a position said where no list was asked (${locale}, ${via})`, () => {
    it(`reads "${said}" after a read-back as not understood, keeps the cart and asks the same question`, async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { status: 'delivered' })] } });
      await s.shopper.says('ReorderIntent', { item: lc.products.coffee.name });
      await s.shopper.says('ReorderIntent', { item: said });
      // The misunderstanding's own re-ask (counted once), not "I couldn't find … in your orders".
      expect(s.shopper.last.state.pending).to.include({ kind: 'confirmOrder', tries: 1 });
      expect(s.shopper.speech.startsWith(hear('fallback.cart', { item: '§', count: 2 }).split(/[?？]/u)[0].slice(0, 8))).to.equal(true);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
    });

    it(`still takes "${said}" as the answer to "which one?"`, async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 })])] } });
      await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
      expect(s.shopper.last.state.pending?.kind).to.equal('chooseItem');
      await s.shopper.says('ReorderIntent', { item: said });
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      expect(Object.keys(quantities((await s.cart())?.lines))).to.have.length(1);
    });
  });
}
