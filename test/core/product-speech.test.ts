// How products, money, cards and the seller are said, in every language and through every platform that serves it:
// units and counters from the catalog's grammar ("2 bags of coffee beans", "コーヒー豆2袋", "咖啡豆两袋"), the seller's
// own name for the locale, the card's last four digits read one by one, and a seed without any of it still said
// sensibly (never "quantity 2" or "2 Stück").
import { expect } from 'chai';
import type { ProductGrammar } from '../../lambda/store/types.js';
import { catalogEntry, lineOf, ON_PLATFORMS, orderOf, type LocaleCase } from '../support/locales.js';
import { scenarioIn } from '../support/scenario.js';
import { money as moneyIn, phrasesOn } from '../support/speech.js';

interface Said {
  coffee: ProductGrammar;
  lamp: ProductGrammar;
  /** Two of each, as a native speaker says them. */
  twoCoffee: string;
  twoLamps: string;
  /** The lamp after "with", in a status answer. */
  withLamp: string;
}

const SAID: Record<LocaleCase['locale'], Said> = {
  'en-US': {
    coffee: { unit: { one: 'bag', other: 'bags' }, number: 'plural' }, lamp: { plural: 'desk lamps' },
    twoCoffee: '2 bags of coffee beans', twoLamps: '2 desk lamps', withLamp: 'with the desk lamp',
  },
  'en-GB': {
    coffee: { unit: { one: 'bag', other: 'bags' }, number: 'plural' }, lamp: { plural: 'desk lamps' },
    twoCoffee: '2 bags of coffee beans', twoLamps: '2 desk lamps', withLamp: 'with the desk lamp',
  },
  'de-DE': {
    coffee: { unit: { one: 'Packung', other: 'Packungen' }, gender: 'f', number: 'plural' }, lamp: { plural: 'Schreibtischlampen', gender: 'f' },
    twoCoffee: '2 Packungen Kaffeebohnen', twoLamps: '2 Schreibtischlampen', withLamp: 'mit der Schreibtischlampe',
  },
  'it-IT': {
    coffee: { unit: { one: 'confezione', other: 'confezioni' }, gender: 'm' }, lamp: { plural: 'lampade da scrivania', gender: 'f' },
    twoCoffee: '2 confezioni di caffè in grani', twoLamps: '2 lampade da scrivania', withLamp: 'con la lampada da scrivania',
  },
  'ja-JP': { coffee: { unit: '袋' }, lamp: { unit: '台' }, twoCoffee: 'コーヒー豆2袋', twoLamps: 'デスクライト2台', withLamp: 'デスクライトのご注文' },
  'zh-CN': { coffee: { unit: '袋' }, lamp: { unit: '台' }, twoCoffee: '咖啡豆两袋', twoLamps: '台灯两台', withLamp: '您订的台灯' },
};

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const lang = locale.slice(0, 2);
  const said = SAID[locale];
  const hear = phrasesOn(locale, via);
  const money = (amount: number) => moneyIn(locale, lc.currency, amount);
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'lamp', { quantity: 2 })])];
  const catalog = [
    catalogEntry(lc, 'coffee', { grammar: { [lang]: said.coffee } }),
    catalogEntry(lc, 'lamp', { grammar: { [lang]: said.lamp } }),
  ];

  describe(`how products, money and cards are said (${locale}, ${via})`, () => {
    it(`counts each product in its own unit: "${said.twoCoffee}", "${said.twoLamps}"`, async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() }, seed: { catalog } });
      await s.shopper.says('ReorderIntent');
      expect(s.shopper.speech).to.include(said.twoCoffee).and.to.include(said.twoLamps);
    });

    it('keeps the first read-back short: about 35 words, or about 70 characters in Japanese and Chinese (75 at most), before the question', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() }, seed: { catalog } });
      await s.shopper.says('ReorderIntent');
      const body = s.shopper.speech.replace(hear('cart.confirmQuestion'), '').trim();
      if (/^(ja|zh)/.test(locale)) expect(body.length, body).to.be.at.most(75);
      else expect(body.split(/\s+/).length, body).to.be.at.most(35);
    });

    it('says a product with its article and case in a status answer', async () => {
      const lamp = orderOf(lc, [lineOf(lc, 'lamp')], { status: 'shipped', placedAt: '2026-11-20T10:00:00Z', shipment: { carrier: lc.carrier, eta: '2026-11-24' } });
      const s = scenarioIn(lc, { via, customer: { orders: [lamp] }, seed: { catalog } });
      await s.shopper.says('OrderStatusIntent');
      expect(s.shopper.speech).to.include(said.withLamp);
    });

    it('never says "quantity", "Stück", "pezzi", 点 or 份 for a product the catalog has no grammar for', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() }, seed: { catalog: [] } });
      await s.shopper.says('ReorderIntent');
      expect(s.shopper.speech).not.to.match(/quantity|Stück|pezz|点|份|\(/i);
      expect(s.shopper.speech).to.include(lc.products.coffee.name).and.to.include(lc.products.lamp.name);
    });

    if (locale === 'de-DE') {
      it('writes a German noun it echoes with its capital ("„Bananen“"), as the display shows it', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() }, seed: { catalog } });
        await s.shopper.says('ReorderIntent', { item: 'bananen' });
        expect(s.shopper.speech).to.include('„Bananen“');
      });
    }

    if (lang === 'de' || lang === 'it') {
      const withOne = lang === 'de' ? 'mit einer Schreibtischlampe' : 'con una lampada da scrivania';
      it(`says one item after "with" with its article ("${withOne}"), never "1"`, async () => {
        const placed = orderOf(lc, [lineOf(lc, 'lamp', { quantity: 1 })], { status: 'placed', placedAt: '2026-11-22T08:00:00Z' });
        const s = scenarioIn(lc, { via, customer: { orders: [placed] }, seed: { catalog } });
        await s.shopper.says('CancelOrderIntent');
        expect(s.shopper.speech).to.include(withOne);
      });
    }

    if (lang === 'it') {
      it('reads one item back with its article ("Ordino da … una lampada da scrivania"), not "1 lampada"', async () => {
        const one = [orderOf(lc, [lineOf(lc, 'lamp', { quantity: 1 })])];
        const s = scenarioIn(lc, { via, customer: { orders: one }, seed: { catalog } });
        await s.shopper.says('ReorderIntent');
        expect(s.shopper.speech).to.include('una lampada da scrivania').and.not.to.include('1 lampada');
      });
    }

    if (locale === 'de-DE') {
      const unit = { one: 'Packung', other: 'Packungen', gender: 'f' as const };
      const german = [
        catalogEntry(lc, 'decaf', { grammar: { de: { unit, gender: 'f', number: 'plural' } } }),
        catalogEntry(lc, 'brushHeads', { grammar: { de: { unit, gender: 'm', number: 'plural' } } }),
      ];
      it('declines only the adjectives of the names after "mit", not the nouns: "mit 3 Packungen entkoffeinierten Kaffeekapseln und einer Packung Zahnbürstenköpfe"', async () => {
        const placed = orderOf(lc, [lineOf(lc, 'decaf', { quantity: 3 }), lineOf(lc, 'brushHeads', { quantity: 1 })], { status: 'placed', placedAt: '2026-11-22T08:00:00Z' });
        const s = scenarioIn(lc, { via, customer: { orders: [placed] }, seed: { catalog: german } });
        await s.shopper.says('CancelOrderIntent');
        expect(s.shopper.speech).to.include('mit 3 Packungen entkoffeinierten Kaffeekapseln und einer Packung Zahnbürstenköpfe');
      });

      it('names a product to return in the genitive ("Zur Rücksendung der Zahnbürstenköpfe:")', async () => {
        const delivered = orderOf(lc, [lineOf(lc, 'brushHeads', { quantity: 1 })], { status: 'delivered', placedAt: '2026-11-10T08:00:00Z' });
        const s = scenarioIn(lc, { via, customer: { orders: [delivered] }, seed: { catalog: german } });
        await s.shopper.says('ReturnIntent', { item: 'Zahnbürstenköpfe' });
        expect(s.shopper.speech).to.include('Zur Rücksendung der Zahnbürstenköpfe:');
      });

      it('writes an unknown product it leaves out with its capital ("Ich habe Bananen … nicht gefunden")', async () => {
        const s = scenarioIn(lc, { via, customer: { orders: history() }, seed: { catalog } });
        await s.shopper.says('ReorderIntent', { item: 'Kaffeebohnen und bananen' });
        expect(s.shopper.speech).to.include('Bananen').and.not.to.include('bananen');
      });
    }

    it('uses the seller\'s own name for the locale when the seed gives one', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history() }, seed: { seller: { name: 'Harbor Goods', names: { [lang]: 'Local Name' } } } });
      await s.shopper.says('ReorderIntent');
      expect(s.shopper.speech).to.include('Local Name').and.not.to.include('Harbor Goods');
    });

    it('names the card by brand and reads its last four digits one by one once the order is placed', async () => {
      const s = scenarioIn(lc, { via, customer: { orders: history(), paymentMethod: { brand: 'Visa', last4: '4242' } }, seed: { catalog } });
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      expect(s.shopper.speech).to.include(hear('payment.card', { brand: 'Visa', digits: '4242' }));
      expect(s.shopper.last.speech).to.include('<say-as interpret-as="digits">4242</say-as>');
    });

    it('says "including tax" only when the prices include it or tax was added, and shipping only with a fee', async () => {
      const free = orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2, unitPrice: 10 })], { shippingFee: 0, taxIncluded: false });
      const untaxed = scenarioIn(lc, { via, customer: { orders: [free] }, seed: { catalog: [] } });
      await untaxed.shopper.says('ReorderIntent');
      expect(untaxed.shopper.speech).to.include(hear('cart.total_noTax_free', { total: money(20) }));

      const taxed = scenarioIn(lc, { via, customer: { orders: [free] }, seed: { catalog: [], seller: { name: 'Harbor Goods', taxRate: 0.1 } } });
      await taxed.shopper.says('ReorderIntent');
      expect(taxed.shopper.speech).to.include(hear('cart.total_addedTax_free', { total: money(22), tax: money(2) }));
    });
  });
}
