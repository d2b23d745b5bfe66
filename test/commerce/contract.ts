// The connector contract: one suite every commerce connector must pass (the embedded shop in-process, Vendure live
// on loopback, the next one against its sandbox). Each connector's test file supplies a fixture describing its data.
import { expect } from 'chai';
import { CommerceUnavailable, type Commerce, type ConfirmedCart } from '../../lambda/commerce/port.js';

export interface ContractShopper {
  id: string;
  name: string;
  email: string;
  password: string;
  /** Order ids newest first; the first is on its way with tracking, the last was delivered. */
  orders: string[];
}

export interface ContractFixture {
  commerce: () => Commerce;
  /** How a linked shopper presents: the subject the linking server puts in its tokens. */
  identity: (shopperId: string) => { platform: string; subject: string };
  shopper: ContractShopper;
  other: ContractShopper;
  /** An order of `cancellable.shopper` that is paid and not shipped. */
  cancellable: { shopperId: string; orderId: string };
  skus: { available: string; unavailable: string };
  /** A connector whose shop does not answer, if the connector can have one. */
  unreachable?: () => Commerce;
}

const cartFor = (shopperId: string, sku: string, quantity = 2): ConfirmedCart => ({
  shopperId, lines: [{ sku, name: sku, quantity, unitPrice: 1 }], shippingFee: 0, taxIncluded: true, confirmedAt: new Date().toISOString(),
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

export function commerceContract(name: string, fixture: () => Promise<ContractFixture>): void {
  describe(`commerce contract: ${name}`, function () {
    let f: ContractFixture;
    let commerce: Commerce;
    before(async function () {
      this.timeout(900_000);
      f = await fixture();
      commerce = f.commerce();
    });
    after(async () => {
      await commerce?.close();
    });

    describe('shoppers', () => {
      it('finds the shopper a linked identity names, with an address and a payment method', async () => {
        const shopper = await commerce.shopperFor(f.identity(f.shopper.id));
        expect(shopper).to.include({ id: f.shopper.id, name: f.shopper.name });
        expect(shopper!.address.line1).to.not.equal('');
        expect(shopper!.paymentMethod.label).to.not.equal('');
        expect(() => new Intl.DateTimeFormat('en', { timeZone: shopper!.timeZone })).to.not.throw();
      });

      it('finds nobody for an unknown subject', async () => {
        expect(await commerce.shopperFor(f.identity('no-such-shopper-9999'))).to.equal(undefined);
      });

      it('authenticates a shopper by e-mail and password and returns their id', async () => {
        expect(await commerce.authenticate(f.shopper.email, f.shopper.password)).to.equal(f.shopper.id);
      });

      it('refuses a wrong password and an unknown e-mail alike', async () => {
        expect(await commerce.authenticate(f.shopper.email, `${f.shopper.password}-wrong`)).to.equal(undefined);
        expect(await commerce.authenticate('nobody@example.invalid', f.shopper.password)).to.equal(undefined);
      });
    });

    describe('order history', () => {
      it('lists the shopper\'s own orders, newest first, with ISO instants', async () => {
        const orders = await commerce.recentOrders(f.shopper.id, new Date(Date.now() + 60_000), 10);
        const ids = orders.map((o) => o.id);
        for (const id of f.shopper.orders) expect(ids).to.include(id);
        expect(ids.indexOf(f.shopper.orders[0])).to.be.lessThan(ids.indexOf(f.shopper.orders.at(-1)!));
        for (const o of orders) {
          expect(o.customerId).to.equal(f.shopper.id);
          expect(new Date(o.placedAt).toISOString()).to.equal(o.placedAt);
          expect(o.lines.length).to.be.greaterThan(0);
        }
        const placed = orders.map((o) => o.placedAt);
        expect([...placed].sort().reverse()).to.deep.equal(placed);
      });

      it('never returns another shopper\'s orders', async () => {
        const orders = await commerce.recentOrders(f.shopper.id, new Date(Date.now() + 60_000), 50);
        for (const id of f.other.orders) expect(orders.map((o) => o.id)).to.not.include(id);
        expect(await commerce.order(f.shopper.id, f.other.orders[0])).to.equal(undefined);
      });

      it('gives a shipped order its carrier, tracking id and expected day', async () => {
        const order = await commerce.order(f.shopper.id, f.shopper.orders[0]);
        expect(order!.status).to.be.oneOf(['shipped', 'out_for_delivery']);
        expect(order!.shipment!.carrier).to.be.a('string').and.not.equal('');
        expect(order!.shipment!.trackingId).to.be.a('string').and.not.equal('');
        expect(order!.shipment!.eta).to.match(/^\d{4}-\d{2}-\d{2}$/);
      });

      it('gives a delivered order the instant it was delivered', async () => {
        const order = await commerce.order(f.shopper.id, f.shopper.orders.at(-1)!);
        expect(order!.status).to.equal('delivered');
        expect(new Date(order!.shipment!.deliveredAt!).toISOString()).to.equal(order!.shipment!.deliveredAt);
      });

      it('leaves out orders placed after the moment asked about, and keeps to the limit', async () => {
        expect(await commerce.recentOrders(f.shopper.id, new Date('2000-01-01T00:00:00Z'), 10)).to.deep.equal([]);
        expect(await commerce.recentOrders(f.shopper.id, new Date(Date.now() + 60_000), 1)).to.have.length(1);
      });
    });

    describe('catalog', () => {
      it('prices known SKUs, says which are available, and leaves unknown ones out', async () => {
        const items = await commerce.catalog([f.skus.available, f.skus.unavailable, 'NO-SUCH-SKU'], 'en-US');
        expect(items.map((i) => i.sku).sort()).to.deep.equal([f.skus.available, f.skus.unavailable].sort());
        const available = items.find((i) => i.sku === f.skus.available)!;
        expect(available.available).to.equal(true);
        expect(available.unitPrice).to.be.greaterThan(0);
        expect(items.find((i) => i.sku === f.skus.unavailable)!.available).to.equal(false);
      });
    });

    describe('placing orders', () => {
      it('places a confirmed cart once per key: a retry returns the same order and creates nothing', async () => {
        const key = `contract-${Date.now()}-a`;
        const first = await commerce.placeOrder(cartFor(f.shopper.id, f.skus.available), key);
        expect(first.created).to.equal(true);
        expect(first.order).to.include({ customerId: f.shopper.id, status: 'placed' });
        expect(first.order.lines).to.deep.include({ ...first.order.lines[0], sku: f.skus.available, quantity: 2 });
        const again = await commerce.placeOrder(cartFor(f.shopper.id, f.skus.available), key);
        // Compared as data (JSON): an absent field and one that is undefined are the same order.
        expect(JSON.parse(JSON.stringify(again))).to.deep.equal(JSON.parse(JSON.stringify({ order: first.order, created: false })));
        const history = await commerce.recentOrders(f.shopper.id, new Date(Date.now() + 60_000), 50);
        expect(history.filter((o) => o.id === first.order.id)).to.have.length(1);
      });

      it('places one order when the same key arrives twice at once', async () => {
        const key = `contract-${Date.now()}-b`;
        const [a, b] = await Promise.all([
          commerce.placeOrder(cartFor(f.shopper.id, f.skus.available, 1), key),
          commerce.placeOrder(cartFor(f.shopper.id, f.skus.available, 1), key),
        ].map((p) => p.catch((err: unknown) => err)));
        const placed = [a, b].filter((r): r is { order: { id: string }; created: boolean } => !(r instanceof Error));
        // One may be told to try again (CommerceUnavailable); never two orders.
        for (const r of [a, b]) if (r instanceof Error) expect(r).to.be.instanceOf(CommerceUnavailable);
        const retried = await commerce.placeOrder(cartFor(f.shopper.id, f.skus.available, 1), key);
        for (const r of placed) expect(r.order.id).to.equal(retried.order.id);
        expect(placed.filter((r) => r.created).length).to.be.at.most(1);
      });
    });

    describe('cancelling', () => {
      it('cancels an order that has not shipped, and says the same when asked again', async () => {
        const { shopperId, orderId } = f.cancellable;
        expect(await commerce.cancelOrder(shopperId, orderId, `cancel-${orderId}`)).to.equal('cancelled');
        expect(await commerce.cancelOrder(shopperId, orderId, `cancel-${orderId}`)).to.equal('cancelled');
        expect((await commerce.order(shopperId, orderId))!.status).to.equal('cancelled');
      });

      it('refuses to cancel a shipped order and changes nothing', async () => {
        expect(await commerce.cancelOrder(f.shopper.id, f.shopper.orders[0], 'cancel-shipped')).to.equal('too_late');
        expect((await commerce.order(f.shopper.id, f.shopper.orders[0]))!.status).to.not.equal('cancelled');
      });

      it('treats another shopper\'s order as not found', async () => {
        expect(await commerce.cancelOrder(f.shopper.id, f.other.orders[0], 'cancel-other')).to.equal('not_found');
      });
    });

    describe('failures', () => {
      it('throws CommerceUnavailable when the shop does not answer, for reads and for orders', async function () {
        if (!f.unreachable) this.skip();
        const down = f.unreachable!();
        expect(await rejection(down.recentOrders(f.shopper.id, new Date()))).to.be.instanceOf(CommerceUnavailable);
        expect(await rejection(down.shopperFor(f.identity(f.shopper.id)))).to.be.instanceOf(CommerceUnavailable);
        expect(await rejection(down.placeOrder(cartFor(f.shopper.id, f.skus.available), `down-${Date.now()}`))).to.be.instanceOf(CommerceUnavailable);
        await down.close();
      });
    });
  });
}
