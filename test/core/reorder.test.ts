// Reordering, in every language and through every platform that serves it (Alexa, Dialogflow): the whole last
// order read back before any yes, and single items found by loose, misheard or compound names, with the quantity
// from last time unless one is spoken. Each conversation is written once and runs through the real adapter of each
// platform (test/support/transports.ts).
import { expect } from 'chai';
import { catalogEntry, lineOf, ON_PLATFORMS, orderOf } from '../support/locales.js';
import { aLine } from '../support/seed.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { counted, dayPhrase, money, phrasesOn, theName } from '../support/speech.js';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

for (const { lc, via } of ON_PLATFORMS) {
  const { locale, currency } = lc;
  const names = lc.products;
  const hear = phrasesOn(locale, via);

  describe(`reorder (${locale}, ${via})`, () => {
    describe('the whole last order', () => {
      // An older order with paper towels, then the last one: 2 coffee beans and 4 oat milk.
      const orders = () => [
        orderOf(lc, [lineOf(lc, 'towels', { quantity: 3 })], { placedAt: '2026-10-20T10:00:00Z' }),
        orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z' }),
      ];

      it('reads back the seller and every item of the last order with its quantity', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: orders() } });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).to.include(s.seed.seller.name);
        expect(s.shopper.speech).to.include(counted(locale, 2, names.coffee.name, via));
        expect(s.shopper.speech).to.include(counted(locale, 4, names.oatMilk.name, via));
      });

      it('leaves out what was only in older orders', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: orders() } });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).not.to.include(names.towels.name);
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
      });

      it('never reads out an address label the language cannot say ("home" to a Japanese voice): the city instead', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: orders(), address: { ...lc.address, label: 'home' } } });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).not.to.match(/\bhome\b/);
        expect(s.shopper.speech).to.include(hear('address.shortWithoutLabel', lc.address));
      });

      it('reads back where it goes in a short form, and names the card on file once the order is placed', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: orders() } });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).to.include(hear('address.short', lc.address));
        expect(s.shopper.speech).not.to.include(lc.address.postalCode);
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.shopper.speech).to.include(lc.payment);
        expect(s.shopper.last.speech).to.match(/<say-as interpret-as="digits">\d{4}<\/say-as>/);
      });

      it('reads back the total including shipping in the shopper\'s currency', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: orders() } });
        await s.shopper.says('ReorderIntent');
        const shipping = s.customer.orders[1].shippingFee;
        const total = Math.round((2 * names.coffee.price + 4 * names.oatMilk.price + shipping) * 100) / 100;
        expect(s.shopper.speech).to.include(money(locale, currency, total));
      });

      it('prices the cart at today\'s catalog price, not last time\'s', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2, unitPrice: 1 })], { shippingFee: 0 })] },
          seed: { catalog: [catalogEntry(lc, 'coffee', { unitPrice: 20 })] },
        });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).to.include(money(locale, currency, 40));
      });

      it('adds tax to the total when the order\'s prices exclude it', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2, unitPrice: 10 })], { shippingFee: 5, taxIncluded: false })] },
          seed: { seller: { name: 'Harbor Goods', taxRate: 0.1 }, catalog: [] },
        });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).to.include(money(locale, currency, 27.5));
      });

      it('names the delivery day as the shopper says it, in their time zone', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: orders() } });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).to.include(dayPhrase(locale, lc.timeZone, lc.deliveryDate, s.now));
      });

      it('asks for a yes and places nothing before it', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: orders() } });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.ended).to.equal(false);
        expect(s.shopper.speech).to.include(hear('cart.confirmQuestion'));
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
        expect(await s.placed()).to.have.length(0);
      });

      it('skips a cancelled last order and reorders the one before it', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: {
            orders: [
              orderOf(lc, [lineOf(lc, 'coffee')], { placedAt: '2026-11-10T10:00:00Z' }),
              orderOf(lc, [lineOf(lc, 'lamp')], { placedAt: '2026-11-20T10:00:00Z', status: 'cancelled' }),
            ],
          },
        });
        await s.shopper.says('ReorderIntent');
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1 });
      });
    });

    describe('one item', () => {
      const history = () => [
        orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-01T10:00:00Z' }),
        orderOf(lc, [lineOf(lc, 'brushHeads', { quantity: 1 }), lineOf(lc, 'towels', { quantity: 3 })], { placedAt: '2026-11-10T10:00:00Z' }),
      ];

      it(`finds the coffee beans by a loose name ("${lc.say.looseCoffee}")`, async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
      });

      it(`finds the toothbrush heads when the recogniser splits or slips ("${lc.say.noisyBrushHeads}")`, async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: lc.say.noisyBrushHeads });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-BRUSHHEADS': 1 });
      });

      it(`finds the toothbrush heads by the catalog's shorter name ("${lc.say.synonymBrushHeads}")`, async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: lc.say.synonymBrushHeads });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-BRUSHHEADS': 1 });
      });

      it('reorders the last order\'s quantity when none is spoken', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: names.towels.name });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-TOWELS': 3 });
        expect(s.shopper.speech).to.include(counted(locale, 3, names.towels.name, via));
      });

      it('uses a quantity spoken as digits', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: names.oatMilk.name, quantity: '5' });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-OATMILK': 5 });
      });

      it(`uses a quantity spoken as a word ("${lc.say.three}")`, async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: names.oatMilk.name, quantity: lc.say.three });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-OATMILK': 3 });
        expect(s.shopper.speech).to.include(counted(locale, 3, names.oatMilk.name, via));
      });

      it(`puts both items of one sentence in the cart ("${lc.say.coffeeAndOatMilk}")`, async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: lc.say.coffeeAndOatMilk });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
      });

      it('says when nothing matches, names recent items and starts no cart', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: lc.say.unknown });
        expect(s.shopper.speech).to.include(lc.say.unknown);
        expect(s.shopper.speech).to.include(names.brushHeads.name).and.to.include(names.towels.name);
        expect(s.shopper.ended).to.equal(false);
        expect(await s.cart()).to.equal(undefined);
      });

      it('asks which one when several products match, naming each', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 })])] },
        });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
        expect(s.shopper.speech).to.include(names.coffee.name).and.to.include(names.decaf.name);
        expect(s.shopper.last.state.pending?.kind).to.equal('chooseItem');
        expect(await s.cart()).to.equal(undefined);
      });

      it('puts the one the shopper picks in the cart, with the quantity they first asked for', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 })])] },
        });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee, quantity: lc.say.three });
        await s.shopper.says('ReorderIntent', { item: lc.say.beans });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 3 });
      });

      it('takes a quantity said with the answer to "which one" over the one said before', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 })])] },
        });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
        await s.shopper.says('ChangeQuantityIntent', { item: lc.say.beans, quantity: lc.say.three });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 3 });
      });

      it('keeps asking which one when the answer fits neither', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 }), lineOf(lc, 'lamp')])] },
        });
        await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee });
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.shopper.last.state.pending?.kind).to.equal('chooseItem');
        expect(await s.placed()).to.have.length(0);
      });

      it(`puts a product whose name holds an "and" in the cart once ("${lc.andProduct}")`, async () => {
        const product = aLine(lc.andProduct, { sku: 'SKU-AND', quantity: 2 });
        const byName = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [product, lineOf(lc, 'oatMilk')])] } });
        await byName.shopper.says('ReorderIntent', { item: lc.andProduct });
        expect(quantities((await byName.cart())?.lines)).to.deep.equal({ 'SKU-AND': 2 });
        // Read back exactly like a last order holding only that product: no "couldn't find" note for half the name.
        const whole = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [product])] } });
        await whole.shopper.says('ReorderIntent');
        expect(byName.shopper.speech).to.equal(whole.shopper.speech);
      });

      it('still splits two products when neither name holds the whole sentence', async () => {
        const product = aLine(lc.andProduct, { sku: 'SKU-AND', quantity: 2 });
        const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [product, lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })])] } });
        await s.shopper.says('ReorderIntent', { item: lc.say.coffeeAndOatMilk });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
      });

      it('adds an item named while a cart waits to that cart', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: names.towels.name });
        await s.shopper.says('ReorderIntent', { item: names.oatMilk.name });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-TOWELS': 3, 'SKU-OATMILK': 4 });
      });

      it('reorders an item that is not in the catalog at its last price', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'lamp', { quantity: 1, unitPrice: 30 })], { shippingFee: 0 })] },
          seed: { catalog: [] },
        });
        await s.shopper.says('ReorderIntent', { item: names.lamp.name });
        expect(s.shopper.speech).to.include(money(locale, currency, 30));
      });

      it('leaves out an item the catalog marks unavailable and says so', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee'), lineOf(lc, 'towels')])] },
          seed: { catalog: [catalogEntry(lc, 'coffee'), catalogEntry(lc, 'towels', { available: false })] },
        });
        await s.shopper.says('ReorderIntent');
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 1 });
        // The product starts the sentence: "Kitchen roll isn't available …", "Carta da cucina al momento …".
        const items = hear('quote', { name: theName(locale, names.towels.name) });
        expect(s.shopper.speech).to.include(capitalized(hear('reorder.unavailable', { items, count: 1 })));
      });

      it('says so in a sentence of its own, with a question, when nothing of the order is available', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'towels')])] },
          seed: { catalog: [catalogEntry(lc, 'towels', { available: false })] },
        });
        await s.shopper.says('ReorderIntent');
        const items = hear('quote', { name: theName(locale, names.towels.name) });
        expect(s.shopper.speech).to.equal(capitalized(hear('reorder.noneAvailable', { items, count: 1 })));
        expect(s.shopper.ended).to.equal(false);
        expect(await s.cart()).to.equal(undefined);
      });
    });
  });
}
