// The connector contract against a live Vendure on loopback (installed, started and seeded by the test run), plus
// what only Vendure has: its states, the key stored on the order, drafts left behind, a shop that hangs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { CommerceUnavailable } from '../../lambda/commerce/port.js';
import { adminLogin, GraphqlClient } from '../../lambda/commerce/vendure/graphql.js';
import { VendureCommerce, vendureConfigFromEnv } from '../../lambda/commerce/vendure/connector.js';
import { orderStatus } from '../../lambda/commerce/vendure/states.js';
import { commerceContract } from './contract.js';
import { liveVendure, VENDURE_ADMIN, vendureEnv } from '../support/vendure.js';

const connector = async (overrides: NodeJS.ProcessEnv = {}) => new VendureCommerce(vendureConfigFromEnv({ ...(await vendureEnv()), ...overrides }));

/** Yuki's voice order of green tea, as a confirmed cart reaches the connector. */
const placeGreenTea = (commerce: VendureCommerce, shopperId: string, quantity: number, key: string) => commerce.placeOrder({
  shopperId, lines: [{ sku: 'GREEN-TEA', name: 'green tea', quantity, unitPrice: 6.99 }],
  shippingFee: 0, taxIncluded: true, confirmedAt: new Date().toISOString(),
}, key);

commerceContract('Vendure', async () => {
  const live = await liveVendure();
  const env = await vendureEnv();
  const { emily, jonas, giulia } = live.shoppers;
  return {
    commerce: () => new VendureCommerce(vendureConfigFromEnv(env)),
    identity: (subject) => ({ platform: 'alexa', subject }),
    shopper: emily,
    other: jonas,
    cancellable: { shopperId: giulia.id, orderId: giulia.orders[0] },
    skus: { available: 'COFFEE-BEANS', unavailable: 'DISH-SOAP' },
    unreachable: () => new VendureCommerce(vendureConfigFromEnv({ ...env, VENDURE_ADMIN_API_URL: 'http://127.0.0.1:9/admin-api', VENDURE_SHOP_API_URL: 'http://127.0.0.1:9/shop-api' })),
  };
});

