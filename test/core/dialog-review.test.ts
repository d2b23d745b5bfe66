// What the second native review heard go wrong in the dialog (issue 10), played as conversations in every locale
// and through every platform that serves it: a change at the voice-code step, an ordinal answer's quantity, out of
// domain twice, where a person is offered, help for the open question, "last order" with a cart waiting, a status
// answer with a cart waiting, a new shopper's "last order", returns of an unshipped item, cancelling a delivered order.
import { expect } from 'chai';
import { ON_PLATFORMS, lineOf, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { phrasesOn } from '../support/speech.js';
import { hesitant } from '../../lambda/core/questions/consent.js';
import { sentenceGapOf } from '../../lambda/core/format.js';

/** "The second one" as a recogniser fills the slots: the ordinal in the item, its "one" (or its number) as a quantity. */
const SECOND_ONE: Record<string, { item: string; quantity?: string }> = {
  en: { item: 'the second one', quantity: 'one' },
  de: { item: 'die zweite' },
  it: { item: 'il secondo' },
  ja: { item: '2番目', quantity: '2' },
  zh: { item: '第二个', quantity: '二' },
};

/** The decaf pods named as a choice, in other words than their name, as a recogniser passes them with no product heard. */
const THE_DECAF_ONE: Record<string, string> = {
  en: 'the decaf one', de: 'die entkoffeinierten bitte', it: 'quelle decaffeinate', ja: 'カフェインレスのほう', zh: '低因的那个',
};

const VOICE_CODE = '4321';

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const names = lc.products;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const lang = locale.slice(0, 2);
  const history = () => [
    orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' }),
  ];
  const pending = (s: ReturnType<typeof scenarioIn>) => s.shopper.last.state.pending?.kind;

  describe(`the dialog as the second review heard it (${locale}, ${via})`, () => {
    describe('a change said at the voice-code step', () => {
      it('applies a new quantity, reads back what changed and the new total, asks the yes/no again, and the code only after the new yes', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: VOICE_CODE } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        expect(pending(s)).to.equal('voiceCode');
        await s.shopper.says('ChangeQuantityIntent', { item: names.coffee.name, quantity: lc.say.three });
        expect(pending(s)).to.equal('confirmOrder');
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 3, 'SKU-OATMILK': 4 });
        expect(s.shopper.speech.endsWith(hear('cart.confirmQuestion'))).to.equal(true, s.shopper.speech);
        // The code said now, before a new yes, places nothing.
        await s.shopper.says('VoiceCodeIntent', { code: VOICE_CODE });
        expect(await s.placed()).to.have.length(0);
        await s.shopper.says('AMAZON.YesIntent');
        expect(pending(s)).to.equal('voiceCode');
        await s.shopper.says('VoiceCodeIntent', { code: VOICE_CODE });
        const [order] = await s.placed();
        expect(quantities(order?.lines)).to.deep.equal({ 'SKU-COFFEE': 3, 'SKU-OATMILK': 4 });
      });

      it('takes an item out and asks the yes/no again, never places the cart the shopper did not hear', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: VOICE_CODE } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('RemoveItemIntent', { item: names.oatMilk.name });
        expect(pending(s)).to.equal('confirmOrder');
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('VoiceCodeIntent', { code: VOICE_CODE });
        const [order] = await s.placed();
        expect(quantities(order?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
      });
    });

    it('orders last time\'s quantity of the product picked by its position ("the second one"), not the "one" of the ordinal', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 3 })])] } });
      await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
      expect(pending(s)).to.equal('chooseItem');
      await s.shopper.says('ChangeQuantityIntent', SECOND_ONE[lang]);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-DECAF': 3 });
    });

    if (via === 'google') {
      it('takes a product named in other words ("the decaf one", "低因的那个") as the answer to "which one?", with last time\'s quantity', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 3 })])] } });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
        expect(pending(s)).to.equal('chooseItem');
        await s.shopper.send({ ...s.shopper.turn('intent', 'AMAZON.FallbackIntent'), utterance: THE_DECAF_ONE[lang] });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-DECAF': 3 });
        expect(pending(s)).to.equal('confirmOrder');
      });
    }

    it('answers a second out-of-domain request by saying briefly what it can do, without pushing a person', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('AMAZON.FallbackIntent');
      expect(s.shopper.speech).to.equal(hear('fallback.general'));
      for (let i = 0; i < 2; i++) {
        await s.shopper.says('AMAZON.FallbackIntent');
        expect(s.shopper.speech).to.equal(hear('fallback.again'));
        expect(pending(s)).to.equal(undefined);
        expect(s.shopper.ended).to.equal(false);
      }
    });

    it('offers a person before the question after two misunderstandings of it, so the answer ends on the question', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 3 })])] } });
      await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
      const which = s.shopper.speech;
      await s.shopper.says('AMAZON.FallbackIntent');
      await s.shopper.says('AMAZON.FallbackIntent');
      expect(s.shopper.speech).to.equal(`${hear('question.orPerson')}${gap}${which}`);
      expect(pending(s)).to.equal('chooseItem');
    });

    it('says how to answer "which one?" when asked for help, then asks it again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 3 })])] } });
      await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
      const which = s.shopper.speech;
      await s.shopper.says('AMAZON.HelpIntent');
      expect(s.shopper.speech).to.equal(`${hear('help.chooseItem')}${gap}${which}`);
      expect(s.shopper.speech).to.not.include(hear('help.question'));
    });

    it('takes "cancel my order" said while the cart waits as the cart not placed, not an order on its way', async () => {
      const shipped = orderOf(lc, [lineOf(lc, 'lamp', { quantity: 1 })], { placedAt: '2026-11-20T10:00:00Z', status: 'shipped' });
      const s = scenarioIn(lc, { via, customer: { orders: [...history(), shipped] } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      expect(pending(s)).to.equal('confirmOrder');
      await s.shopper.says('CancelOrderIntent');
      expect(s.shopper.speech).to.equal(hear('order.notPlacing'));
      expect(await s.cart()).to.equal(undefined);
      expect(await s.placed()).to.have.length(0);
      expect(s.shopper.ended).to.equal(false);
    });

    it('says what a one-item order holds when asked to take out a product it lacks, and asks to place it, not "which one?"', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('RemoveItemIntent', { item: names.lamp.name });
      expect(pending(s)).to.equal('confirmOrder');
      // "… only 2 coffee beans. Should I place it?": the order is named once, not in every sentence (ledger N3).
      expect(s.shopper.speech.endsWith(hear('question.placeIt'))).to.equal(true, s.shopper.speech);
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
    });

    it('says a quantity is already what the shopper asks for, rather than "changed"', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.two });
      const [before, after] = hear('edit.already', { item: '|' }).split('|');
      expect(s.shopper.speech.startsWith(before) && s.shopper.speech.includes(`${after}${gap}${hear('cart.confirmQuestion')}`)).to.equal(true, s.shopper.speech);
      expect(pending(s)).to.equal('confirmOrder');
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
    });

    it('says the last order has not arrived yet before offering to order it again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })], { placedAt: '2026-11-21T10:00:00Z', status: 'shipped' })] } });
      await s.shopper.says('LastOrderIntent');
      expect(s.shopper.speech).to.include(`${hear('lastOrder.notArrived')}${gap}${hear('lastOrder.offer')}`);
      const delivered = scenarioIn(lc, { via, customer: { orders: history() } });
      await delivered.shopper.says('LastOrderIntent');
      expect(delivered.shopper.speech).to.not.include(hear('lastOrder.notArrived'));
    });

    it('answers "what did I order last time" while a cart waits, then asks only the cart\'s question', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('LastOrderIntent');
      expect(pending(s)).to.equal('confirmOrder');
      expect(s.shopper.speech).to.not.include(hear('lastOrder.offer'));
      expect(s.shopper.speech.endsWith(hear('question.placeIt'))).to.equal(true, s.shopper.speech);
      await s.shopper.says('AMAZON.YesIntent');
      expect(quantities((await s.placed())[0]?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
    });

    it('keeps the status short while a cart waits: how many, then the next one alone (never "the first" with no second)', async () => {
      const coming = (key: 'lamp' | 'towels' | 'decaf', eta: string) =>
        orderOf(lc, [lineOf(lc, key)], { placedAt: '2026-11-20T10:00:00Z', status: 'shipped', shipment: { carrier: lc.carrier, lastLocation: lc.location, eta } });
      const s = scenarioIn(lc, { via, customer: { orders: [coming('lamp', '2026-11-24'), coming('towels', '2026-11-25'), coming('decaf', '2026-11-26'), ...history()] } });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(hear('status.several', { count: 3 })).and.to.include(hear('status.ordinalNext'));
      expect(s.shopper.speech).to.not.include(hear('status.ordinal.1')).and.not.include(hear('status.ordinal.2'));
      expect(pending(s)).to.equal('confirmOrder');
    });

    it('tells a shopper who has never ordered that there is no last order yet, and what they can do', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [] } });
      await s.shopper.says('LastOrderIntent');
      const seller = s.seed.seller.name;
      expect(s.shopper.speech).to.equal(`${hear('lastOrder.none', { seller })}${gap}${hear('help.generalNew', { seller })}`);
      expect(s.shopper.speech).to.not.include(hear('reorder.noHistory', { seller }));
    });

    it('names what else an unshipped order holds before offering to cancel it for a return', async () => {
      const placed = orderOf(lc, [lineOf(lc, 'lamp'), lineOf(lc, 'towels')], { placedAt: '2026-11-22T09:00:00Z', status: 'placed', shipment: undefined });
      const s = scenarioIn(lc, { via, customer: { orders: [placed, ...history()] } });
      await s.shopper.says('ReturnIntent', { item: names.lamp.name });
      expect(s.shopper.speech).to.include(names.towels.name);
      expect(pending(s)).to.equal('confirmCancel');
    });

    it('says an order delivered long ago was delivered, and when, when asked to cancel it', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('CancelOrderIntent');
      const parts = (key: string) => hear(key, { items: '§', day: '§' }).split('§').map((p) => p.trim()).filter((p) => p.length > 1);
      for (const part of parts('cancelOrder.tooLateDelivered')) expect(s.shopper.speech).to.include(part);
      expect(s.shopper.speech).to.not.include(parts('cancelOrder.tooLate').at(-1));
    });
  });
}

