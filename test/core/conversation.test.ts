// The rest of the conversation, in every language and through every platform that serves it: last order, help that
// fits the moment, repeat, leaving, misunderstandings that end with a person, and shoppers whose account is not
// linked. Each conversation is written once and runs through the real adapter of each platform
// (test/support/transports.ts).
import { expect } from 'chai';
import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { createConversation, withoutQuestion } from '../../lambda/core/conversation.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import { FakeShopper } from '../support/fake-platform.js';
import { lineOf, LOCALES, ON_PLATFORMS, orderOf, platformsOf, userIdsOn } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { money, counted, phrasesOn, theName } from '../support/speech.js';
import { sentenceGapOf } from '../../lambda/core/format.js';

for (const { lc, via } of ON_PLATFORMS) {
  const { locale, currency } = lc;
  const names = lc.products;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const history = () => [
    orderOf(lc, [lineOf(lc, 'towels', { quantity: 1 })], { placedAt: '2026-10-01T10:00:00Z' }),
    orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z', shippingFee: 0 }),
  ];
  const productNames = Object.values(names).map((p) => p.name);
  /** A count in an example phrase: with the generic counter in Japanese and Chinese (these products have no unit). */
  const amountOf = (n: 2 | 3) => (locale.startsWith('ja') ? `${n}個` : locale.startsWith('zh') ? `${n === 2 ? '两' : '三'}件` : String(n));
  /** The edit examples name the cart's own last product (the oat milk). */
  const cartExample = (n: 2 | 3) => ({ item: theName(locale, names.oatMilk.name), amount: amountOf(n) });
  /** Asked to link the account: the sentence on every platform, and the link card where the platform has one (Alexa). */
  const expectAskedToLink = (shopper: FakeShopper, seller: string) => {
    // Dialogflow's Google channel names the app where accounts are linked (the adapter says which: never the core).
    const context = shopper.via === 'google' ? 'googleHome' : undefined;
    expect(shopper.speech).to.equal(phrasesOn(locale, shopper.via)('account.linkNeeded', { seller, context }));
    if (shopper.via === 'alexa') expect(shopper.last.card?.kind).to.equal('linkAccount');
  };

  describe(`conversation (${locale}, ${via})`, () => {
    describe('last order', () => {
      it('tells the items and total of the last order and offers it again', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('LastOrderIntent');
        expect(s.shopper.speech).to.include(counted(locale, 2, names.coffee.name, via));
        expect(s.shopper.speech).to.include(counted(locale, 4, names.oatMilk.name, via));
        expect(s.shopper.speech).to.include(money(locale, currency, 2 * names.coffee.price + 4 * names.oatMilk.price));
        expect(s.shopper.speech).not.to.include(names.towels.name);
        expect(s.shopper.last.state.pending?.kind).to.equal('offerReorder');
      });

      it('tells the same total as the read-back when the last order\'s prices excluded tax', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2, unitPrice: 10 })], { shippingFee: 5, taxIncluded: false })] },
          seed: { seller: { name: 'Harbor Goods', taxRate: 0.1 }, catalog: [] },
        });
        await s.shopper.says('LastOrderIntent');
        expect(s.shopper.speech).to.include(money(locale, currency, 27.5));
        await s.shopper.says('AMAZON.YesIntent');
        expect(s.shopper.speech).to.include(money(locale, currency, 27.5));
      });

      it('reads the last order back as a cart when the shopper says yes to the offer', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('LastOrderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
        expect(await s.placed()).to.have.length(0);
      });
    });

    describe('help', () => {
      it('explains what the skill does when nothing is waiting, with an example from the shopper\'s own history', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('AMAZON.HelpIntent');
        expect(s.shopper.speech).to.equal(hear('help.generalFor', { item: theName(locale, names.coffee.name) }));
        expect(s.shopper.ended).to.equal(false);
      });

      it('explains how to confirm or change a waiting cart, and keeps it waiting', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.HelpIntent');
        expect(s.shopper.speech).to.equal(hear('help.cart', cartExample(3)));
        await s.shopper.says('AMAZON.YesIntent');
        expect(await s.placed()).to.have.length(1);
      });
    });

    describe('repeat', () => {
      it('says the last answer again, word for word', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        const readBack = s.shopper.speech;
        await s.shopper.says('AMAZON.RepeatIntent');
        expect(s.shopper.speech).to.equal(readBack);
      });

      it('keeps the question open, so a yes after repeat still places the cart', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.RepeatIntent');
        await s.shopper.says('AMAZON.RepeatIntent');
        await s.shopper.says('AMAZON.YesIntent');
        expect(await s.placed()).to.have.length(1);
      });
    });

    describe('leaving', () => {
      for (const intent of ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent']) {
        it(`${intent} discards a waiting cart, places nothing and ends`, async () => {
          const s = scenarioIn(lc, { via, customer: { orders: history() } });
          await s.shopper.says('ReorderIntent');
          const cart = await s.cart();
          await s.shopper.says(intent);
          expect(s.shopper.ended).to.equal(true);
          expect(s.shopper.speech).to.equal(hear('goodbye.nothingOrdered'));
          expect((await s.store.getCart(cart!.id))?.status).to.equal('discarded');
          await s.shopper.says('AMAZON.YesIntent');
          expect(await s.placed()).to.have.length(0);
        });
      }

      it('says a plain goodbye when nothing is waiting', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('AMAZON.StopIntent');
        expect(s.shopper.speech).to.equal(hear('goodbye.plain'));
        expect(s.shopper.ended).to.equal(true);
      });

      // Dialogflow sends nothing when a conversation ends without a goodbye.
      if (via === 'alexa') {
        it('discards a waiting cart when the platform ends the session', async () => {
          const s = scenarioIn(lc, { via, customer: { orders: history() } });
          await s.shopper.says('ReorderIntent');
          const cart = await s.cart();
          await s.shopper.send(s.shopper.turn('sessionEnded', 'SessionEndedRequest'));
          expect((await s.store.getCart(cart!.id))?.status).to.equal('discarded');
        });
      }
    });

    describe('misunderstandings', () => {
      it('says what works after one misunderstanding', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('AMAZON.FallbackIntent');
        expect(s.shopper.speech).to.equal(hear('fallback.general'));
        expect(s.shopper.ended).to.equal(false);
      });

      it('keeps a waiting cart through a misunderstanding', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.FallbackIntent');
        expect(s.shopper.speech).to.equal(hear('fallback.cart', cartExample(2)));
        await s.shopper.says('AMAZON.YesIntent');
        expect(await s.placed()).to.have.length(1);
      });

      it('says briefly what it does after two requests it cannot help with, and pushes no person (out of domain is no misunderstanding)', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('AMAZON.FallbackIntent');
        await s.shopper.says('AMAZON.FallbackIntent');
        expect(s.shopper.speech).to.equal(hear('fallback.again'));
        expect(s.shopper.last.state.pending).to.equal(undefined);
      });

      it('starts counting again after an understood turn', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('AMAZON.FallbackIntent');
        await s.shopper.says('AMAZON.HelpIntent');
        await s.shopper.says('AMAZON.FallbackIntent');
        expect(s.shopper.speech).to.equal(hear('fallback.general'));
      });

      it('keeps the cart question after two misunderstandings, and offers a person as well', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.FallbackIntent');
        await s.shopper.says('AMAZON.FallbackIntent');
        // The offer goes before the question, so the answer still ends on it.
        const said = hear('fallback.cart', cartExample(2));
        const lead = withoutQuestion(said);
        expect(s.shopper.speech).to.equal([lead, hear('question.orPerson'), said.slice(lead.length).trim()].filter(Boolean).join(gap));
        expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
        if (s.shopper.last.reprompt) expect(ssmlToText(s.shopper.last.reprompt)).to.equal(hear('cart.confirmReprompt'));
        await s.shopper.says('AMAZON.YesIntent');
        expect(await s.placed()).to.have.length(1);
      });

      it('stores a handoff ticket with the transcript when a person is asked for, and says the cart was not placed', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        const readBack = s.shopper.speech;
        await s.shopper.says('AMAZON.FallbackIntent');
        await s.shopper.says('AMAZON.FallbackIntent');
        await s.shopper.says('HandoffIntent');
        expect(await s.placed()).to.have.length(0);
        expect(await s.cart()).to.equal(undefined);
        expect(s.handoffs).to.have.length(1);
        const ticket = await s.store.getHandoff(s.handoffs[0].id);
        expect(ticket?.customerId).to.equal(s.customer.id);
        expect(ticket?.locale).to.equal(locale);
        expect(ticket?.transcript.map((e) => e.text)).to.include(readBack);
        expect(ticket?.transcript.filter((e) => e.from === 'shopper')).to.have.length(3);
        expect(s.shopper.speech).to.include(s.handoffs[0].id);
        expect(s.shopper.ended).to.equal(true);
      });

      it('goes on without a ticket when the shopper declines the person', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReturnIntent', { item: lc.products.coffee.name });
        expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
        await s.shopper.says('AMAZON.NoIntent');
        expect(s.handoffs).to.have.length(0);
        expect(s.shopper.ended).to.equal(false);
      });
    });

    describe('asking for a person', () => {
      it('stores a ticket with the conversation so far and tells the reference', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.opens();
        const welcome = s.shopper.speech;
        await s.shopper.says('LastOrderIntent');
        const last = s.shopper.speech;
        await s.shopper.says('HandoffIntent');
        expect(s.handoffs).to.have.length(1);
        const ticket = await s.store.getHandoff(s.handoffs[0].id);
        expect(ticket?.customerId).to.equal(s.customer.id);
        expect(ticket!.transcript.map((e) => e.text)).to.include.members([welcome, last]);
        expect(s.shopper.speech).to.include(s.handoffs[0].id);
        expect(s.shopper.last.card?.text).to.include(s.handoffs[0].id);
      });

      it('keeps the order of the conversation in the transcript, shopper and skill taking turns', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.opens();
        await s.shopper.says('ReorderIntent', { item: names.coffee.name });
        await s.shopper.says('HandoffIntent');
        const ticket = await s.store.getHandoff(s.handoffs[0].id);
        expect(ticket!.transcript.map((e) => e.from)).to.deep.equal(['shopper', 'skill', 'shopper', 'skill']);
        expect(ticket!.transcript[2].text).to.include(names.coffee.name);
      });

      it('keeps the conversations of two shoppers apart', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('LastOrderIntent');
        const other = s.anotherSession();
        await other.opens();
        await s.shopper.says('HandoffIntent');
        const ticket = await s.store.getHandoff(s.handoffs[0].id);
        expect(ticket!.transcript.map((e) => e.text)).not.to.include(other.speech);
      });
    });

    describe('a shopper whose account is not linked', () => {
      it('is asked to link the account and hears no order data on launch', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        const stranger = s.anotherSession({ accessToken: undefined, userId: undefined });
        await stranger.opens();
        expectAskedToLink(stranger, s.seed.seller.name);
        for (const name of productNames) expect(stranger.speech).not.to.include(name);
        expect(stranger.speech).not.to.include(lc.customerName);
      });

      it('is asked to link the account and hears no order data when asking where the order is', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: [...history(), orderOf(lc, [lineOf(lc, 'lamp')], { status: 'shipped', placedAt: '2026-11-20T10:00:00Z' })] } });
        const stranger = s.anotherSession({ accessToken: undefined, userId: 'amzn1.ask.account.UNKNOWN' });
        await stranger.says('OrderStatusIntent');
        expectAskedToLink(stranger, s.seed.seller.name);
        for (const name of productNames) expect(stranger.speech).not.to.include(name);
      });

      it('is not identified by an access token the store does not know', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        const stranger = s.anotherSession({ accessToken: 'token-nobody-has' });
        await stranger.says('ReorderIntent');
        expectAskedToLink(stranger, s.seed.seller.name);
        expect(await s.cart()).to.equal(undefined);
      });

      it('is identified by a platform user id from the store without a token', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        const known = s.anotherSession({ accessToken: undefined, userId: userIdsOn(s.customer, via)[0] });
        await known.says('LastOrderIntent');
        expect(known.last.card).to.equal(undefined);
        expect(known.speech).to.include(names.coffee.name);
      });

      it('is not identified by another platform\'s user id', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        const other = via === 'alexa' ? 'google' : 'alexa';
        const elsewhere = s.anotherSession({ accessToken: undefined, userId: userIdsOn(s.customer, via)[0], via: other });
        await elsewhere.says('LastOrderIntent');
        expectAskedToLink(elsewhere, s.seed.seller.name);
      });

      it('still gets help without linking', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        const stranger = s.anotherSession({ accessToken: undefined });
        await stranger.says('AMAZON.HelpIntent');
        expect(stranger.speech).to.equal(hear('help.general'));
      });
    });

    it('greets a linked shopper by name on launch', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.opens();
      expect(s.shopper.speech).to.equal(hear('launch.welcome', { name: lc.customerName, seller: s.seed.seller.name }));
      expect(s.shopper.ended).to.equal(false);
    });

    it('welcomes a shopper who has never ordered without "welcome back"', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [] } });
      await s.shopper.opens();
      expect(s.shopper.speech).to.equal(hear('launch.welcomeNew', { name: lc.customerName, seller: s.seed.seller.name }));
      expect(s.shopper.ended).to.equal(false);
    });
  });
}