describe('Vendure connector', function () {
  this.timeout(900_000);
  before(async () => {
    await liveVendure();
  });

  it('maps Vendure\'s order states onto ours, leaving carts and drafts out', () => {
    expect(orderStatus('PaymentSettled')).to.equal('placed');
    expect(orderStatus('Shipped')).to.equal('shipped');
    expect(orderStatus('Shipped', 'OutForDelivery')).to.equal('out_for_delivery');
    expect(orderStatus('PartiallyDelivered')).to.equal('shipped');
    expect(orderStatus('Delivered')).to.equal('delivered');
    expect(orderStatus('Cancelled')).to.equal('cancelled');
    for (const s of ['Draft', 'AddingItems', 'ArrangingPayment']) expect(orderStatus(s)).to.equal(undefined);
  });

  it('names order lines and products in the shopper\'s language', async () => {
    const live = await liveVendure();
    const commerce = await connector();
    const jonas = await commerce.shopperFor({ platform: 'alexa', subject: live.shoppers.jonas.id });
    expect(jonas).to.include({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
    const order = await commerce.order(jonas!.id, live.shoppers.jonas.orders[0]);
    expect(order!.lines[0].name).to.equal('Kaffeebohnen');
    expect((await commerce.catalog(['OAT-MILK'], 'ja-JP'))[0]).to.include({ name: 'オーツミルク', unitPrice: 4.49 });
  });

  it('stores the idempotency key on the Vendure order, pays it with the method on file, and leaves no draft behind', async () => {
    const live = await liveVendure();
    const commerce = await connector();
    const key = `vendure-key-${Date.now()}`;
    const { order } = await placeGreenTea(commerce, live.shoppers.yuki.id, 2, key);
    const admin = new GraphqlClient({ url: live.adminApiUrl, timeoutMs: 10_000, login: adminLogin(VENDURE_ADMIN.username, VENDURE_ADMIN.password) });
    const { orders } = await admin.request<{ orders: { items: { code: string; state: string; payments: { method: string; state: string }[] }[] } }>(
      `query ($key: String!) { orders(options: { filter: { idempotencyKey: { eq: $key } } }) { items { code state payments { method state } } } }`, { key });
    expect(orders.items).to.have.length(1);
    expect(orders.items[0]).to.include({ code: order.id, state: 'PaymentSettled' });
    expect(orders.items[0].payments).to.deep.equal([{ method: live.paymentMethodCode, state: 'Settled' }]);
    expect(order.shippingFee).to.equal(4.99);
    const drafts = await admin.request<{ orders: { items: unknown[] } }>(`{ orders(options: { filter: { state: { eq: "Draft" } } }) { items { id } } }`);
    expect(drafts.orders.items).to.deep.equal([]);
  });

  it('refunds a cancelled order in full through its payment method, once, however often the cancel is asked', async () => {
    const live = await liveVendure();
    const commerce = await connector();
    const key = `vendure-refund-${Date.now()}`;
    const { order } = await placeGreenTea(commerce, live.shoppers.yuki.id, 1, key);
    expect(await commerce.cancelOrder(live.shoppers.yuki.id, order.id, `cancel-${key}`)).to.equal('cancelled');
    expect(await commerce.cancelOrder(live.shoppers.yuki.id, order.id, `cancel-${key}`)).to.equal('cancelled');
    const admin = new GraphqlClient({ url: live.adminApiUrl, timeoutMs: 10_000, login: adminLogin(VENDURE_ADMIN.username, VENDURE_ADMIN.password) });
    type Payment = { amount: number; refunds: { total: number; state: string; reason: string }[] };
    const { orders } = await admin.request<{ orders: { items: { state: string; totalWithTax: number; payments: Payment[] }[] } }>(
      `query ($key: String!) { orders(options: { filter: { idempotencyKey: { eq: $key } } }) { items {
        state totalWithTax payments { amount refunds { total state reason } } } } }`, { key });
    const [cancelled] = orders.items;
    expect(cancelled.state).to.equal('Cancelled');
    expect(cancelled.payments).to.have.length(1);
    const [payment] = cancelled.payments;
    expect(payment.refunds).to.have.length(1);
    // The handler decides when the money moves (the test shop's settles refunds later: Pending); never Failed.
    expect(payment.refunds[0]).to.include({ total: payment.amount, reason: `cancelled by the shopper by voice (cancel-${key})` });
    expect(payment.refunds[0].state).to.be.oneOf(['Pending', 'Settled']);
  });

  it('deletes the draft and places nothing when a line cannot be ordered', async () => {
    const live = await liveVendure();
    const commerce = await connector();
    const key = `vendure-bad-${Date.now()}`;
    const err = await commerce.placeOrder({
      shopperId: live.shoppers.yuki.id, lines: [{ sku: 'NO-SUCH-SKU', name: 'nothing', quantity: 1, unitPrice: 1 }],
      shippingFee: 0, taxIncluded: true, confirmedAt: new Date().toISOString(),
    }, key).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(CommerceUnavailable);
    const admin = new GraphqlClient({ url: live.adminApiUrl, timeoutMs: 10_000, login: adminLogin(VENDURE_ADMIN.username, VENDURE_ADMIN.password) });
    const { orders } = await admin.request<{ orders: { items: unknown[] } }>(
      `query ($key: String!) { orders(options: { filter: { idempotencyKey: { eq: $key } } }) { items { id } } }`, { key });
    expect(orders.items).to.deep.equal([]);
  });

  describe('a shop that hangs', () => {
    let hanging: Server;
    let url: string;
    before(async () => {
      hanging = createServer(() => { /* never answers */ });
      await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', () => resolve()));
      url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    });
    after(() => {
      hanging.closeAllConnections();
      hanging.close();
    });

    it('gives up after the timeout with CommerceUnavailable', async () => {
      const commerce = await connector({ VENDURE_ADMIN_API_URL: `${url}/admin-api`, VENDURE_SHOP_API_URL: `${url}/shop-api`, VENDURE_TIMEOUT_MS: '200' });
      const err = await commerce.recentOrders('1', new Date()).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(CommerceUnavailable);
      expect((err as Error).message).to.match(/no answer within 200 ms/);
    });
  });
});
