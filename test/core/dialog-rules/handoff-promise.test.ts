// A handoff promises what actually happens (issue 10): who gets in touch, how and when, and what becomes of a cart
// that was waiting. Every locale, through every platform that serves it.
import { expect } from 'chai';
import { lineOf, ON_PLATFORMS, orderOf } from '../../support/locales.js';
import { scenarioIn } from '../../support/scenario.js';

/** Who (the one team name), how (e-mail) and when (one working day), as each language says them. */
const PROMISE: Record<string, { who: RegExp; how: RegExp; when: RegExp }> = {
  en: { who: /customer service team/, how: /\bemail\b/, when: /within one (business|working) day/ },
  de: { who: /Kundenservice/, how: /E-Mail/, when: /[Ii]nnerhalb eines Werktags/ },
  it: { who: /servizio clienti/, how: /\bemail\b/, when: /entro un giorno lavorativo/ },
  ja: { who: /カスタマーサービス/, how: /メール/, when: /1営業日以内/ },
  zh: { who: /客服/, how: /邮件/, when: /一个工作日内/ },
};

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const promise = PROMISE[locale.slice(0, 2)];
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' })];

  describe(`a handoff says what happens next (${locale}, ${via})`, () => {
    it('says who will get in touch, how and when, and gives the reference', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('HandoffIntent');
      expect(s.handoffs).to.have.length(1);
      for (const part of [promise.who, promise.how, promise.when]) expect(s.shopper.speech).to.match(part);
      expect(s.shopper.speech).to.include(s.handoffs[0].id);
      expect(s.shopper.last.card?.text).to.include(s.handoffs[0].id);
    });

    it('says, with the same promise, that the waiting cart was not placed, naming what was in it', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('HandoffIntent');
      expect(await s.placed()).to.have.length(0);
      for (const part of [promise.who, promise.how, promise.when]) expect(s.shopper.speech).to.match(part);
      for (const product of [lc.products.coffee.name, lc.products.oatMilk.name]) expect(s.shopper.speech).to.include(product);
      expect(s.shopper.ended).to.equal(true);
    });

    it('says the same after the person was offered for a return, and starts no reorder', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReturnIntent', { item: lc.products.coffee.name });
      expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
      expect(await s.cart()).to.equal(undefined);
      await s.shopper.says('AMAZON.YesIntent');
      expect(s.handoffs).to.have.length(1);
      for (const part of [promise.who, promise.how, promise.when]) expect(s.shopper.speech).to.match(part);
      expect(await s.placed()).to.have.length(0);
    });
  });
}
