// Done-when of connecting a shop: with SKILL_COMMERCE=vendure, the server as `npm start` builds it (runtime from the
// environment, account linking mounted) serves a shopper who links their account through the login page and then
// talks over HTTP the way Alexa posts: where is my order, reorder, yes, placed; the new order is in Vendure once.
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { ssmlToText } from '../../lambda/core/ssml.js';
import { FakeShopper } from '../support/fake-platform.js';
import { startLinkedServer, type LinkedServer } from '../support/linking.js';
import { liveVendure, vendureEnv, type LiveVendure } from '../support/vendure.js';
import { linkAccount } from '../support/vendure-shoppers.js';
import { adminLogin, GraphqlClient } from '../../lambda/commerce/vendure/graphql.js';
import { VENDURE_ADMIN } from '../support/vendure.js';

describe('a Vendure shopper links their account and orders by voice, end to end over HTTP', function () {
  this.timeout(900_000);
  let live: LiveVendure;
  let linked: LinkedServer;
  let runtime: LinkedServer['runtime'];
  let base: string;
  let overHttp: LinkedServer['overHttp'];

  before(async () => {
    live = await liveVendure();
    // The purchase limit counts the shopper's orders in Vendure, and the suites share this Vendure and this shopper:
    // the limit is tested elsewhere (test/core/purchase-limit.test.ts), so it is set out of the way here.
    linked = await startLinkedServer({
      ...process.env, ...(await vendureEnv()), SKILL_DB: ':memory:', SKILL_DEMO_SEED: 'off', SKILL_LOG: 'off', SKILL_PURCHASE_LIMIT_PER_HOUR: '100',
    }, 'Harbor Goods');
    ({ base, runtime, overHttp } = linked);
  });
  after(async () => {
    await linked?.close();
  });

  it('status with carrier, reorder, yes, placed: one new order in Vendure', async () => {
    const { emily } = live.shoppers;
    expect(runtime.commerce.name).to.equal('vendure');

    // Before linking, the skill asks to link.
    const stranger = new FakeShopper(overHttp, { now: new Date().toISOString() });
    await stranger.says('OrderStatusIntent');
    expect(stranger.last.card?.kind).to.equal('linkAccount');

    const token = await linkAccount(base, emily);
    const shopper = () => new FakeShopper(overHttp, { accessToken: token, userId: `amzn1.ask.account.${randomUUID()}`, now: new Date().toISOString() });

    // Asked about the seeded shipped item: other suites place orders for the same shopper on this shared Vendure,
    // so a plain "where is my order" may list newer ones first.
    const asking = shopper();
    await asking.says('OrderStatusIntent', { item: 'paper towels' });
    expect(asking.speech).to.include('paper towels').and.include('UPS');

    const buying = shopper();
    await buying.says('ReorderIntent', { item: 'coffee beans' });
    expect(buying.speech).to.include('Harbor Goods').and.include('coffee beans');
    const pending = buying.last.state.pending as { cartId: string };
    await buying.says('AMAZON.YesIntent');
    expect(buying.ended).to.equal(true);

    const admin = new GraphqlClient({ url: live.adminApiUrl, timeoutMs: 10_000, login: adminLogin(VENDURE_ADMIN.username, VENDURE_ADMIN.password) });
    const { orders } = await admin.request<{ orders: { items: { code: string; state: string; customer: { id: string } }[] } }>(
      `query ($key: String!) { orders(options: { filter: { idempotencyKey: { eq: $key } } }) { items { code state customer { id } } } }`, { key: pending.cartId });
    expect(orders.items).to.have.length(1);
    expect(orders.items[0]).to.deep.include({ state: 'PaymentSettled', customer: { id: emily.id } });
    expect(ssmlToText(buying.last.speech)).to.include(orders.items[0].code);
  });

  it('reads an expired token as unlinked: the shopper is asked to link again', async () => {
    const token = await linkAccount(base, live.shoppers.jonas);
    const later = new FakeShopper(overHttp, { accessToken: token, locale: 'de-DE', now: new Date(Date.now() + 3 * 3600_000).toISOString() });
    await later.says('OrderStatusIntent');
    expect(later.last.card?.kind).to.equal('linkAccount');
  });
});