for (const { lc, via } of ON_PLATFORMS.filter((p) => p.via !== 'alexa')) {
  const hear = phrasesOn(lc.locale, via);
  const gap = /^(ja|zh)/.test(lc.locale) ? '' : ' ';
  const WITH_NUMBER: Record<string, string> = { en: 'yes make it three', de: 'ja, mach drei daraus', it: 'sì, fanne tre', ja: 'はい、三個で', zh: '好的，要两个' };
  describe(`a yes that carries a change at the voice-code step (${lc.locale}, ${via}: the platform passes the words)`, () => {
    it('asks the yes/no again over the cart as it stands, and places nothing on the code that follows', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })])], voiceCode: VOICE_CODE } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      await s.shopper.send({ ...s.shopper.turn('intent', 'AMAZON.YesIntent'), utterance: WITH_NUMBER[lc.locale.slice(0, 2)] });
      expect(s.shopper.speech).to.equal(`${hear('confirm.notPlain')}${gap}${hear('cart.confirmReprompt')}`);
      await s.shopper.says('VoiceCodeIntent', { code: VOICE_CODE });
      expect(await s.placed()).to.have.length(0);
    });
  });
}

describe('a hedged yes is no consent, in the words the reviewers used (where the platform passes the words)', () => {
  const HEDGED: [string, string][] = [
    ['it', 'ehm, va bene, credo'], ['de', 'äh, okay, denke ich'], ['de', 'okay, denke ich'], ['de', 'ja, meinetwegen'],
    ['en', 'um okay I guess'], ['ja', 'えっと、じゃあはい'], ['zh', '嗯…那好吧'],
  ];
  for (const [lang, said] of HEDGED) {
    it(`hears "${said}" as hedged`, () => expect(hesitant(said, lang)).to.equal(true));
  }
  for (const [lang, said] of [['de', 'ja, gerne'], ['it', 'sì, va bene'], ['en', 'yes please'], ['ja', 'はい、お願いします'], ['zh', '好的']] as const) {
    it(`hears "${said}" as a plain yes`, () => expect(hesitant(said, lang)).to.equal(false));
  }
});
