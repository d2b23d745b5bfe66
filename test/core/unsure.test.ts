// An unsure answer ("maybe", "um okay I guess", "ich glaube schon", "たぶん", "应该吧"), which the models give its own
// intent since Alexa passes no words with a yes: never consent to place or cancel an order, no answer to any other
// question, and the fallback's answer with nothing asked. Played on both platforms in every locale.
import { expect } from 'chai';
import { ON_PLATFORMS, lineOf, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { phrasesOn } from '../support/speech.js';

const UNSURE = 'UnsureIntent';
const VOICE_CODE = '4321';

for (const { lc, via } of ON_PLATFORMS) {
  const hear = phrasesOn(lc.locale, via);
  const gap = /^(ja|zh)/.test(lc.locale) ? '' : ' ';
  const clearYes = (question: string) => `${hear('confirm.notPlain')}${gap}${question}`;
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' })];

  describe(`an unsure answer (${lc.locale}, ${via})`, () => {
    it('places nothing when the order is to be placed: asks for a clear yes or no, keeps the cart, and a yes then places it', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says(UNSURE);
      expect(s.shopper.speech).to.equal(clearYes(hear('cart.confirmReprompt')));
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      expect(s.shopper.ended).to.equal(false);
      expect(await s.placed()).to.have.length(0);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
      await s.shopper.says('AMAZON.YesIntent');
      expect(quantities((await s.placed())[0]?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
    });

    it('asks no voice code on it: back to the yes/no over the cart as it stands, and a code then places nothing', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: VOICE_CODE } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      expect(s.shopper.last.state.pending?.kind).to.equal('voiceCode');
      await s.shopper.says(UNSURE);
      expect(s.shopper.speech).to.equal(clearYes(hear('cart.confirmReprompt')));
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      await s.shopper.says('VoiceCodeIntent', { code: VOICE_CODE });
      expect(await s.placed()).to.have.length(0);
    });

    it('cancels nothing: asks for a clear yes or no about the cancellation', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      const [order] = await s.placed();
      await s.shopper.says('CancelOrderIntent');
      await s.shopper.says(UNSURE);
      expect(s.shopper.speech).to.equal(clearYes(hear('cancelOrder.reprompt')));
      expect(s.shopper.last.state.pending).to.deep.equal({ kind: 'confirmCancel', orderId: order.id });
      expect((await s.store.getOrder(order.id))?.status).to.equal('placed');
    });

    it('takes up no offer: asks for a clear yes or no about ordering the last order again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('LastOrderIntent');
      expect(s.shopper.last.state.pending?.kind).to.equal('offerReorder');
      await s.shopper.says(UNSURE);
      expect(s.shopper.speech).to.equal(clearYes(hear('lastOrder.offer')));
      expect(s.shopper.last.state.pending?.kind).to.equal('offerReorder');
      expect(await s.cart()).to.equal(undefined);
    });

    it('is no answer to "which one?": the question again, nothing in the cart', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 3 })])] } });
      await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
      const which = s.shopper.speech;
      await s.shopper.says(UNSURE);
      expect(s.shopper.speech).to.equal(which);
      expect(s.shopper.last.state.pending?.kind).to.equal('chooseItem');
    });

    it('with nothing asked, gets the fallback\'s answer', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says(UNSURE);
      expect(s.shopper.speech).to.equal(hear('fallback.general'));
      expect(s.shopper.ended).to.equal(false);
    });
  });
}
