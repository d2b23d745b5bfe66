// "Where is my order?", in every language and through every platform that serves it: what is on the way, with
// which carrier, where it was last seen and when it comes, as days in the shopper's own time zone and as of the
// request's timestamp. Each conversation is written once and runs through the real adapter of each platform
// (test/support/transports.ts).
import { expect } from 'chai';
import { DEFAULT_NOW, lineOf, ON_PLATFORMS, onPlatformsOf, orderOf, type LocaleCase } from '../support/locales.js';
import { scenarioIn } from '../support/scenario.js';
import { READ_BACK_BUDGET, READ_BACK_MARGIN } from '../support/voice-lint.js';
import { sentenceGapOf } from '../../lambda/core/format.js';
import { calendarDay, dayPhrase, monthDayOf, phrasesOn, theName, weekdayOf } from '../support/speech.js';

const delivered = (lc: LocaleCase) => orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })], {
  placedAt: '2026-11-01T10:00:00Z', status: 'delivered',
  shipment: { carrier: lc.carrier, lastLocation: lc.location, eta: '2026-11-03', deliveredAt: '2026-11-03T15:00:00Z' },
});

const shipped = (lc: LocaleCase, key: 'lamp' | 'towels' | 'oatMilk', eta: string, placedAt = '2026-11-20T10:00:00Z') =>
  orderOf(lc, [lineOf(lc, key)], { placedAt, status: 'shipped', shipment: { carrier: lc.carrier, lastLocation: lc.location, eta } });

