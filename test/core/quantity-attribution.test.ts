// A number said for one product belongs to that product only (review H1: "reorder the oat milk and 3 coffee beans"
// read back 3 of both, or 3 oat milk and 2 coffee beans). In every language, through every platform that serves
// it: the product without a number keeps last time's quantity, and a number that stands next to no product is
// asked about ("For the oat milk: how many should I order?") instead of being given to one.
import { expect } from 'chai';
import { lineOf, ON_PLATFORMS, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';

/** "The oat milk and 3 coffee beans": a number said only with the second product, in each language's own order. */
const SECOND_ONLY: Record<string, (first: string, second: string) => string> = {
  en: (a, b) => `reorder the ${a} and 3 ${b}`,
  de: (a, b) => `bestell ${a} und 3 ${b}`,
  it: (a, b) => `ordina ${a} e 3 ${b}`,
  ja: (a, b) => `${a}と${b}を3袋注文して`,
  zh: (a, b) => `再买${a}和三袋${b}`,
};

/** A number said after both products, next to neither of them. */
const NEXT_TO_NEITHER: Record<string, (first: string, second: string) => string> = {
  en: (a, b) => `reorder the ${a} and the ${b}, 3 please`,
  de: (a, b) => `bestell ${a} und ${b}, 3 bitte`,
  it: (a, b) => `ordina ${a} e ${b}, 3 per favore`,
  ja: (a, b) => `${a}と${b}を注文して、3つ`,
  zh: (a, b) => `再买${a}和${b}，三个`,
};

/** "The oat milk and 3 of the coffee beans": the number is the second product's, through a partitive. */
const PARTITIVE_SECOND: Record<string, ((first: string, second: string) => string) | undefined> = {
  en: (a, b) => `reorder the ${a} and 3 of the ${b}`,
  de: (a, b) => `bestell ${a} und 3 von den ${b}`,
  it: (a, b) => `ordina ${a} e 3 del ${b}`,
};

const AND: Record<string, string> = { en: ' and ', de: ' und ', it: ' e ', ja: 'と', zh: '和' };

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const lang = locale.slice(0, 2);
  const names = lc.products;
  const three = lang === 'zh' ? '三' : '3';
  // The last order: 2 coffee beans and 4 oat milk.
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-01T10:00:00Z', status: 'delivered' })];
  const oat = names.oatMilk.name;
  const coffee = names.coffee.name;

  describe(`a number said for one of two products (${locale}, ${via})`, () => {
    it('with the second product\'s own slot (otherQuantity): 3 coffee beans, the oat milk as last time', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      const turn = s.shopper.turn('intent', 'ReorderIntent', { item: oat, otherItem: coffee, otherQuantity: '3' });
      await s.shopper.send(via === 'google' ? { ...turn, utterance: SECOND_ONLY[lang](oat, coffee) } : turn);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-OATMILK': 4, 'SKU-COFFEE': 3 });
    });

    it('in one item slot with the number also in the quantity slot: the number is the second part\'s only', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      const both = `${oat}${AND[lang]}${lang === 'ja' ? `${coffee}3袋` : `${three}${lang === 'zh' ? '袋' : ' '}${coffee}`}`;
      await s.shopper.says('ReorderIntent', { item: both, quantity: '3' });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-OATMILK': 4, 'SKU-COFFEE': 3 });
    });

    if (via === 'google') {
      it(`gives the number to the product it stands next to when Dialogflow puts it in "quantity" ("${SECOND_ONLY[lang]('…', '…')}")`, async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        const turn = s.shopper.turn('intent', 'ReorderIntent', { item: oat, quantity: '3', otherItem: coffee });
        await s.shopper.send({ ...turn, utterance: SECOND_ONLY[lang](oat, coffee) });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-OATMILK': 4, 'SKU-COFFEE': 3 });
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      });

      const partitive = PARTITIVE_SECOND[lang];
      if (partitive) {
        it(`gives the number to the second product only through a partitive ("${partitive('…', '…')}")`, async () => {
          const s = scenarioIn(lc, { via, customer: { orders: history() } });
          const turn = s.shopper.turn('intent', 'ReorderIntent', { item: oat, otherItem: coffee, otherQuantity: '3' });
          await s.shopper.send({ ...turn, utterance: partitive(oat, coffee) });
          expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-OATMILK': 4, 'SKU-COFFEE': 3 });
          expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
        });

        it(`names a product it cannot find and gives the number to the other ("${partitive('dish soap', '…')}")`, async () => {
          const s = scenarioIn(lc, { via, customer: { orders: history() } });
          const unknown = { en: 'dish soap', de: 'Spülmittel', it: 'detersivo per piatti' }[lang as 'en' | 'de' | 'it'];
          const turn = s.shopper.turn('intent', 'ReorderIntent', { item: unknown, otherItem: coffee, otherQuantity: '3' });
          await s.shopper.send({ ...turn, utterance: partitive(unknown, coffee) });
          expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 3 });
          expect(s.shopper.speech.toLowerCase()).to.include(unknown.toLowerCase());
        });
      }

      it(`asks how many of the first product when the number stands next to neither ("${NEXT_TO_NEITHER[lang]('…', '…')}")`, async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        const turn = s.shopper.turn('intent', 'ReorderIntent', { item: oat, quantity: '3', otherItem: coffee });
        await s.shopper.send({ ...turn, utterance: NEXT_TO_NEITHER[lang](oat, coffee) });
        const pending = s.shopper.last.state.pending;
        expect(pending?.kind).to.equal('askQuantity');
        expect(pending?.kind === 'askQuantity' ? pending.sku : undefined).to.equal('SKU-OATMILK');
        expect(s.shopper.speech).to.include(oat);
        expect(s.shopper.speech).not.to.match(/3|three|drei|tre\b|三/i);
        // The answer sets it; the other product keeps last time's quantity, and nothing was placed on the way.
        await s.shopper.says('ChangeQuantityIntent', { quantity: '5' });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 5 });
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      });
    }
  });
}
