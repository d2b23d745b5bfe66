// The per-shopper purchase limit: past it nothing is bought by voice, the waiting cart is set aside with a word,
// and the conversation goes to a person. Orders older than the hour, and a retried confirmation, are unaffected.
import { expect } from 'chai';
import { lineOf, ON_PLATFORMS, orderOf } from '../support/locales.js';
import { scenarioIn } from '../support/scenario.js';
import { phrasesOn } from '../support/speech.js';

const NOW = '2026-11-22T15:00:00Z';
const minutesBefore = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const hear = phrasesOn(locale, via);
  const ordersAt = (...minutes: number[]) => minutes.map((m, i) => orderOf(lc, [lineOf(lc, 'coffee', { quantity: 1 + i })], {
    id: `NW90000${i}`, placedAt: minutesBefore(m), status: 'placed', shipment: undefined,
  }));

  describe(`the purchase limit (${locale}, ${via})`, () => {
    it('says politely that the limit is reached, places nothing and hands over to a person', async () => {
      const s = scenarioIn(lc, { via, now: NOW, policy: { purchaseLimitPerHour: 2 }, customer: { orders: ordersAt(10, 40) } });
      await s.shopper.says('ReorderIntent');
      const cart = await s.cart();
      await s.shopper.says('AMAZON.YesIntent');
      expect(await s.placed()).to.have.length(2);
      expect(s.shopper.speech).to.include(hear('order.limitReached'));
      expect(s.handoffs).to.have.length(1);
      expect(s.shopper.speech).to.include(s.handoffs[0].id);
      expect((await s.store.getCart(cart!.id))?.status).to.not.equal('open');
    });

    it('places the order when the earlier ones are more than an hour old', async () => {
      const s = scenarioIn(lc, { via, now: NOW, policy: { purchaseLimitPerHour: 2 }, customer: { orders: ordersAt(61, 90) } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      expect(await s.placed()).to.have.length(3);
      expect(s.handoffs).to.have.length(0);
    });

    it('still names the placed order when the confirmation that reached the limit is sent again', async () => {
      const s = scenarioIn(lc, { via, now: NOW, policy: { purchaseLimitPerHour: 2 }, customer: { orders: ordersAt(10) } });
      await s.shopper.says('ReorderIntent');
      const [first, second] = await s.shopper.saysTwice('AMAZON.YesIntent');
      const placed = await s.placed();
      expect(placed).to.have.length(2);
      const newest = placed.find((o) => !o.id.startsWith('NW90000'))!;
      expect(first.speech).to.include(newest.id);
      expect(second.speech).to.include(newest.id);
      expect(s.handoffs).to.have.length(0);
    });
  });
}
