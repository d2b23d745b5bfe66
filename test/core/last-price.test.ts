// "What did I pay for the coffee last time?", in every language and on every platform that serves it.
import { expect } from 'chai';
import { lineOf, ON_PLATFORMS, orderOf } from '../support/locales.js';
import { scenarioIn } from '../support/scenario.js';

for (const { lc, via } of ON_PLATFORMS) {
  describe(`last price (${lc.locale}, ${via})`, () => {
    it('says what the product cost on the last order it was on', async () => {
      const order = orderOf(lc, [lineOf(lc, 'coffee', { unitPrice: 12.5 })], { placedAt: '2026-11-01T10:00:00Z', status: 'delivered' });
      const s = scenarioIn(lc, { via, customer: { orders: [order] } });
      await s.shopper.says('LastPriceIntent', { item: lc.products.coffee.name });
      expect(s.shopper.speech).to.include(lc.products.coffee.name);
      expect(s.shopper.speech).to.match(/12[.,]5|13/);
    });
  });
}
