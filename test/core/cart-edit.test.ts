// Changing the cart before the yes, in every language and through every platform that serves it: each edit reads
// the changed cart back, and a cart emptied by an edit can no longer be placed. Each conversation is written once
// and runs through the real adapter of each platform (test/support/transports.ts).
import { expect } from 'chai';
import { lineOf, ON_PLATFORMS, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { counted, money, phrasesOn, theName } from '../support/speech.js';
import { sentenceGapOf } from '../../lambda/core/format.js';

/** A position said alone, as a shopper answers "which item?" (the product slot carries the words on Alexa). */
const POSITION: Record<string, { second: string; fourth: string; last: string }> = {
  en: { second: 'the second one', fourth: 'the fourth one', last: 'the last one' },
  de: { second: 'die zweite', fourth: 'die vierte', last: 'die letzte' },
  it: { second: 'la seconda', fourth: 'la quarta', last: "l'ultimo" },
  ja: { second: '2番目', fourth: '4番目', last: '最後のやつ' },
  zh: { second: '第二个', fourth: '第四个', last: '最后那个' },
};

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const names = lc.products;
  const hear = phrasesOn(locale, via);
  const fee = lc.currency === 'JPY' ? 500 : 4.99;
  // Japanese and Chinese sentences follow each other without a space.
  const gap = sentenceGapOf(locale);
  const history = () => [
    orderOf(lc, [lineOf(lc, 'coffee', { quantity: 1 }), lineOf(lc, 'oatMilk', { quantity: 4 })]),
  ];

  describe(`editing the cart before confirming (${locale}, ${via})`, () => {
    it(`changes the only line of a one-line cart ("make it ${lc.say.three}")`, async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.three });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 3 });
    });

    it('reads the changed cart back and asks again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.three });
      expect(s.shopper.speech).to.include(counted(locale, 3, names.coffee.name, via));
      expect(s.shopper.speech).to.include(hear('cart.confirmQuestion'));
      expect(s.shopper.ended).to.equal(false);
    });

    it(`changes the line the shopper names ("only ${lc.say.two} of ${lc.say.looseCoffee}")`, async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('ChangeQuantityIntent', { item: lc.say.looseCoffee, quantity: lc.say.two });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
    });

    it('after an edit, says only what changed and the new total, then asks again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('ChangeQuantityIntent', { item: lc.say.looseCoffee, quantity: lc.say.two });
      const total = hear('cart.total_inclTax_fee', { total: money(locale, lc.currency, 2 * names.coffee.price + 4 * names.oatMilk.price + fee), fee: money(locale, lc.currency, fee) });
      expect(s.shopper.speech).to.equal([
        hear('edit.changed', { item: counted(locale, 2, names.coffee.name, via) }), hear('cart.newTotal', { total }), hear('cart.confirmQuestion'),
      ].join(gap));
      expect(s.shopper.speech).not.to.include(names.oatMilk.name);
    });

    it('asks which line to change when a several-line cart gets a bare quantity, and keeps the cart', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.three });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1, 'SKU-OATMILK': 4 });
      expect(s.shopper.last.state.pending?.kind).to.equal('changeWhich');
      // A bare product names the line, and the quantity said before is applied to it (a "remove" would remove it).
      await s.shopper.says('ReorderIntent', { item: names.oatMilk.name });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1, 'SKU-OATMILK': 3 });
    });

    it('takes a position for an answer to "which item?" ("the second one"), with the quantity said before', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.three });
      await s.shopper.says('ReorderIntent', { item: POSITION[lc.locale.slice(0, 2)].second });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1, 'SKU-OATMILK': 3 });
      expect(s.shopper.speech).to.include(hear('edit.changed', { item: counted(locale, 3, names.oatMilk.name, via) }));
    });

    it('removes the last line when asked which to take out and told "the last one"; a position past the list asks again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('RemoveItemIntent');
      const question = s.shopper.speech;
      await s.shopper.says('ReorderIntent', { item: POSITION[lc.locale.slice(0, 2)].fourth });
      expect(s.shopper.speech).to.include(question);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1, 'SKU-OATMILK': 4 });
      await s.shopper.says('ReorderIntent', { item: POSITION[lc.locale.slice(0, 2)].last });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1 });
    });

    it('removes the line the shopper names, says so with the new total, and asks again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('RemoveItemIntent', { item: names.oatMilk.name });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1 });
      expect(s.shopper.speech).to.include(hear('edit.removed', { name: theName(locale, names.oatMilk.name) }));
      expect(s.shopper.speech).to.include(money(locale, lc.currency, names.coffee.price + fee));
      expect(s.shopper.speech).not.to.include(counted(locale, 4, names.oatMilk.name, via));
      expect(s.shopper.speech).to.include(hear('cart.confirmQuestion'));
    });

    it('places the edited cart, not the original, on yes', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('ChangeQuantityIntent', { item: names.coffee.name, quantity: '5' });
      await s.shopper.says('RemoveItemIntent', { item: names.oatMilk.name });
      await s.shopper.says('AMAZON.YesIntent');
      const placed = await s.placed();
      expect(placed).to.have.length(1);
      expect(quantities(placed[0].lines)).to.deep.equal({ 'SKU-COFFEE': 5 });
    });

    it('discards the cart when its last item is removed', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      const cart = await s.cart();
      await s.shopper.says('RemoveItemIntent', { item: names.coffee.name });
      expect((await s.store.getCart(cart!.id))?.status).to.equal('discarded');
      expect(s.shopper.last.state.pending).to.equal(undefined);
    });

    it('places nothing on a later yes once the cart was emptied', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('RemoveItemIntent', { item: names.coffee.name });
      await s.shopper.says('AMAZON.YesIntent');
      expect(await s.placed()).to.have.length(0);
    });

    it('places nothing when a yes still carries the emptied cart (a stale session)', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      const staleState = s.shopper.last.state;
      await s.shopper.says('RemoveItemIntent', { item: names.coffee.name });
      const yes = s.shopper.turn('intent', 'AMAZON.YesIntent');
      await s.shopper.send({ ...yes, newSession: false, state: staleState });
      expect(await s.placed()).to.have.length(0);
    });

    it('says the item is not in the cart when an edit names something else, and keeps the cart', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('RemoveItemIntent', { item: lc.say.unknown });
      expect(s.shopper.speech).to.include(lc.say.unknown);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1, 'SKU-OATMILK': 4 });
    });

    it(`asks which line an edit means when several fit ("${lc.say.looseCoffee}" with beans and decaf), and keeps the cart`, async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 })])] } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('RemoveItemIntent', { item: lc.say.looseCoffee });
      expect(s.shopper.speech).to.include(names.coffee.name).and.to.include(names.decaf.name);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-DECAF': 1 });
      await s.shopper.says('RemoveItemIntent', { item: names.decaf.name });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
    });

    it('says there is nothing to change when no cart is waiting', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.opens();
      await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.three });
      expect(s.shopper.speech).to.equal(hear('edit.noCart'));
    });
  });
}
