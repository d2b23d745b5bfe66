// What a shopper hears when what they ask for meets an order already under way (issue 10, native review rev3):
// a named product that is still coming is said before the read-back; cancelling a shipped order while a cart
// waits keeps the cart; a return of something never bought here says so and offers the team. Every locale,
// through every platform that serves it.
import { expect } from 'chai';
import { lineOf, ON_PLATFORMS, orderOf, type LocaleCase } from '../support/locales.js';
import { scenarioIn } from '../support/scenario.js';
import { dayPhrase, phrasesOn } from '../support/speech.js';
import { sentenceGapOf } from '../../lambda/core/format.js';

const MARK = '§';

/** A sentence around its product list: what comes before and after it ("You've already got " … " coming on Tuesday."). */
function around(sentence: string): [string, string] {
  const at = sentence.indexOf(MARK);
  return [sentence.slice(0, at), sentence.slice(at + MARK.length)];
}

/** The longer part of a sentence around its list: enough to tell it apart in a reply. */
function fragmentOf(sentence: string): string {
  const [lead, tail] = around(sentence);
  return lead.length >= tail.length ? lead : tail;
}

/** What is said before the read-back, which starts where the seller is named. */
function beforeReadBack(speech: string, seller: string): string {
  const at = speech.indexOf(seller);
  expect(at, `no read-back in "${speech}"`).to.be.greaterThan(-1);
  return speech.slice(0, at);
}

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const hear = phrasesOn(locale, via);
  const names = lc.products;
  const delivered = (c: LocaleCase) => orderOf(c, [lineOf(c, 'coffee', { quantity: 2 }), lineOf(c, 'towels', { quantity: 1 })], { placedAt: '2026-11-10T10:00:00Z', status: 'delivered' });
  const oatMilkComing = (c: LocaleCase, eta = '2026-11-24') =>
    orderOf(c, [lineOf(c, 'oatMilk', { quantity: 4 }), lineOf(c, 'decaf', { quantity: 1 })], { placedAt: '2026-11-20T10:00:00Z', status: 'shipped', shipment: { carrier: c.carrier, eta } });

  describe(`a named product that is already on its way (${locale}, ${via})`, () => {
    it('says the oat milk is already coming, how much and when, before reading back the new order', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), oatMilkComing(lc)] } });
      await s.shopper.says('ReorderIntent', { item: names.oatMilk.name });
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      const notice = beforeReadBack(s.shopper.speech, s.seed.seller.name);
      const [lead, tail] = around(hear('reorder.alreadyComing', { items: MARK, day: dayPhrase(locale, lc.timeZone, '2026-11-24', s.shopper.now) }));
      expect(notice).to.include(lead).and.include(tail).and.include(names.oatMilk.name).and.match(/4|四/);
      expect(notice).to.include(hear('reorder.ifMore'));
      expect(notice).not.to.include(names.decaf.name);
      expect(await s.placed()).to.have.length(0);
    });

    it('says it is running late when it was due days ago', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), oatMilkComing(lc, '2026-11-19')] } });
      await s.shopper.says('ReorderIntent', { item: names.oatMilk.name });
      const notice = beforeReadBack(s.shopper.speech, s.seed.seller.name);
      const [lead, tail] = around(hear('reorder.alreadyLate', { items: MARK }));
      expect(notice).to.include(lead).and.include(tail).and.include(names.oatMilk.name);
    });

    it('with two products named, names only the one on its way', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), oatMilkComing(lc)] } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name, otherItem: names.oatMilk.name });
      const notice = beforeReadBack(s.shopper.speech, s.seed.seller.name);
      expect(notice).to.include(names.oatMilk.name).and.not.include(names.coffee.name);
      // Both are in the cart all the same.
      expect((await s.cart())?.lines.map((l) => l.sku).sort()).to.deep.equal(['SKU-COFFEE', 'SKU-OATMILK']);
    });

    it('says nothing of the kind for a product that has arrived', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), oatMilkComing(lc)] } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      const notice = beforeReadBack(s.shopper.speech, s.seed.seller.name);
      expect(notice).not.to.include(hear('reorder.ifMore')).and.not.include(names.coffee.name);
      expect(notice).not.to.include(fragmentOf(hear('reorder.alreadyComing', { items: MARK, day: dayPhrase(locale, lc.timeZone, '2026-11-24', s.shopper.now) })));
    });
  });

  describe(`cancelling a shipped order while a cart waits (${locale}, ${via})`, () => {
    const lamp = (c: LocaleCase) => orderOf(c, [lineOf(c, 'lamp'), lineOf(c, 'towels')], { placedAt: '2026-11-20T10:00:00Z', status: 'shipped', shipment: { carrier: c.carrier, eta: '2026-11-24' } });

    it('says the desk lamp has shipped, keeps the cart and asks again whether to place it', async () => {
      const shipped = lamp(lc);
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), shipped] } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('CancelOrderIntent', { item: names.lamp.name });
      const speech = s.shopper.speech;
      expect(speech.toLowerCase()).to.include(names.lamp.name.toLowerCase());
      expect(speech).to.include(around(hear('cancelOrder.tooLateItem', { name: MARK, item: MARK, count: 1 }))[1]);
      // The product named, not "your order with a desk lamp and kitchen roll".
      expect(speech).not.to.include(names.towels.name);
      expect(speech).not.to.include(fragmentOf(hear('question.cartDropped', { items: MARK })));
      expect(speech).to.include(around(hear('question.cartWaiting', { items: MARK }))[1]).and.include(names.coffee.name);
      expect(speech.endsWith(hear('question.placeIt'))).to.equal(true);
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      expect((await s.cart())?.lines.map((l) => l.sku)).to.deep.equal(['SKU-COFFEE']);
      expect((await s.store.getOrder(shipped.id))?.status).to.equal('shipped');
      expect(s.handoffs).to.have.length(0);
    });

    it('with no cart waiting, still offers a person after naming the desk lamp', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), lamp(lc)] } });
      await s.shopper.says('CancelOrderIntent', { item: names.lamp.name });
      expect(s.shopper.speech).to.include(around(hear('cancelOrder.tooLateItem', { name: MARK, item: MARK, count: 1 }))[1]);
      expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
    });
  });

  describe(`returning something never bought here (${locale}, ${via})`, () => {
    it('says it is not in their orders with this seller and offers the team; a yes hands over', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc)] } });
      await s.shopper.says('ReturnIntent', { item: lc.say.unknown });
      const gap = sentenceGapOf(locale);
      expect(s.shopper.speech).to.equal(`${hear('return.notBought', { item: lc.say.unknown, seller: s.seed.seller.name })}${gap}${hear('return.offerThem')}`);
      expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
      expect(await s.cart()).to.equal(undefined);
      await s.shopper.says('AMAZON.YesIntent');
      expect(s.handoffs).to.have.length(1);
      expect(await s.placed()).to.have.length(0);
    });

    it('with a cart waiting, says the same and comes back to the cart', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc)] } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('ReturnIntent', { item: lc.say.unknown });
      expect(s.shopper.speech).to.include(hear('return.notBought', { item: lc.say.unknown, seller: s.seed.seller.name }));
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      expect((await s.cart())?.lines.map((l) => l.sku)).to.deep.equal(['SKU-COFFEE']);
    });
  });
}
