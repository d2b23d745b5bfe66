// The open question owns its exchange, in every language and through every platform that serves it: a yes acts
// only on the question asked, an answer is read against the open question first, a waiting cart is never
// dropped without a word, and returns are their own request.
import { expect } from 'chai';
import { ssmlToText } from '../../lambda/core/ssml.js';
import type { LocaleCase } from '../support/locales.js';
import { lineOf, ON_PLATFORMS, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { phrasesOn } from '../support/speech.js';
import { sentenceGapOf } from '../../lambda/core/format.js';

/** What a shopper might say with a "yes" that is not consent, per language. */
const NOT_CONSENT: Record<string, { hesitation: string; withNumber: string; hedged: string }> = {
  en: { hesitation: 'hm', withNumber: 'yes make it three', hedged: 'um okay I guess' },
  de: { hesitation: 'äh', withNumber: 'ja mach drei draus', hedged: 'äh ja okay' },
  it: { hesitation: 'ehm', withNumber: 'sì fanne cento', hedged: 'ehm va bene' },
  ja: { hesitation: 'えっと', withNumber: 'はい三個で', hedged: 'えっと、はい' },
  zh: { hesitation: '那个', withNumber: '好的要两个', hedged: '嗯好的吧' },
};
const KIND_SAID = { hesitation: 'hesitation', withNumber: 'yes with a number', hedged: 'hesitant yes' } as const;

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const names = lc.products;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const lang = locale.slice(0, 2);
  const history = (lcase: LocaleCase = lc) => [
    orderOf(lcase, [lineOf(lcase, 'coffee', { quantity: 2 }), lineOf(lcase, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' }),
  ];
  const reprompt = (s: ReturnType<typeof scenarioIn>) => (s.shopper.last.reprompt ? ssmlToText(s.shopper.last.reprompt) : undefined);

  describe(`the open question (${locale}, ${via})`, () => {
    describe('a yes acts only on the question asked', () => {
      if (via !== 'alexa') {
        // Dialogflow passes the words on: a yes that carries a number or only a hesitation is asked again.
        for (const kind of ['hesitation', 'withNumber', 'hedged'] as const) {
          it(`does not place the order on a ${KIND_SAID[kind]} ("${NOT_CONSENT[lang][kind]}"), and keeps the cart`, async () => {
            const s = scenarioIn(lc, { via, customer: { orders: history() } });
            await s.shopper.says('ReorderIntent');
            await s.shopper.send({ ...s.shopper.turn('intent', 'AMAZON.YesIntent'), utterance: NOT_CONSENT[lang][kind] });
            expect(await s.placed()).to.have.length(0);
            expect(s.shopper.speech).to.equal(`${hear('confirm.notPlain')}${gap}${hear('cart.confirmReprompt')}`);
            expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
            await s.shopper.says('AMAZON.YesIntent');
            expect(await s.placed()).to.have.length(1);
          });
        }
      }

      it('never places the order on a yes to "which item should I take out?"', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('RemoveItemIntent');
        await s.shopper.says('AMAZON.YesIntent');
        expect(await s.placed()).to.have.length(0);
        expect(s.shopper.last.state.pending?.kind).to.equal('changeWhich');
        if (reprompt(s)) expect(s.shopper.speech).to.include(reprompt(s));
      });
    });

    describe('an answer is read against the open question first', () => {
      it('takes a product said after "which one?" as the answer, whatever intent carried it', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 })])] } });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
        expect(s.shopper.last.state.pending?.kind).to.equal('chooseItem');
        await s.shopper.says('RemoveItemIntent', { item: names.decaf.name });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-DECAF': 1 });
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      });

      it('asks "which one?" again when the answer is a reorder naming no product, never the whole last order in its place', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 }), lineOf(lc, 'oatMilk', { quantity: 4 })])] } });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
        const which = s.shopper.speech;
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).to.include(which);
        expect(s.shopper.speech).not.to.include(names.oatMilk.name);
        expect(s.shopper.last.state.pending?.kind).to.equal('chooseItem');
        expect(await s.cart()).to.equal(undefined);
      });

      it('takes a product said after "which item should I take out?" as the answer', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('RemoveItemIntent');
        await s.shopper.says('ReorderIntent', { item: names.oatMilk.name });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
      });

      it('removes the item named with its own verb after "make it two … which item?", never changes its quantity', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('ChangeQuantityIntent', { quantity: '2' });
        expect(s.shopper.last.state.pending?.kind).to.equal('changeWhich');
        await s.shopper.says('RemoveItemIntent', { item: names.oatMilk.name });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
        await s.shopper.says('AMAZON.YesIntent');
        const [placed] = await s.placed();
        expect(quantities(placed.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
      });

      it('uses the quantity the answer carries, not the one the question held', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('ChangeQuantityIntent', { quantity: '2' });
        await s.shopper.says('ChangeQuantityIntent', { item: names.oatMilk.name, quantity: '3' });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 3 });
      });

      it('takes a bare product after "make it two … which item?" as the answer, with the question\'s quantity', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('ChangeQuantityIntent', { quantity: '2' });
        await s.shopper.says('ReorderIntent', { item: names.oatMilk.name });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 2 });
      });

      it('asks for the voice code again when something else is said, keeps the cart and counts no wrong code', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: '4321' } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('OrderStatusIntent');
        expect(s.shopper.speech).to.equal(`${hear('voiceCode.notACode')}${gap}${hear('voiceCode.reprompt')}`);
        expect((await s.store.voiceCodeState(s.customer.id)).failures).to.equal(0);
        await s.shopper.says('ReorderIntent', { item: lc.say.unknown });
        await s.shopper.says('VoiceCodeIntent', { code: '4321' });
        expect(await s.placed()).to.have.length(1);
      });

      it('re-asks the open question on a reprompt, and repeats it on "repeat"', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 })])] } });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
        const which = s.shopper.speech;
        await s.shopper.says('AMAZON.FallbackIntent');
        expect(s.shopper.speech).to.include(which);
        if (reprompt(s)) expect(reprompt(s)).to.equal(which);
        await s.shopper.says('AMAZON.RepeatIntent');
        expect(s.shopper.speech).to.include(which);
        expect(s.shopper.last.state.pending?.kind).to.equal('chooseItem');
      });
    });

    describe('a waiting cart is never dropped without a word', () => {
      it('answers "where is my order", then says the cart is still waiting and asks again', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('OrderStatusIntent');
        expect(s.shopper.ended).to.equal(false);
        expect(s.shopper.speech).to.include(hear('question.placeIt'));
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
        if (reprompt(s)) expect(reprompt(s)).to.equal(hear('cart.confirmReprompt'));
        await s.shopper.says('AMAZON.YesIntent');
        expect(await s.placed()).to.have.length(1);
      });

      it('says the cart was not placed when the shopper asks for a person', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('HandoffIntent');
        expect(s.shopper.ended).to.equal(true);
        expect(s.handoffs).to.have.length(1);
        // The cart's fate comes right after the promise, before the e-mail and the reference.
        const [promise, rest] = hear('handoff.doneWithCart', { seller: s.seed.seller.name, reference: s.handoffs[0].id, dropped: '@@' }).split('@@');
        expect(s.shopper.speech.startsWith(promise), s.shopper.speech).to.equal(true);
        expect(s.shopper.speech.endsWith(rest), s.shopper.speech).to.equal(true);
        expect(s.shopper.speech.slice(promise.length, s.shopper.speech.length - rest.length).trim()).to.match(/\S/u);
        expect(await s.placed()).to.have.length(0);
      });
    });

    describe('returns', () => {
      it('explains how returns work, from the seller\'s data, offers a person and never starts a reorder', async () => {
        const policy = { en: 'Send it back within 30 days for a refund.', de: 'Schick es innerhalb von 30 Tagen zurück.', it: 'Puoi restituirlo entro 30 giorni.', ja: '30日以内なら返品できます。', zh: '30天内可以退货。' };
        const s = scenarioIn(lc, { via, customer: { orders: history() }, seed: { seller: { name: 'Harbor Goods', returnsPolicy: policy } } });
        await s.shopper.says('ReturnIntent', { item: names.coffee.name });
        expect(s.shopper.speech).to.include(policy[lang as keyof typeof policy]).and.include(hear('return.offerPerson'));
        expect(await s.cart()).to.equal(undefined);
        expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.handoffs).to.have.length(1);
        expect(await s.placed()).to.have.length(0);
      });

      it('says a general sentence when the seller gave no returns policy', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReturnIntent');
        const gap = sentenceGapOf(locale);
        expect(s.shopper.speech).to.equal(`${hear('return.defaultPolicy', { seller: s.seed.seller.name })}${gap}${hear('return.offerPerson')}`);
      });
    });

    describe('several products in one sentence', () => {
      it('puts both products of item and otherItem in the cart', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: names.coffee.name, otherItem: names.oatMilk.name });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
      });

      it('names a product it cannot match instead of dropping it', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: names.coffee.name, otherItem: lc.say.unknown });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
        expect(s.shopper.speech).to.include(lc.say.unknown);
      });
    });

    describe('one question per answer', () => {
      const questions = (speech: string) => (speech.match(/[?？]/gu) ?? []).length;

      it('says a wrong voice code and asks for it once', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: '4321' } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('VoiceCodeIntent', { code: '1111' });
        expect(s.shopper.speech).to.equal(`${hear('voiceCode.wrong', { count: 2 })}${gap}${hear('voiceCode.reprompt')}`);
        expect(questions(s.shopper.speech)).to.be.at.most(1);
      });

      it('answers a code said to "which item should I change?" with that question only, not a menu', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('ChangeQuantityIntent', { quantity: '2' });
        const which = reprompt(s);
        await s.shopper.says('VoiceCodeIntent', { code: '1234' });
        expect(s.shopper.speech.startsWith(hear('voiceCode.notNow'))).to.equal(true);
        if (which) expect(s.shopper.speech.endsWith(which)).to.equal(true);
        expect(s.shopper.speech).not.to.include(hear('help.reprompt'));
        expect(questions(s.shopper.speech)).to.equal(1);
        expect(s.shopper.last.state.pending?.kind).to.equal('changeWhich');
      });

      it('answers a product it cannot find and asks only the waiting cart\'s question', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('ReorderIntent', { item: lc.say.unknown });
        expect(s.shopper.speech).to.include(lc.say.unknown);
        expect(s.shopper.speech.endsWith(hear('question.placeIt'))).to.equal(true);
        expect(questions(s.shopper.speech)).to.equal(1);
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      });

      it('re-asks only the cancel question, with "say yes or no", when it is not understood', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('CancelOrderIntent');
        await s.shopper.says('AMAZON.FallbackIntent');
        expect(s.shopper.speech).to.equal(`${hear('fallback.yesNo')}${gap}${hear('cancelOrder.reprompt')}`);
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmCancel');
      });
    });

    it('re-asks only "order it again?" when the answer to it is not understood', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('LastOrderIntent');
      await s.shopper.says('AMAZON.FallbackIntent');
      expect(s.shopper.speech).to.equal(`${hear('fallback.yesNo')}${gap}${hear('lastOrder.offer')}`);
      expect(s.shopper.last.state.pending?.kind).to.equal('offerReorder');
    });

    it('does not repeat that the last order is on its way after a yes to "order it again?"', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })], { placedAt: '2026-11-21T10:00:00Z', status: 'placed' })] } });
      await s.shopper.says('LastOrderIntent');
      expect(s.shopper.last.state.pending?.kind).to.equal('offerReorder');
      await s.shopper.says('AMAZON.YesIntent');
      expect(s.shopper.speech).not.to.include(hear('reorder.stillOnTheWay'));
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
    });

    it('says the last order is still on its way before reading it back again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })], { placedAt: '2026-11-21T10:00:00Z', status: 'placed' })] } });
      await s.shopper.says('ReorderIntent');
      expect(s.shopper.speech.startsWith(hear('reorder.stillOnTheWay'))).to.equal(true);
      expect(hear('reorder.stillOnTheWay')).not.to.match(/[:：]/u);
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
    });
  });
}