describe('shoppers served at the same time', () => {
  for (const via of ['alexa', 'google'] as const) {
    it(`answers each interleaved shopper on ${via} in their own language, with their own orders`, async () => {
      const served = LOCALES.filter((lc) => platformsOf(lc.locale).includes(via));
      const scenarios = served.map((lc) => scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })])] } }));
      // One conversation and one store for everyone, as on a server.
      const store = scenarios[0].store;
      for (const s of scenarios.slice(1)) await store.loadSeed({ ...s.seed, catalog: [] });
      const conversation = createConversation({ store, commerce: new EmbeddedCommerce(store) });
      const shoppers = scenarios.map((s) => new FakeShopper(conversation, { locale: s.lc.locale, accessToken: s.customer.accessToken, via }));
      await Promise.all(shoppers.map((shopper) => shopper.says('AMAZON.HelpIntent')));
      await Promise.all(shoppers.map((shopper) => shopper.says('LastOrderIntent')));
      scenarios.forEach((s, i) => {
        const hear = phrasesOn(s.lc.locale, via);
        expect(shoppers[i].speech).to.include(counted(s.lc.locale, 2, s.lc.products.coffee.name, via));
        expect(shoppers[i].speech).to.include(hear('lastOrder.offer'));
      });
    });
  }
});
