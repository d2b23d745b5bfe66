// Answers that have nothing to tell ("you don't have an order I can still cancel", "you haven't ordered yet", "I
// couldn't find a blender in your orders"), in every locale on every platform: an open microphone always ends on a
// question or says what to say, so an answer with nothing to ask ends the session, unless a waiting cart's question
// comes back after it. Walked for a shopper who has never ordered and one whose orders have all been delivered.
import { expect } from 'chai';
import { sentenceGapOf } from '../../lambda/core/format.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import { lineOf, ON_PLATFORMS, orderOf, type LocaleCase } from '../support/locales.js';
import { scenarioIn, type Scenario } from '../support/scenario.js';
import { phrasesOn } from '../support/speech.js';
import { lint } from '../support/voice-lint.js';

/** What a shopper with nothing (or nothing left) to cancel, track or return may ask, in this locale's words. */
function asks(lc: LocaleCase): { intent: string; slots?: Record<string, string> }[] {
  return [
    { intent: 'OrderStatusIntent' },
    { intent: 'OrderStatusIntent', slots: { item: lc.say.unknown } },
    { intent: 'OrderStatusIntent', slots: { item: lc.products.lamp.name } },
    { intent: 'LastOrderIntent' },
    { intent: 'ReorderIntent' },
    { intent: 'ReturnIntent' },
    { intent: 'ReturnIntent', slots: { item: lc.say.unknown } },
    { intent: 'CancelOrderIntent' },
    { intent: 'CancelOrderIntent', slots: { item: lc.say.unknown } },
    { intent: 'CancelOrderIntent', slots: { item: lc.products.lamp.name } },
  ];
}

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const delivered = () => [
    orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-01T10:00:00Z', status: 'delivered' }),
  ];
  const shoppers: { who: string; start: () => Scenario }[] = [
    { who: 'a shopper who has never ordered', start: () => scenarioIn(lc, { via, customer: { orders: [] } }) },
    { who: 'a shopper whose orders have all been delivered', start: () => scenarioIn(lc, { via, customer: { orders: delivered() } }) },
  ];

  describe(`answers with nothing to tell (${locale}, ${via})`, () => {
    for (const { who, start } of shoppers) {
      it(`${who}: every answer ends the session or ends on a question (or what to say)`, async () => {
        for (const { intent, slots } of asks(lc)) {
          const s = start();
          await s.shopper.opens();
          await s.shopper.says(intent, slots);
          const said = `${intent} ${JSON.stringify(slots ?? {})}: "${s.shopper.speech}"`;
          const problems = lint({ locale, platform: via, reply: s.shopper.last, question: s.shopper.last.state.pending?.kind });
          expect(problems, said).to.deep.equal([]);
        }
      });

    }

    it('a shopper who has never ordered: "cancel my order" is told there is nothing to cancel, and the session ends', async () => {
      const s = shoppers[0].start();
      await s.shopper.opens();
      await s.shopper.says('CancelOrderIntent');
      expect(s.shopper.speech).to.equal(hear('cancelOrder.none'));
      expect(s.shopper.ended).to.equal(true);
    });

    it('a shopper who has never ordered: "cancel my lamp order" ends the session too (no order to look in)', async () => {
      const s = shoppers[0].start();
      await s.shopper.opens();
      await s.shopper.says('CancelOrderIntent', { item: lc.products.lamp.name });
      expect(s.shopper.speech).to.equal(hear('cancelOrder.none'));
      expect(s.shopper.ended).to.equal(true);
    });

    it('with a cart waiting, nothing to cancel by name keeps the cart and asks its question again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: delivered() } });
      await s.shopper.says('ReorderIntent');
      const cart = await s.cart();
      await s.shopper.says('CancelOrderIntent', { item: lc.say.unknown });
      expect(s.shopper.ended).to.equal(false);
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      expect((await s.cart())?.id).to.equal(cart?.id);
      expect(lint({ locale, platform: via, reply: s.shopper.last, question: 'confirmOrder' })).to.deep.equal([]);
    });

    it('"when does my blender arrive" (in no order) says it is not found, then what is on the way, and ends', async () => {
      const coming = orderOf(lc, [lineOf(lc, 'lamp')], {
        placedAt: '2026-11-20T10:00:00Z', status: 'shipped', shipment: { carrier: lc.carrier, eta: '2026-11-24' },
      });
      const s = scenarioIn(lc, { via, customer: { orders: [coming, ...delivered()] } });
      await s.shopper.says('OrderStatusIntent');
      const onTheWay = s.shopper.speech;
      const again = s.anotherSession();
      await again.says('OrderStatusIntent', { item: lc.say.unknown });
      const missing = ssmlToText(hear('status.itemNotFound', { item: locale.startsWith('de') ? lc.say.unknown.replace(/(^|\s)(\p{Ll})/gu, (_, g: string, c: string) => g + c.toUpperCase()) : lc.say.unknown }));
      expect(again.speech).to.equal(`${missing}${gap}${onTheWay}`);
      expect(again.ended).to.equal(true);
    });
  });
}
