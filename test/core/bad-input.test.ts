// What platforms and shoppers send that the skill did not ask for, through every platform's adapter: unknown
// intents, missing or garbage slots, markup in what was heard, unknown locales and a failing store. None of it may
// crash or buy anything. Each conversation is written once and runs through the real adapter of each platform
// (test/support/transports.ts).
import { expect } from 'chai';
import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { createConversation } from '../../lambda/core/conversation.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import { FakeShopper } from '../support/fake-platform.js';
import { lineOf, ON_PLATFORMS, onPlatformsOf, orderOf } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { phrasesOn, theName } from '../support/speech.js';
import { failing } from '../support/store-doubles.js';
import { sentenceGapOf } from '../../lambda/core/format.js';

/** Alexa rejects a response whose output speech is longer than this. */
const ALEXA_SPEECH_LIMIT = 8000;

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const names = lc.products;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })])];
  const oneLineCart = async () => {
    const s = scenarioIn(lc, { via, customer: { orders: history() } });
    await s.shopper.says('ReorderIntent', { item: names.coffee.name });
    return s;
  };

  describe(`bad input (${locale}, ${via})`, () => {
    it('answers an intent it does not know like a misunderstanding', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('MadeUpIntent', { item: names.coffee.name });
      expect(s.shopper.speech).to.equal(hear('fallback.general'));
      expect(s.shopper.ended).to.equal(false);
    });

    describe('missing slots', () => {
      it('asks how many when ChangeQuantityIntent comes without a quantity, and keeps the cart', async () => {
        const s = await oneLineCart();
        await s.shopper.says('ChangeQuantityIntent');
        // Nothing misheard yet: the question alone, naming the product (no "sorry").
        expect(s.shopper.speech).to.equal(hear('quantity.resume', { item: theName(locale, names.coffee.name), name: names.coffee.name, units: names.coffee.name }));
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
      });

      it('asks which item when RemoveItemIntent comes without one, and keeps the cart', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('RemoveItemIntent');
        // The question names the options, and its reprompt is that question, not "shall I place it?".
        expect(s.shopper.last.state.pending?.kind).to.equal('changeWhich');
        expect(s.shopper.speech).to.include(names.coffee.name).and.include(names.oatMilk.name);
        if (s.shopper.via !== 'google') expect(s.shopper.last.reprompt).to.equal(s.shopper.last.speech);
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 4 });
        await s.shopper.says('AMAZON.YesIntent');
        expect(await s.placed()).to.have.length(0);
        expect(s.shopper.last.state.pending?.kind).to.equal('changeWhich');
      });

      it('asks for the code again when VoiceCodeIntent comes without one, without counting a failure', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: '4321' } });
        await s.shopper.says('ReorderIntent');
        await s.shopper.says('AMAZON.YesIntent');
        await s.shopper.says('VoiceCodeIntent');
        expect(s.shopper.speech).to.equal(`${hear('voiceCode.notACode')}${gap}${hear('voiceCode.reprompt')}`);
        expect((await s.store.voiceCodeState(s.customer.id)).failures).to.equal(0);
        expect(await s.placed()).to.have.length(0);
      });

      it('says no code is needed when a code is said with nothing waiting for one', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history(), voiceCode: '4321' } });
        await s.shopper.says('VoiceCodeIntent', { code: '1111' });
        expect(s.shopper.speech).to.equal(`${hear('voiceCode.notNow')}${gap}${hear('help.reprompt')}`);
        expect((await s.store.voiceCodeState(s.customer.id)).failures).to.equal(0);
      });
    });

    describe('garbage quantities', () => {
      for (const garbage of ['banana', '0', '1000', '-3', '2.5', '?']) {
        it(`keeps the cart as it was when told to make it "${garbage}"`, async () => {
          const s = await oneLineCart();
          await s.shopper.says('ChangeQuantityIntent', { quantity: garbage });
          expect(s.shopper.ended).to.equal(false);
          expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
          // "How many?" is open now: a yes is no answer to it and places nothing; a no goes back to the cart as it was.
          await s.shopper.says('AMAZON.YesIntent');
          expect(await s.placed()).to.have.length(0);
          await s.shopper.says('AMAZON.NoIntent');
          await s.shopper.says('AMAZON.YesIntent');
          expect(quantities((await s.placed())[0]?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
        });
      }

      for (const tooMany of ['0', '1000']) {
        it(`asks again instead of starting a cart for "${tooMany}" of an item`, async () => {
          const s = scenarioIn(lc, { via, customer: { orders: history() } });
          await s.shopper.says('ReorderIntent', { item: names.coffee.name, quantity: tooMany });
          expect(s.shopper.ended).to.equal(false);
          // The range, then one question naming the product: never a second "how many?".
          const question = hear('quantity.resume', { item: theName(locale, names.coffee.name), name: names.coffee.name, units: names.coffee.name });
          expect(s.shopper.speech).to.equal(`${hear('quantity.outOfRange', { max: 99 })}${gap}${question}`);
          expect(await s.cart()).to.equal(undefined);
        });
      }

      it('takes the answer to "how many?" after an out-of-range quantity for that item', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: names.coffee.name, quantity: '1000' });
        await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.three });
        expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 3 });
      });

      it('reads back last time\'s quantity, not a made-up one, when the spoken quantity is not a number', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: names.coffee.name, quantity: 'banana' });
        const cart = await s.cart();
        if (cart) expect(quantities(cart.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
        expect(await s.placed()).to.have.length(0);
      });
    });

    describe('garbage items', () => {
      it('says it found nothing for "!!!" and starts no cart', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: '!!!' });
        expect(s.shopper.ended).to.equal(false);
        expect(s.shopper.speech).to.include(names.coffee.name);
        expect(await s.cart()).to.equal(undefined);
      });

      it('answers a very long item within what Alexa can speak, and starts no cart', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('ReorderIntent', { item: 'lorem ipsum dolor sit amet '.repeat(400) });
        expect(s.shopper.last.speech.length).to.be.below(ALEXA_SPEECH_LIMIT);
        expect(await s.cart()).to.equal(undefined);
      });

      it('keeps a very long unknown item from overflowing the order-status answer', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() } });
        await s.shopper.says('OrderStatusIntent', { item: 'x'.repeat(10_000) });
        expect(s.shopper.last.speech.length).to.be.below(ALEXA_SPEECH_LIMIT);
      });

      for (const [intent, setup] of [
        ['ReorderIntent', false],
        ['OrderStatusIntent', false],
        ['RemoveItemIntent', true],
        ['ChangeQuantityIntent', true],
      ] as const) {
        it(`escapes markup heard as an item in the ${intent} answer`, async () => {
          const s = scenarioIn(lc, { via, customer: { orders: history() } });
          if (setup) await s.shopper.says('ReorderIntent');
          await s.shopper.says(intent, { item: '<script>&', quantity: '2' });
          expect(s.shopper.last.speech).to.include('&lt;script&gt;&amp;');
          expect(s.shopper.last.speech).not.to.include('<script>');
          expect(s.shopper.last.speech).not.to.match(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
        });
      }

      it('escapes markup in product names and account data it reads back', async () => {
        const s = scenarioIn(lc, {
          via,
          customer: {
            orders: [orderOf(lc, [lineOf(lc, 'coffee', { name: 'Salt & <b>Pepper</b>' })])],
            // Every locale speaks some of these: the street, the city or the label.
            address: { ...lc.address, label: 'Elm & Oak <1>', line1: 'Elm & Oak <1>', city: 'Elm & Oak <1>' },
            paymentMethod: { label: 'Card "A&B"' },
          },
          seed: { catalog: [] },
        });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.last.speech).not.to.include('<b>').and.not.to.include('<1>');
        expect(s.shopper.last.speech).not.to.match(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
        expect(s.shopper.speech).to.include('Salt & <b>Pepper</b>').and.to.include('Elm & Oak <1>');
      });
    });

    it('answers with the localized error when the store fails, without throwing', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() }, wrap: (store) => failing(store, ['recentOrders']) });
      await s.shopper.says('ReorderIntent');
      expect(s.shopper.speech).to.equal(`${hear('error.generic')} ${hear('help.reprompt')}`);
      expect(s.shopper.ended).to.equal(false);
    });

    it('keeps the waiting cart when the store fails on the yes, so the shopper can try again', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() } });
      await s.shopper.says('ReorderIntent');
      const store = failing(s.store, ['placeOrder']);
      const broken = new FakeShopper(createConversation({ store, commerce: new EmbeddedCommerce(store) }), s.shopper.options);
      const yes = s.shopper.turn('intent', 'AMAZON.YesIntent');
      const reply = await broken.send(yes);
      expect(ssmlToText(reply.speech)).to.equal(`${hear('error.generic')} ${hear('cart.confirmReprompt')}`);
      expect(reply.state.pending).to.deep.equal(s.shopper.last.state.pending);
      await s.shopper.says('AMAZON.YesIntent');
      expect(await s.placed()).to.have.length(1);
    });
  });
}

