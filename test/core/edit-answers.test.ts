// Answers to an edit of a one-product cart, in every locale on every platform: a product the cart does not hold is
// said in one sentence with what it does hold ("I don't see coffee beans in this order, only 4 cartons of oat milk.
// Should I place it?"), never "order" three times; the cart stays as it was and its question stays open.
import { expect } from 'chai';
import { sentenceGapOf } from '../../lambda/core/format.js';
import { lineOf, ON_PLATFORMS, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { counted as countedSaid, phrasesOn } from '../support/speech.js';
import { lint } from '../support/voice-lint.js';

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const names = lc.products;

  describe(`editing a one-product cart (${locale}, ${via})`, () => {
    it('names a product the cart does not hold in one sentence with what it holds, then asks to place it', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })])] } });
      await s.shopper.says('ReorderIntent', { item: names.oatMilk.name });
      await s.shopper.says('ChangeQuantityIntent', { item: names.coffee.name, quantity: lc.say.three });
      const item = locale.startsWith('de') ? names.coffee.name.replace(/(^|\s)(\p{Ll})/gu, (_, g: string, c: string) => g + c.toUpperCase()) : names.coffee.name;
      const only = hear('edit.notInOnly', { item, only: countedSaid(locale, 4, names.oatMilk.name, via) });
      expect(s.shopper.speech).to.equal(`${only}${gap}${hear('question.placeIt')}`);
      if (locale.startsWith('en')) expect(s.shopper.speech.match(/\border\b/g) ?? []).to.have.length(1);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-OATMILK': 4 });
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      expect(lint({ locale, platform: via, reply: s.shopper.last, question: 'confirmOrder' })).to.deep.equal([]);
    });
  });
}

describe('suggestion chips (de-DE, google)', () => {
  const lc = ON_PLATFORMS.find((c) => c.lc.locale === 'de-DE' && c.via === 'google')!.lc;
  it('writes "noch mal" apart, as German spells it ("Noch mal bestellen")', async () => {
    const s = scenarioIn(lc, { via: 'google', customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee')])] } });
    await s.shopper.says('AMAZON.HelpIntent');
    expect(s.shopper.last.suggestions).to.include('Noch mal bestellen');
    for (const chip of s.shopper.last.suggestions ?? []) expect(chip).not.to.match(/nochmal/i);
  });
});
