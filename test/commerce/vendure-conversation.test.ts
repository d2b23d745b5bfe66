// The conversation suite's core flows on the live Vendure: linked shoppers (real tokens from our linking server) ask
// where their order is, reorder by name and their last order, edit the cart, say yes, give their voice code, cancel,
// and ask for a person. Every order the conversation places is checked in Vendure itself.
import { expect } from 'chai';
import { VendureCommerce, vendureConfigFromEnv } from '../../lambda/commerce/vendure/connector.js';
import { createConversation } from '../../lambda/core/conversation.js';
import { translator } from '../../lambda/core/i18n.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import { FakeShopper } from '../support/fake-platform.js';
import { vendureEnv } from '../support/vendure.js';
import { vendureSkill, type VendureSkill } from '../support/vendure-shoppers.js';

describe('conversations on a live Vendure', function () {
  this.timeout(900_000);
  let skill: VendureSkill;
  before(async () => {
    skill = await vendureSkill();
  });
  after(async () => {
    await skill?.close();
  });

  const pendingCart = (s: FakeShopper) => {
    const pending = s.last.state.pending;
    if (!pending || !('cartId' in pending) || !pending.cartId) throw new Error(`no cart waiting: ${s.speech}`);
    return pending.cartId;
  };

  it('says where the shipped order is: its items, carrier and day', async () => {
    const emily = skill.shopper('emily');
    await emily.says('OrderStatusIntent');
    expect(emily.speech).to.include('paper towels').and.include('UPS');
    expect(emily.speech).to.match(/arrive (on )?(today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/);
  });

  it('reorders a product by name, reads it back at Vendure\'s price, and places it once on yes (retried too)', async () => {
    const emily = skill.shopper('emily');
    await emily.says('ReorderIntent', { item: 'oat milk' });
    expect(emily.speech).to.include('Harbor Goods').and.include('oat milk').and.include('42 Maple Street');
    const cartId = pendingCart(emily);
    const [first, second] = await emily.saysTwice('AMAZON.YesIntent');
    expect(ssmlToText(first.speech)).to.equal(ssmlToText(second.speech));
    const orders = await skill.ordersWithKey(cartId);
    expect(orders).to.have.length(1);
    expect(orders[0].state).to.equal('PaymentSettled');
    expect(orders[0].lines.map((l) => [l.productVariant.sku, l.quantity])).to.deep.equal([['OAT-MILK', 6]]);
    expect(ssmlToText(first.speech)).to.include(orders[0].code);
  });

  it('reorders the last order, takes an edit, and places the edited cart', async () => {
    const yuki = skill.shopper('yuki');
    await yuki.says('ReorderIntent');
    expect(yuki.speech).to.include('緑茶');
    await yuki.says('ChangeQuantityIntent', { quantity: '5' });
    expect(yuki.speech).to.include('緑茶');
    const cartId = pendingCart(yuki);
    await yuki.says('AMAZON.YesIntent');
    const [order] = await skill.ordersWithKey(cartId);
    expect(order.lines.map((l) => [l.productVariant.sku, l.quantity])).to.deep.equal([['GREEN-TEA', 5]]);
  });

  it('asks for the voice code before placing, counts a wrong one, and places on the right one', async () => {
    const jonas = skill.shopper('jonas');
    await jonas.says('ReorderIntent', { item: 'Hafermilch' });
    expect(jonas.speech).to.include('Hafermilch');
    const cartId = pendingCart(jonas);
    await jonas.says('AMAZON.YesIntent');
    await jonas.says('VoiceCodeIntent', { code: '1111' });
    expect(await skill.ordersWithKey(cartId)).to.deep.equal([]);
    expect((await skill.store.voiceCodeState(skill.live.shoppers.jonas.id)).failures).to.equal(1);
    await jonas.says('VoiceCodeIntent', { code: '4321' });
    expect(await skill.ordersWithKey(cartId)).to.have.length(1);
    expect((await skill.store.voiceCodeState(skill.live.shoppers.jonas.id)).failures).to.equal(0);
  });

  it('cancels an order that has not shipped, after a yes, in Vendure too', async () => {
    const emily = skill.shopper('emily');
    await emily.says('ReorderIntent', { item: 'coffee beans' });
    const cartId = pendingCart(emily);
    await emily.says('AMAZON.YesIntent');
    const [placed] = await skill.ordersWithKey(cartId);
    const again = skill.shopper('emily');
    await again.says('CancelOrderIntent');
    expect(again.speech).to.include('coffee beans');
    await again.says('AMAZON.YesIntent');
    expect(again.speech).to.equal(ssmlToText(translator('en-US')('cancelOrder.done')));
    expect(await skill.orderState(placed.code)).to.equal('Cancelled');
  });

  it('refuses to cancel a shipped order', async () => {
    const giulia = skill.shopper('giulia');
    const orders = await skill.commerce.recentOrders(skill.live.shoppers.giulia.id, new Date(Date.now() + 60_000), 10);
    // Whatever else happened to Giulia's orders, one that has shipped cannot be cancelled by voice.
    const shipped = orders.find((o) => o.status === 'delivered' || o.status === 'shipped')!;
    expect(await skill.commerce.cancelOrder(skill.live.shoppers.giulia.id, shipped.id, 'k')).to.equal('too_late');
    await giulia.says('OrderStatusIntent');
    expect(giulia.speech).to.not.equal('');
  });

  it('hands over to a person with a ticket that keeps the conversation', async () => {
    const emily = skill.shopper('emily');
    await emily.opens();
    expect(emily.speech).to.include('Emily');
    await emily.says('HandoffIntent');
    const ticket = skill.handoffs.at(-1)!;
    expect(ticket.customerId).to.equal(skill.live.shoppers.emily.id);
    expect(ticket.transcript.map((e) => e.text).join(' ')).to.include('LaunchRequest').and.include('Emily');
  });

  it('apologises briefly when Vendure does not answer, keeps the question open, and orders nothing', async () => {
    const env = await vendureEnv();
    const down = new VendureCommerce(vendureConfigFromEnv({ ...env, VENDURE_ADMIN_API_URL: 'http://127.0.0.1:9/admin-api', VENDURE_SHOP_API_URL: 'http://127.0.0.1:9/shop-api' }));
    const store = new SqliteStore(':memory:');
    const shopper = new FakeShopper(createConversation({ store, commerce: down, identify: async (_u, platform) => ({ platform, subject: skill.live.shoppers.emily.id }) }), { now: new Date().toISOString() });
    await shopper.says('OrderStatusIntent');
    expect(shopper.last.speech).to.include(translator('en-US')('error.shopUnavailable'));
    expect(shopper.ended).to.equal(false);
    await store.close();
  });
});
