// How an open question is asked again: an answer that was heard but does not fit ("yes" to "which one?") gets the
// question with its options, no strike and no offer of a person; real misunderstandings offer a person from the
// second one on, worded differently from the third on so the shopper never hears the same sentence twice.
import { expect } from 'chai';
import { ON_PLATFORMS, lineOf, orderOf } from '../../support/locales.js';
import { scenarioIn } from '../../support/scenario.js';
import { phrasesOn } from '../../support/speech.js';
import { sentenceGapOf } from '../../../lambda/core/format.js';

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const twoOrdered = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' })];
  const lookAlikes = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 3 })])];

  describe(`asking an open question again (${locale}, ${via})`, () => {
    it('answers a plain "yes" to "which item should I change?" with the same question and its options, never a strike', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: twoOrdered() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('ChangeQuantityIntent');
      const which = s.shopper.speech;
      expect(s.shopper.last.state.pending?.kind).to.equal('changeWhich');
      for (let i = 0; i < 3; i++) {
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.shopper.speech).to.equal(which);
        expect(s.shopper.speech).not.to.include(hear('question.orPerson'));
        expect(s.shopper.last.state.pending).to.include({ kind: 'changeWhich' });
        expect(s.shopper.last.state.pending?.tries ?? 0).to.equal(0);
      }
      expect(await s.placed()).to.have.length(0);
    });

    it('answers a plain "yes" to "which one?" with the same question and its options, never a strike', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: lookAlikes() } });
      await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
      const which = s.shopper.speech;
      for (let i = 0; i < 3; i++) {
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.shopper.speech).to.equal(which);
        expect(s.shopper.last.state.pending?.tries ?? 0).to.equal(0);
      }
      // A real misunderstanding afterwards is the first one: no person offered yet.
      await s.shopper.says('AMAZON.FallbackIntent');
      expect(s.shopper.speech).to.equal(which);
    });

    it('offers a person on the second miss and says it differently on the third', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: lookAlikes() } });
      await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
      const which = s.shopper.speech;
      await s.shopper.says('AMAZON.FallbackIntent');
      await s.shopper.says('AMAZON.FallbackIntent');
      const second = s.shopper.speech;
      expect(second).to.equal(`${hear('question.orPerson')}${gap}${which}`);
      await s.shopper.says('AMAZON.FallbackIntent');
      const third = s.shopper.speech;
      expect(third).to.equal(`${hear('question.orPersonAgain')}${gap}${which}`);
      expect(third).not.to.equal(second);
      expect(s.shopper.last.state.pending?.kind).to.equal('chooseItem');
    });
  });
}