for (const { lc, via } of ON_PLATFORMS) {
  const { locale, timeZone } = lc;
  const names = lc.products;
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const cjk = /^(ja|zh)/.test(locale);
  const size = (text: string) => (cjk ? [...text.replace(/\s/g, '')].length : text.split(/\s+/).length);

  describe(`order status (${locale}, ${via})`, () => {
    it('describes the one order on the way: its items, carrier, last location and day', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), shipped(lc, 'lamp', '2026-11-24')] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(names.lamp.name);
      expect(s.shopper.speech).to.include(lc.carrier);
      // A US place is said by its town: "Chicago", never "Chicago, IL distribution center" read out letter by letter.
      expect(s.shopper.speech).to.include(locale === 'en-US' ? 'last scanned in Chicago.' : lc.location);
      expect(s.shopper.speech).not.to.match(/, [A-Z]{2}\b/);
      expect(s.shopper.speech).to.include(dayPhrase(locale, timeZone, '2026-11-24', s.now));
      expect(s.shopper.speech).not.to.include(names.coffee.name);
    });

    it('says "tomorrow" for an order due the next local day', async () => {
      const tomorrow = locale === 'ja-JP' ? '2026-11-24' : '2026-11-23';
      const s = scenarioIn(lc, { via, customer: { orders: [shipped(lc, 'lamp', tomorrow)] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(hear('day.tomorrow'));
    });

    it('gives the date when the order is due more than a week away', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [shipped(lc, 'lamp', '2026-12-10')] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(dayPhrase(locale, timeZone, '2026-12-10', s.now));
    });

    it('says an order is out for delivery today', async () => {
      const today = locale === 'ja-JP' ? '2026-11-23' : '2026-11-22';
      const out = orderOf(lc, [lineOf(lc, 'lamp')], {
        placedAt: '2026-11-19T10:00:00Z', status: 'out_for_delivery', shipment: { carrier: lc.carrier, lastLocation: lc.location, eta: today },
      });
      const s = scenarioIn(lc, { via, customer: { orders: [out] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(names.lamp.name).and.to.include(lc.carrier);
      expect(s.shopper.speech).to.include(hear('day.today'));
    });

    it('says a parcel out for delivery comes today, even when the earlier estimate said tomorrow', async () => {
      const tomorrow = locale === 'ja-JP' ? '2026-11-24' : '2026-11-23';
      const out = orderOf(lc, [lineOf(lc, 'lamp')], {
        placedAt: '2026-11-19T10:00:00Z', status: 'out_for_delivery', shipment: { carrier: lc.carrier, eta: tomorrow },
      });
      const s = scenarioIn(lc, { via, customer: { orders: [out, shipped(lc, 'towels', '2026-11-26')] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(hear('day.today'));
      expect(s.shopper.speech).not.to.include(hear('day.tomorrow'));
      await s.shopper.says('OrderStatusIntent', { item: lc.say.lamp });
      expect(s.shopper.speech).to.include(hear('day.today'));
      expect(s.shopper.speech).not.to.include(hear('day.tomorrow'));
    });

    it('names what else each order of several holds, not only the item that tells it apart', async () => {
      const both = orderOf(lc, [lineOf(lc, 'lamp'), lineOf(lc, 'oatMilk')], {
        placedAt: '2026-11-20T10:00:00Z', status: 'shipped', shipment: { carrier: lc.carrier, eta: '2026-11-24' },
      });
      const s = scenarioIn(lc, { via, customer: { orders: [both, shipped(lc, 'towels', '2026-11-26', '2026-11-21T10:00:00Z')] } });
      await s.shopper.says('OrderStatusIntent');
      // What follows the lead item's name: "and one more item", "e un altro articolo", "など2点", "等2件商品".
      const more = hear('status.moreItems', { name: '§', count: 1, total: 2 }).split('§')[1];
      expect(s.shopper.speech).to.include(hear('status.several', { count: 2 })).and.to.include(more);
    });

    it('says a late order is late, in its own sentence and in the past tense ("it was due on Thursday")', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [shipped(lc, 'lamp', '2026-11-19', '2026-11-15T10:00:00Z')] } });
      await s.shopper.says('OrderStatusIntent');
      const day = dayPhrase(locale, timeZone, '2026-11-19', s.now);
      expect(day).to.equal(hear('day.lastWeekday', { weekday: weekdayOf(locale, '2026-11-19'), date: monthDayOf(locale, '2026-11-19') }));
      const late = hear('status.late', { items: hear('status.oneItem', { name: theName(locale, names.lamp.name) }), day, carrier: lc.carrier });
      expect(s.shopper.speech).to.equal(`${late}${gap}${hear('status.lateOffer')}`);
    });

    it('ends a late order\'s answer on a next step, an offer of a person that a yes takes up, within the status budget', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [shipped(lc, 'lamp', '2026-11-19', '2026-11-15T10:00:00Z')] } });
      await s.shopper.says('OrderStatusIntent', { item: names.lamp.name });
      expect(s.shopper.speech.endsWith(hear('status.lateOffer'))).to.equal(true);
      expect(s.shopper.ended).to.equal(false);
      expect(s.shopper.last.state.pending?.kind).to.equal('offerHandoff');
      // As short as a read-back: the late sentence, the carrier and the offer.
      expect(size(s.shopper.speech)).to.be.at.most(cjk ? READ_BACK_BUDGET.characters + READ_BACK_MARGIN.characters : READ_BACK_BUDGET.words + READ_BACK_MARGIN.words);
      await s.shopper.says('AMAZON.YesIntent');
      expect(s.handoffs).to.have.length(1);
    });

    it('keeps a waiting cart\'s question after a late order\'s answer, and names the words for a person instead of a second question', async () => {
      const s = scenarioIn(lc, {
        via, customer: { orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 })], { placedAt: '2026-11-01T10:00:00Z', status: 'delivered' }), shipped(lc, 'lamp', '2026-11-19', '2026-11-15T10:00:00Z')] },
      });
      await s.shopper.says('ReorderIntent', { item: names.coffee.name });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(hear('status.lateSay'));
      expect(s.shopper.speech.endsWith(hear('question.placeIt'))).to.equal(true);
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
    });

    it('says which of several orders is late, inside the list', async () => {
      const s = scenarioIn(lc, {
        via, customer: { orders: [shipped(lc, 'lamp', '2026-11-19', '2026-11-15T10:00:00Z'), shipped(lc, 'towels', '2026-11-26', '2026-11-21T10:00:00Z')] },
      });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(hear('status.briefLate', {
        ordinal: hear('status.ordinal.1'),
        items: hear('status.oneItem', { name: theName(locale, names.lamp.name) }),
        day: dayPhrase(locale, timeZone, '2026-11-19', s.now),
      }));
      expect(s.shopper.speech).to.include(hear('status.ordinal.2'));
    });

    it('gives a placed order without shipment data a day counted from when it was placed', async () => {
      const placed = orderOf(lc, [lineOf(lc, 'lamp')], { placedAt: DEFAULT_NOW, status: 'placed', shipment: undefined });
      const s = scenarioIn(lc, { via, customer: { orders: [placed] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(names.lamp.name);
      expect(s.shopper.speech).to.include(dayPhrase(locale, timeZone, lc.deliveryDate, s.now));
    });

    it('mentions the first three of many orders on the way and counts the rest', async () => {
      const keys = ['lamp', 'towels', 'oatMilk', 'lamp', 'towels'] as const;
      const orders = keys.map((k, i) => shipped(lc, k, `2026-11-2${4 + i}`, `2026-11-1${i}T10:00:00Z`));
      const s = scenarioIn(lc, { via, customer: { orders } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(hear('status.several', { count: 5 }));
      expect(s.shopper.speech).to.include(hear('status.andMore', { count: 2 }));
    });

    it('counts the orders on the way and mentions each briefly', async () => {
      const s = scenarioIn(lc, {
        via,
        customer: { orders: [delivered(lc), shipped(lc, 'lamp', '2026-11-24'), shipped(lc, 'towels', '2026-11-26', '2026-11-21T10:00:00Z')] },
      });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(hear('status.several', { count: 2 }));
      expect(s.shopper.speech).to.include(names.lamp.name).and.to.include(names.towels.name);
      expect(s.shopper.speech).not.to.include(names.coffee.name);
    });

    it(`answers about the order holding the item asked for ("${lc.say.lamp}")`, async () => {
      const s = scenarioIn(lc, {
        via,
        customer: { orders: [shipped(lc, 'lamp', '2026-11-24'), shipped(lc, 'towels', '2026-11-26', '2026-11-21T10:00:00Z')] },
      });
      await s.shopper.says('OrderStatusIntent', { item: lc.say.lamp });
      expect(s.shopper.speech).to.include(names.lamp.name);
      expect(s.shopper.speech).to.include(dayPhrase(locale, timeZone, '2026-11-24', s.now));
      expect(s.shopper.speech).not.to.include(names.towels.name);
    });

    it(`answers about every order on the way when the product heard is the order itself ("${lc.say.theOrder}")`, async () => {
      const s = scenarioIn(lc, {
        via,
        customer: { orders: [shipped(lc, 'lamp', '2026-11-24'), shipped(lc, 'towels', '2026-11-26', '2026-11-21T10:00:00Z')] },
      });
      await s.shopper.says('OrderStatusIntent', { item: lc.say.theOrder });
      expect(s.shopper.speech).to.include(names.lamp.name).and.to.include(names.towels.name);
      expect(s.shopper.speech).not.to.include(lc.say.theOrder);
    });

    it('says when and where the last order was delivered when nothing is on the way', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc)] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(hear('status.nothingOnTheWay'));
      expect(s.shopper.speech).to.include(names.coffee.name);
      expect(s.shopper.speech).to.include(dayPhrase(locale, timeZone, calendarDay('2026-11-03T15:00:00Z', timeZone), s.now));
      expect(s.shopper.speech).to.include(hear('address.short', lc.address));
    });

    it('ignores orders placed after the request\'s timestamp', async () => {
      const future = shipped(lc, 'lamp', '2026-11-30', '2026-11-25T10:00:00Z');
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), future] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).not.to.include(names.lamp.name);
      expect(s.shopper.speech).to.include(hear('status.nothingOnTheWay'));
    });

    it('says so when the shopper has no orders at all', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.equal(hear('status.noOrders', { seller: 'Harbor Goods' }));
      expect(s.shopper.ended).to.equal(true);
    });

    it('says so when the item asked about was never ordered', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: [delivered(lc), shipped(lc, 'lamp', '2026-11-24')] } });
      await s.shopper.says('OrderStatusIntent', { item: lc.say.unknown });
      // Not found comes first, so the lamp's order that follows (what is on the way) is never taken for the hose's.
      const [before] = hear('status.itemNotFound', { item: '|' }).split('|');
      expect(s.shopper.speech.startsWith(before), s.shopper.speech).to.equal(true);
      expect(s.shopper.speech).to.include(lc.say.unknown.slice(1));
      expect(s.shopper.speech.indexOf(lc.say.unknown.slice(1))).to.be.below(s.shopper.speech.indexOf(names.lamp.name));
      expect(s.shopper.ended).to.equal(true);
    });
  });
}

