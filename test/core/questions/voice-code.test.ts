// At the voice-code step, "help", "I don't know" or "I forgot my code" (the models send these to the help intent):
// the shopper hears where the code is reset and that the order waits, then the question again; never a strike,
// never a dropped cart. Wrong codes still count to three.
import { expect } from 'chai';
import { CART_TTL_MINUTES } from '../../../lambda/core/cart.js';
import { sentenceGapOf } from '../../../lambda/core/format.js';
import { ON_PLATFORMS, lineOf, orderOf } from '../../support/locales.js';
import { scenarioIn } from '../../support/scenario.js';
import { phrasesOn } from '../../support/speech.js';

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' })];

  describe(`a forgotten voice code (${locale}, ${via})`, () => {
    it('says where to reset the code and that the order waits, asks for the code again, and keeps the cart', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: '4321' } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      expect(s.shopper.last.state.pending?.kind).to.equal('voiceCode');
      await s.shopper.says('AMAZON.HelpIntent');
      const forgot = hear('voiceCode.forgot', { seller: s.seed.seller.name, minutes: CART_TTL_MINUTES });
      expect(s.shopper.speech).to.equal(`${forgot}${gap}${hear('voiceCode.reprompt')}`);
      expect(s.shopper.ended).to.equal(false);
      expect(s.shopper.last.state.pending?.kind).to.equal('voiceCode');
      expect((await s.store.voiceCodeState(s.customer.id)).failures).to.equal(0);
      expect(await s.cart()).to.not.equal(undefined);
      await s.shopper.says('VoiceCodeIntent', { code: '4321' });
      expect(await s.placed()).to.have.length(1);
    });

    it('still locks purchasing after three wrong codes, with the help heard in between', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: '4321' } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      await s.shopper.says('VoiceCodeIntent', { code: '1111' });
      await s.shopper.says('AMAZON.HelpIntent');
      await s.shopper.says('VoiceCodeIntent', { code: '2222' });
      await s.shopper.says('VoiceCodeIntent', { code: '3333' });
      expect(s.shopper.ended).to.equal(true);
      expect((await s.store.voiceCodeState(s.customer.id)).lockedAt).to.be.a('string');
      expect(await s.placed()).to.have.length(0);
    });
  });
}
