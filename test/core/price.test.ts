// "How much is that?" while an order waits: the total (with each item's price when there are several), then the
// same question again; no strike, the cart kept. At the voice code, the code is asked again after the price.
import { expect } from 'chai';
import { sentenceGapOf } from '../../lambda/core/format.js';
import { ON_PLATFORMS, lineOf, orderOf } from '../support/locales.js';
import { scenarioIn } from '../support/scenario.js';
import { phrasesOn } from '../support/speech.js';

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' })];
  /** The read-back's total phrase ("$52.19 including tax"), as the read-back said it. */
  const totalIn = (readBack: string) => {
    const [before, after] = hear('price.total', { total: '§' }).split('§');
    return { before, after, readBack };
  };

  describe(`"how much is that?" (${locale}, ${via})`, () => {
    it('gives the total and each item\'s price, then asks the same question, keeping the cart and counting no miss', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('PriceIntent');
      const question = hear('cart.confirmReprompt');
      expect(s.shopper.speech.endsWith(question), s.shopper.speech).to.equal(true);
      const [lead] = hear('price.perItem', { total: '§', items: '§' }).split('§');
      expect(s.shopper.speech.startsWith(lead), s.shopper.speech).to.equal(true);
      // Each item's own price, said with its quantity.
      for (const part of hear('price.item', { price: '§', item: '§' }).split('§').filter((p) => p.trim())) expect(s.shopper.speech).to.include(part.trim());
      expect(s.shopper.last.state.pending).to.deep.include({ kind: 'confirmOrder' });
      expect(s.shopper.last.state.pending?.tries ?? 0).to.equal(0);
      await s.shopper.says('AMAZON.YesIntent');
      expect(await s.placed()).to.have.length(1);
    });

    it('gives one item\'s total without a breakdown', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: lc.products.coffee.name });
      const readBack = s.shopper.speech;
      await s.shopper.says('PriceIntent');
      const { before, after } = totalIn(readBack);
      const question = `${gap}${hear('cart.confirmReprompt')}`;
      expect(s.shopper.speech.endsWith(question)).to.equal(true);
      const total = s.shopper.speech.slice(before.length, s.shopper.speech.length - question.length - after.length);
      expect(s.shopper.speech).to.equal(`${hear('price.total', { total })}${question}`);
      // The same total as the read-back said.
      expect(readBack).to.include(total);
    });

    it('at the voice code, gives the price and asks for the code again, with no wrong code counted', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: '4321' } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      await s.shopper.says('PriceIntent');
      expect(s.shopper.speech.endsWith(hear('voiceCode.reprompt'))).to.equal(true);
      expect(s.shopper.last.state.pending?.kind).to.equal('voiceCode');
      expect((await s.store.voiceCodeState(s.customer.id)).failures).to.equal(0);
      await s.shopper.says('VoiceCodeIntent', { code: '4321' });
      expect(await s.placed()).to.have.length(1);
    });

    it('with nothing waiting, says there is no total yet and what can be done', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('PriceIntent');
      expect(s.shopper.speech).to.equal(`${hear('price.nothingWaiting')}${gap}${hear('help.reprompt')}`);
      expect(s.shopper.ended).to.equal(false);
    });
  });
}