describe('order status across a time-zone boundary', () => {
  // Each request falls on a different calendar day in UTC than where the shopper lives.
  const cases: { locale: LocaleCase['locale']; now: string; eta: string; expected: 'day.today' | 'day.tomorrow' }[] = [
    { locale: 'ja-JP', now: '2026-11-22T20:00:00Z', eta: '2026-11-23', expected: 'day.today' }, // 05:00 on the 23rd in Tokyo
    { locale: 'de-DE', now: '2026-11-22T23:30:00Z', eta: '2026-11-23', expected: 'day.today' }, // 00:30 on the 23rd in Berlin
    { locale: 'it-IT', now: '2026-11-22T23:30:00Z', eta: '2026-11-24', expected: 'day.tomorrow' }, // 00:30 on the 23rd in Rome
    { locale: 'en-US', now: '2026-11-23T03:00:00Z', eta: '2026-11-23', expected: 'day.tomorrow' }, // 21:00 on the 22nd in Chicago
  ];
  for (const c of cases) {
    for (const { lc, via } of onPlatformsOf(c.locale)) {
      it(`says "${c.expected.slice(4)}" for ${c.eta} at ${c.now} in ${c.locale} on ${via}, going by the shopper's local date`, async () => {
        const s = scenarioIn(lc, { via, now: c.now, customer: { orders: [shipped(lc, 'lamp', c.eta, '2026-11-20T10:00:00Z')] } });
        await s.shopper.says('OrderStatusIntent');
        expect(s.shopper.speech).to.include(phrasesOn(c.locale, via)(c.expected));
      });
    }
  }

  for (const { lc, via } of onPlatformsOf('ja-JP')) {
    it(`names the local day a Tokyo delivery happened, not the UTC one (${via})`, async () => {
      // 16:00 UTC on the 21st is 01:00 on the 22nd in Tokyo; the request is on the 23rd there: "yesterday".
      const order = orderOf(lc, [lineOf(lc, 'coffee')], {
        placedAt: '2026-11-19T10:00:00Z', status: 'delivered',
        shipment: { carrier: lc.carrier, eta: '2026-11-22', deliveredAt: '2026-11-21T16:00:00Z' },
      });
      const s = scenarioIn(lc, { via, now: '2026-11-22T20:00:00Z', customer: { orders: [order] } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(phrasesOn('ja-JP', via)('day.yesterday'));
    });
  }
});
