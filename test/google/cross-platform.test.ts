// One shopper, two platforms, one store: what is bought, locked or handed off on Alexa holds on Google, and the
// other way round. Every turn goes through the real adapters (test/support/transports.ts).
import { expect } from 'chai';
import type { Seed } from '../../lambda/store/seed.js';
import { lineOf, LOCALES, orderOf, platformsOf, userIdsOn } from '../support/locales.js';
import { quantities, scenarioIn, type Scenario } from '../support/scenario.js';
import { dayPhrase, phrasesOn } from '../support/speech.js';

type Platform = 'alexa' | 'google';
type SeedCustomer = Seed['customers'][number];
const DIRECTIONS: [Platform, Platform][] = [['alexa', 'google'], ['google', 'alexa']];
const ON_BOTH = LOCALES.filter((lc) => platformsOf(lc.locale).length === 2);

for (const lc of ON_BOTH) {
  const { locale } = lc;
  const names = lc.products;
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })], { placedAt: '2026-11-01T10:00:00Z' })];
  /** The same shopper on the other platform: by token on Alexa, by the Google user id from the seed on Google. */
  const onOther = (s: Scenario, via: Platform) => via === 'google'
    ? s.anotherSession({ via, accessToken: undefined, userId: userIdsOn(s.customer, 'google')[0] })
    : s.anotherSession({ via });

  describe(`one shopper on Alexa and Google (${locale})`, () => {
    for (const [first, second] of DIRECTIONS) {
      describe(`from ${first} to ${second}`, () => {
        const start = (customer: Partial<SeedCustomer> = {}) =>
          scenarioIn(lc, { via: first, customer: { orders: history(), ...customer } });

        it(`tells on ${second} where the order placed on ${first} is`, async () => {
          const s = start();
          await s.shopper.says('ReorderIntent', { item: names.coffee.name });
          await s.shopper.says('AMAZON.YesIntent');
          const other = onOther(s, second);
          await other.says('OrderStatusIntent');
          expect(other.speech).to.include(names.coffee.name);
          expect(other.speech).to.include(dayPhrase(locale, lc.timeZone, lc.deliveryDate, s.now));
        });

        it(`does not buy the cart read back on ${first} on a yes said to ${second}`, async () => {
          const s = start();
          await s.shopper.says('ReorderIntent');
          const other = onOther(s, second);
          await other.says('AMAZON.YesIntent');
          expect(other.speech).to.equal(phrasesOn(locale, second)('yesNo.nothingPending'));
          expect(await s.placed()).to.have.length(0);
          // The cart still waits, in the store, for the yes on the platform that read it back.
          await s.shopper.says('AMAZON.YesIntent');
          expect(quantities((await s.placed())[0]?.lines)).to.deep.equal({ 'SKU-COFFEE': 2 });
        });

        it(`refuses purchases on ${second} after three wrong voice codes on ${first}`, async () => {
          const s = start({ voiceCode: '4321' });
          await s.shopper.says('ReorderIntent');
          await s.shopper.says('AMAZON.YesIntent');
          for (const code of ['1111', '2222', '3333']) await s.shopper.says('VoiceCodeIntent', { code });
          const other = onOther(s, second);
          await other.says('ReorderIntent', { item: names.coffee.name });
          expect(other.speech).to.equal(phrasesOn(locale, second)('voiceCode.locked', { seller: s.seed.seller.name }));
          expect(await s.placed()).to.have.length(0);
        });

        it(`counts wrong voice codes said on ${first} and on ${second} together`, async () => {
          const s = start({ voiceCode: '4321' });
          await s.shopper.says('ReorderIntent');
          await s.shopper.says('AMAZON.YesIntent');
          for (const code of ['1111', '2222']) await s.shopper.says('VoiceCodeIntent', { code });
          const other = onOther(s, second);
          await other.says('ReorderIntent');
          await other.says('AMAZON.YesIntent');
          await other.says('VoiceCodeIntent', { code: '3333' });
          expect(other.speech).to.equal(phrasesOn(locale, second)('voiceCode.lockedNow', { seller: s.seed.seller.name }));
          expect((await s.store.voiceCodeState(s.customer.id)).lockedAt).to.be.a('string');
        });

        it(`stores a handoff asked for on ${second} with that conversation, for the same shopper as on ${first}`, async () => {
          const s = start();
          await s.shopper.says('LastOrderIntent');
          const other = onOther(s, second);
          await other.says('LastOrderIntent');
          const heard = other.speech;
          await other.says('HandoffIntent');
          expect(s.handoffs).to.have.length(1);
          const ticket = await s.store.getHandoff(s.handoffs[0].id);
          expect([ticket?.customerId, ticket?.platform, ticket?.locale]).to.deep.equal([s.customer.id, second, locale]);
          expect(ticket?.transcript.map((e) => e.text)).to.include(heard);
          expect(other.speech).to.include(s.handoffs[0].id);
        });
      });
    }
  });
}