describe('locales the skill does not speak', () => {
  for (const { lc, via } of onPlatformsOf('en-US')) {
    // Dialogflow always names the agent's language; only an Alexa-shaped request can come without a locale.
    const requests = via === 'google' ? ['fr-FR', 'xx', 'EN_us'] : ['fr-FR', 'xx', '', 'EN_us'];
    for (const requested of requests) {
      it(`answers a "${requested}" request on ${via} in US English`, async () => {
        const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee')])] } });
        const shopper = s.anotherSession({ locale: requested });
        await shopper.opens();
        expect(shopper.speech).to.equal(phrasesOn('en-US', via)('launch.welcome', { name: lc.customerName, seller: s.seed.seller.name }));
      });
    }

    it(`answers en-AU in English and de-AT in German on ${via}`, async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee')])] } });
      const au = s.anotherSession({ locale: 'en-AU' });
      await au.says('AMAZON.HelpIntent');
      const coffee = lc.products.coffee.name;
      expect(au.speech).to.equal(phrasesOn('en-US', via)('help.generalFor', { item: `the ${coffee}` }));
      const at = s.anotherSession({ locale: 'de-AT' });
      await at.says('AMAZON.HelpIntent');
      expect(at.speech).to.equal(phrasesOn('de-DE', via)('help.generalFor', { item: coffee }));
    });
  }

  for (const { lc, via } of onPlatformsOf('de-DE')) {
    it(`answers with the error reply when the store fails to find the shopper (${via})`, async () => {
      const s = scenarioIn(lc, { via, wrap: (store) => failing(store, ['findCustomer', 'seller']) });
      await s.shopper.opens();
      expect(s.shopper.speech).to.equal(`${phrasesOn('de-DE', via)('error.generic')} ${phrasesOn('de-DE', via)('help.reprompt')}`);
    });
  }
});
