// A few whole conversations on the DynamoDB store in every `npm test` (the full suites run there with
// `npm run test:dynamodb`): ordering exactly once, where the order is, the voice-code lock, cancelling, a handoff.
import { expect } from 'chai';
import { lineOf, localeCase, orderOf, type LocaleCase } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { dayPhrase, phrasesOn } from '../support/speech.js';

const cases = [
  { lc: localeCase('en-US'), via: 'alexa' },
  { lc: localeCase('de-DE'), via: 'google' },
] as const;

for (const { lc, via } of cases) {
  const hear = phrasesOn(lc.locale, via);
  const history = (l: LocaleCase) => [orderOf(l, [lineOf(l, 'coffee', { quantity: 2 }), lineOf(l, 'oatMilk', { quantity: 4 })])];
  const onDynamo = (customer = {}) => scenarioIn(lc, { via, store: 'dynamodb', customer: { orders: history(lc), ...customer } });

  describe(`conversations on the DynamoDB store (${lc.locale}, ${via})`, () => {
    it('places exactly one order with the cart\'s items when the yes arrives twice', async () => {
      const s = onDynamo();
      await s.shopper.says('ReorderIntent');
      const [first, second] = await s.shopper.saysTwice('AMAZON.YesIntent');
      const placed = await s.placed();
      expect(placed).to.have.length(1);
      expect(quantities(placed[0].lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
      expect(first.speech).to.include(placed[0].id);
      expect(second.speech).to.equal(first.speech);
    });

    it('says where the order on the way is', async () => {
      const onTheWay = orderOf(lc, [lineOf(lc, 'lamp')], {
        placedAt: '2026-11-20T10:00:00Z', status: 'shipped', shipment: { carrier: lc.carrier, lastLocation: lc.location, eta: '2026-11-24' },
      });
      const s = onDynamo({ orders: [...history(lc), onTheWay] });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(lc.products.lamp.name).and.to.include(lc.carrier);
      expect(s.shopper.speech).to.include(dayPhrase(lc.locale, lc.timeZone, '2026-11-24', s.now));
    });

    it('keeps purchasing locked after three wrong codes, also in a new session', async () => {
      const s = onDynamo({ voiceCode: '4321' });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      for (const code of ['1111', '2222', '3333']) await s.shopper.says('VoiceCodeIntent', { code });
      const elsewhere = s.anotherSession();
      await elsewhere.says('ReorderIntent');
      expect(elsewhere.speech).to.equal(hear('voiceCode.locked', { seller: 'Harbor Goods' }));
      expect(await s.placed()).to.have.length(0);
    });

    it('cancels the order just placed after a yes', async () => {
      const s = onDynamo();
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      const [order] = await s.placed();
      await s.shopper.says('CancelOrderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      expect((await s.store.getOrder(order.id))?.status).to.equal('cancelled');
      expect(s.shopper.speech).to.equal(hear('cancelOrder.done'));
    });

    it('stores a handoff ticket with the conversation so far', async () => {
      const s = onDynamo();
      await s.shopper.says('ReorderIntent');
      const readBack = s.shopper.speech;
      await s.shopper.says('AMAZON.FallbackIntent');
      await s.shopper.says('HandoffIntent');
      const ticket = await s.store.getHandoff(s.handoffs[0].id);
      expect(ticket?.transcript.map((e) => e.text)).to.include(readBack);
      expect(s.shopper.speech).to.include(s.handoffs[0].id);
    });
  });
}
