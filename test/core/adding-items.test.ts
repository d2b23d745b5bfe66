// Adding products to a cart across questions: what was found stays found, what the shopper set stays set.
import { expect } from 'chai';
import { memoryStore, shopperOn } from '../support/fake-platform.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';
import { quantities } from '../support/scenario.js';

function shop() {
  const customer = aCustomer({
    orders: [anOrder({
      lines: [
        aLine('coffee beans', { quantity: 2 }), aLine('decaf coffee pods', { quantity: 1 }),
        aLine('oat milk', { quantity: 4 }), aLine('oat milk barista edition', { quantity: 1 }), aLine('paper towels', { quantity: 2 }),
      ],
    })],
  });
  const store = memoryStore(aSeed([customer]));
  return { store, shopper: shopperOn(store, { accessToken: customer.accessToken }) };
}

async function cartOf(s: ReturnType<typeof shop>) {
  const pending = s.shopper.last.state.pending;
  return pending && 'cartId' in pending && pending.cartId ? s.store.getCart(pending.cartId) : undefined;
}

describe('adding products to a cart', () => {
  it('keeps the product found before a "which one?" when the shopper answers it', async () => {
    const s = shop();
    await s.shopper.says('ReorderIntent', { item: 'oat milk and coffee' });
    expect(s.shopper.speech).to.match(/the coffee beans or the decaf coffee pods/);
    await s.shopper.says('ReorderIntent', { item: 'coffee beans' });
    expect(quantities((await cartOf(s))?.lines)).to.deep.equal({ 'SKU-OAT-MILK': 4, 'SKU-COFFEE-BEANS': 2 });
  });

  it('reads back the rest of the cart when the shopper says no to "which one?"', async () => {
    const s = shop();
    await s.shopper.says('ReorderIntent', { item: 'oat milk and coffee' });
    await s.shopper.says('AMAZON.NoIntent');
    expect(s.shopper.ended).to.equal(false);
    expect(quantities((await cartOf(s))?.lines)).to.deep.equal({ 'SKU-OAT-MILK': 4 });
  });

  it('orders "oat milk" when another product\'s name only starts with it', async () => {
    const s = shop();
    await s.shopper.says('ReorderIntent', { item: 'oat milk' });
    expect(quantities((await cartOf(s))?.lines)).to.deep.equal({ 'SKU-OAT-MILK': 4 });
  });

  it('keeps a quantity the shopper set when the product is named again without one', async () => {
    const s = shop();
    await s.shopper.says('ReorderIntent', { item: 'oat milk' });
    await s.shopper.says('ChangeQuantityIntent', { quantity: '7' });
    await s.shopper.says('ReorderIntent', { item: 'oat milk and paper towels' });
    expect(quantities((await cartOf(s))?.lines)).to.deep.equal({ 'SKU-OAT-MILK': 7, 'SKU-PAPER-TOWELS': 2 });
  });

  it('does not carry the quantity of an abandoned "which one?" to another product', async () => {
    const s = shop();
    await s.shopper.says('ReorderIntent', { item: 'coffee', quantity: '3' });
    await s.shopper.says('ReorderIntent', { item: 'paper towels' });
    expect(quantities((await cartOf(s))?.lines)).to.deep.equal({ 'SKU-PAPER-TOWELS': 2 });
  });

  it('understands "six" as a quantity', async () => {
    const s = shop();
    await s.shopper.says('ReorderIntent', { item: 'six paper towels' });
    expect(quantities((await cartOf(s))?.lines)).to.deep.equal({ 'SKU-PAPER-TOWELS': 6 });
  });
});
