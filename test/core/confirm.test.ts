// The yes that buys, in every language and through every platform that serves it: exactly one order per confirmed
// cart, even when the platform sends the yes twice; the voice code when the shopper set one; cancelling what was
// just placed. Each conversation is written once and runs through the real adapter of each platform
// (test/support/transports.ts).
import { expect } from 'chai';
import { lineOf, ON_PLATFORMS, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { dayPhrase, phrasesOn } from '../support/speech.js';
import { sentenceGapOf } from '../../lambda/core/format.js';

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const names = lc.products;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })])];
  const sellerOf = (s: { seed: { seller: { name: string } } }) => s.seed.seller.name;

  describe(`confirming an order (${locale}, ${via})`, () => {
    it('places exactly one order with the cart\'s items on yes', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      const placed = await s.placed();
      expect(placed).to.have.length(1);
      expect(quantities(placed[0].lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
      expect(placed[0].status).to.equal('placed');
    });

    it('places nothing when the yes comes long after the read-back (an abandoned conversation)', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      s.shopper.now = new Date(s.shopper.now.getTime() + 2 * 60 * 60_000);
      await s.shopper.says('AMAZON.YesIntent');
      expect(await s.placed()).to.have.length(0);
      expect(s.shopper.speech).to.equal(hear('order.cartGone'));
    });

    it('shows the summary card on several lines', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      expect(s.shopper.last.card?.text.split('\n').length).to.be.greaterThan(3);
    });

    it('tells the order number and the delivery day, and shows a summary card', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      const [order] = await s.placed();
      expect(s.shopper.speech).to.include(order.id);
      expect(s.shopper.speech).to.include(dayPhrase(locale, lc.timeZone, lc.deliveryDate, s.now));
      expect(s.shopper.last.card?.kind).to.equal('summary');
      expect(s.shopper.last.card?.text).to.include(order.id);
    });

    it('records the delivery day it promised on the order', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      const [order] = await s.placed();
      expect(order.shipment?.eta).to.equal(lc.deliveryDate);
    });

    it('places one order when the same yes arrives twice, and both answers name it', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      const [first, second] = await s.shopper.saysTwice('AMAZON.YesIntent');
      const placed = await s.placed();
      expect(placed).to.have.length(1);
      expect(first.speech).to.include(placed[0].id);
      expect(second.speech).to.equal(first.speech);
    });

    it('places nothing on no, and drops the cart', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      const cart = await s.cart();
      await s.shopper.says('AMAZON.NoIntent');
      expect(await s.placed()).to.have.length(0);
      expect((await s.store.getCart(cart!.id))?.status).to.equal('discarded');
      expect(s.shopper.speech).to.equal(hear('order.declined'));
    });

    it('places nothing on a yes that answers no question', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.opens();
      await s.shopper.says('AMAZON.YesIntent');
      expect(await s.placed()).to.have.length(0);
    });

    describe('with a voice code', () => {
      const withCode = () => scenarioIn(lc, { via, customer: { orders: history(), voiceCode: '4321' } });

      it('asks for the code after the yes and places nothing yet', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.shopper.speech).to.equal(hear('voiceCode.reprompt'));
        expect(s.shopper.ended).to.equal(false);
        expect(await s.placed()).to.have.length(0);
      });

      it('places the order when the right code is said', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('VoiceCodeIntent', { code: '4321' });
        expect(await s.placed()).to.have.length(1);
        expect(s.shopper.last.card?.kind).to.equal('summary');
      });

      it('understands the code spoken digit by digit', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('VoiceCodeIntent', { code: '4 3 2 1' });
        expect(await s.placed()).to.have.length(1);
      });

      it('asks again after a wrong code and places nothing', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('VoiceCodeIntent', { code: '1111' });
        expect(s.shopper.ended).to.equal(false);
        expect(s.shopper.speech).to.equal(`${hear('voiceCode.wrong', { count: 2 })}${gap}${hear('voiceCode.reprompt')}`);
        expect(await s.placed()).to.have.length(0);
      });

      it('still places the order when the right code follows a wrong one', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('VoiceCodeIntent', { code: '1111' });
        await s.shopper.says('VoiceCodeIntent', { code: '4321' });
        expect(await s.placed()).to.have.length(1);
      });

      it('locks purchasing after three wrong codes, says how to reset it, and places nothing', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        for (const code of ['1111', '2222', '3333']) await s.shopper.says('VoiceCodeIntent', { code });
        expect(s.shopper.speech).to.equal(hear('voiceCode.lockedNow', { seller: sellerOf(s) }));
        expect(s.shopper.ended).to.equal(true);
        expect(await s.placed()).to.have.length(0);
        expect((await s.store.voiceCodeState(s.customer.id)).lockedAt).to.be.a('string');
      });

      it('refuses a new reorder while purchasing is locked, in the same and in a new session', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        for (const code of ['1111', '2222', '3333']) await s.shopper.says('VoiceCodeIntent', { code });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).to.equal(hear('voiceCode.locked', { seller: 'Harbor Goods' }));
        const elsewhere = s.anotherSession();
        await elsewhere.says('ReorderIntent', { item: names.coffee.name });
        expect(elsewhere.speech).to.equal(hear('voiceCode.locked', { seller: 'Harbor Goods' }));
        expect(elsewhere.last.state.pending).to.equal(undefined);
        expect(await s.placed()).to.have.length(0);
      });

      it('does not place a cart with the right code once purchasing is locked', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        // A second device has a cart waiting for its code while the first one gets locked.
        const other = s.anotherSession();
        await other.says('ReorderIntent');
        await other.says('AMAZON.YesIntent');
        for (const code of ['1111', '2222', '3333']) await s.shopper.says('VoiceCodeIntent', { code });
        await other.says('VoiceCodeIntent', { code: '4321' });
        expect(await s.placed()).to.have.length(0);
      });

      it('places one order when the right code arrives twice', async () => {
        const s = withCode();
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        const [first, second] = await s.shopper.saysTwice('VoiceCodeIntent', { code: '4321' });
        expect(await s.placed()).to.have.length(1);
        expect(second.speech).to.equal(first.speech);
      });
    });

    describe('cancelling the order just placed', () => {
      it('asks before cancelling, then cancels on yes', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        const [order] = await s.placed();
        await s.shopper.says('CancelOrderIntent');
        expect(s.shopper.last.state.pending).to.deep.equal({ kind: 'confirmCancel', orderId: order.id });
        expect((await s.store.getOrder(order.id))?.status).to.equal('placed');
        await s.shopper.says('AMAZON.YesIntent');
        expect((await s.store.getOrder(order.id))?.status).to.equal('cancelled');
        expect(s.shopper.speech).to.equal(hear('cancelOrder.done'));
      });

      it('keeps the order on no', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        const [order] = await s.placed();
        await s.shopper.says('CancelOrderIntent');
        await s.shopper.says('AMAZON.NoIntent');
        expect((await s.store.getOrder(order.id))?.status).to.equal('placed');
        expect(s.shopper.speech).to.equal(hear('cancelOrder.kept'));
      });

      it('asks about the order holding the product named ("cancel my desk lamp order"), not the latest one', async () => {
        const lamp = orderOf(lc, [lineOf(lc, 'lamp')], { placedAt: '2026-11-20T10:00:00Z', status: 'placed' });
        const latest = orderOf(lc, [lineOf(lc, 'coffee')], { placedAt: '2026-11-21T10:00:00Z', status: 'placed' });
        const s = scenarioIn(lc, { via, customer: { orders: [lamp, latest] } });
        await s.shopper.says('CancelOrderIntent', { item: names.lamp.name });
        expect(s.shopper.last.state.pending).to.deep.equal({ kind: 'confirmCancel', orderId: lamp.id });
        expect(s.shopper.speech).to.include(names.lamp.name);
        await s.shopper.says('AMAZON.YesIntent');
        expect((await s.store.getOrder(lamp.id))?.status).to.equal('cancelled');
        expect((await s.store.getOrder(latest.id))?.status).to.equal('placed');
      });

      it('says the order with the product named has shipped, and never offers to cancel another order', async () => {
        const lamp = orderOf(lc, [lineOf(lc, 'lamp')], { placedAt: '2026-11-18T10:00:00Z', status: 'shipped', shipment: { carrier: lc.carrier, eta: '2026-11-24' } });
        const latest = orderOf(lc, [lineOf(lc, 'coffee')], { placedAt: '2026-11-21T10:00:00Z', status: 'placed' });
        const s = scenarioIn(lc, { via, customer: { orders: [lamp, latest] } });
        await s.shopper.says('CancelOrderIntent', { item: names.lamp.name });
        expect(s.shopper.speech).to.include(names.lamp.name);
        expect(s.shopper.speech).not.to.include(names.coffee.name);
        // The open question is the offer of a person: a yes hands over, and cancels nothing.
        expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.handoffs).to.have.length(1);
        expect((await s.store.getOrder(latest.id))?.status).to.equal('placed');
        expect((await s.store.getOrder(lamp.id))?.status).to.equal('shipped');
      });

      it('says so when no order holds the product named, and cancels nothing', async () => {
        const latest = orderOf(lc, [lineOf(lc, 'coffee')], { placedAt: '2026-11-21T10:00:00Z', status: 'placed' });
        const s = scenarioIn(lc, { via, customer: { orders: [latest] } });
        await s.shopper.says('CancelOrderIntent', { item: names.lamp.name });
        expect(s.shopper.last.state.pending).to.equal(undefined);
        await s.shopper.says('AMAZON.YesIntent');
        expect((await s.store.getOrder(latest.id))?.status).to.equal('placed');
      });

      it('says an order delivered weeks ago was delivered, on its day, never that it has shipped', async () => {
        const delivered = orderOf(lc, [lineOf(lc, 'lamp')], {
          placedAt: '2026-11-01T10:00:00Z', status: 'delivered', shipment: { carrier: lc.carrier, eta: '2026-11-04', deliveredAt: '2026-11-04T12:00:00Z' },
        });
        const s = scenarioIn(lc, { via, customer: { orders: [delivered] } });
        await s.shopper.says('CancelOrderIntent');
        expect(s.shopper.speech).to.include(names.lamp.name);
        expect(s.shopper.speech).to.include(dayPhrase(locale, lc.timeZone, '2026-11-04', s.shopper.now));
        expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
        await s.shopper.says('AMAZON.NoIntent');
        expect((await s.store.getOrder(delivered.id))?.status).to.equal('delivered');
      });

      it('refuses to cancel an order that has already shipped', async () => {
        const shipped = orderOf(lc, [lineOf(lc, 'lamp')], {
          placedAt: '2026-11-20T10:00:00Z', status: 'shipped', shipment: { carrier: lc.carrier, eta: '2026-11-24' },
        });
        const s = scenarioIn(lc, { via, customer: { orders: [...history(), shipped] } });
        await s.shopper.says('CancelOrderIntent');
        expect(s.shopper.speech).to.include(names.lamp.name);
        expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.handoffs).to.have.length(1);
        expect((await s.store.getOrder(shipped.id))?.status).to.equal('shipped');
      });
    });
  });
}
