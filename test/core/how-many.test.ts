// "How many?" as the shopper hears it, in every locale on every platform: the question names the product in its
// unit ("How many cartons of oat milk should I order?"), a number out of range is told the range and asked once
// (never "How many would you like? How many should I order?"), a misunderstanding re-asks with the product and the
// range, and the answer to "how many?" after "change the quantity of the oat milk" is an edit: the line keeps its
// place and only the change and the new total are said.
import { expect } from 'chai';
import { sentenceGapOf } from '../../lambda/core/format.js';
import type { ProductGrammar } from '../../lambda/store/types.js';
import { catalogEntry, lineOf, ON_PLATFORMS, orderOf, type ProductKey } from '../support/locales.js';
import { quantities, scenarioIn } from '../support/scenario.js';
import { phrasesOn } from '../support/speech.js';
import { lint } from '../support/voice-lint.js';

/** The oat milk counted in its carton, per language, as a merchant's catalog says it (the demo seed's grammar). */
const OAT_MILK: Record<string, ProductGrammar> = {
  en: { unit: { one: 'carton', other: 'cartons' } },
  de: { unit: { one: 'Packung', other: 'Packungen', gender: 'f' }, gender: 'f' },
  it: { unit: { one: 'confezione', other: 'confezioni', gender: 'f' }, gender: 'm' },
  ja: { unit: '本' },
  zh: { unit: '盒' },
};

const questionMarks = (text: string) => (text.match(/[?？]/gu) ?? []).length;

for (const { lc, via } of ON_PLATFORMS) {
  const { locale } = lc;
  const lang = locale.slice(0, 2);
  const hear = phrasesOn(locale, via);
  const gap = sentenceGapOf(locale);
  const oat = lc.products.oatMilk.name;
  const grammar = OAT_MILK[lang];
  const unit = grammar.unit!;
  const units = typeof unit === 'string' ? unit : unit.other;
  const gender = typeof unit === 'string' ? undefined : unit.gender;
  /** "How many cartons of oat milk should I order?", as this locale asks it. */
  const howMany = hear('quantity.askUnits', { unit: units, name: oat, context: gender });
  const keys: ProductKey[] = ['coffee', 'oatMilk', 'decaf'];
  const start = () => scenarioIn(lc, {
    via,
    customer: {
      orders: [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 }), lineOf(lc, 'decaf', { quantity: 1 })])],
    },
    seed: { catalog: (Object.keys(lc.products) as ProductKey[]).map((k) => catalogEntry(lc, k, k === 'oatMilk' ? { grammar: { [lang]: grammar } } : {})) },
  });
  /** "Reorder my last order", then "change the quantity of the oat milk" (no number): "how many?" is open. */
  const askedHowMany = async () => {
    const s = start();
    await s.shopper.says('ReorderIntent');
    await s.shopper.says('ChangeQuantityIntent', { item: oat });
    return s;
  };
  const clean = (s: Awaited<ReturnType<typeof askedHowMany>>) =>
    expect(lint({ locale, platform: via, reply: s.shopper.last, question: s.shopper.last.state.pending?.kind })).to.deep.equal([]);

  describe(`how many? (${locale}, ${via})`, () => {
    it('asks how many of the product, in its unit, when the shopper names no number', async () => {
      const s = await askedHowMany();
      expect(s.shopper.last.state.pending?.kind).to.equal('askQuantity');
      expect(s.shopper.speech).to.equal(howMany);
      expect(s.shopper.ended).to.equal(false);
      clean(s);
    });

    it('answers a number out of range with the range and one question, not two', async () => {
      const s = await askedHowMany();
      await s.shopper.says('ChangeQuantityIntent', { quantity: '100' });
      expect(s.shopper.speech).to.equal(`${hear('quantity.outOfRange', { max: 99 })}${gap}${howMany}`);
      expect(questionMarks(s.shopper.speech)).to.equal(1);
      expect(s.shopper.last.state.pending?.kind).to.equal('askQuantity');
      clean(s);
    });

    it('re-asks after a misunderstanding with the product and the range ("Sorry, how many cartons of oat milk …? Any number up to 99.")', async () => {
      const s = await askedHowMany();
      await s.shopper.says('AMAZON.FallbackIntent');
      const lowered = howMany.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase(locale));
      expect(s.shopper.speech).to.equal(hear('quantity.ask', { question: lowered, max: 99 }));
      expect(s.shopper.speech).to.include(oat);
      expect(s.shopper.speech).to.include('99');
      expect(questionMarks(s.shopper.speech)).to.equal(1);
      clean(s);
    });

    it('takes the answer as an edit: only the change and the new total, and the line keeps its place in the cart', async () => {
      const s = await askedHowMany();
      await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.three });
      const cart = await s.cart();
      expect(cart?.lines.map((l) => l.sku)).to.deep.equal(keys.map((k) => `SKU-${k.toUpperCase()}`));
      expect(quantities(cart?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 3, 'SKU-DECAF': 1 });
      // "Okay, 3 cartons of oat milk. The new total is …": the other products are not read back again.
      const three = hear('product.withUnit', { count: lang === 'zh' ? '三' : 3, unit: units, name: oat });
      expect(s.shopper.speech.startsWith(`${hear('edit.changed', { item: three })}${gap}`)).to.equal(true);
      expect(s.shopper.speech).not.to.include(lc.products.coffee.name);
      expect(s.shopper.speech).not.to.include(lc.products.decaf.name);
      expect(s.shopper.last.state.pending?.kind).to.equal('confirmOrder');
      clean(s);
    });

    it('still takes the answer after a number out of range and a misunderstanding, and orders nothing until the yes', async () => {
      const s = await askedHowMany();
      await s.shopper.says('AMAZON.FallbackIntent');
      await s.shopper.says('ChangeQuantityIntent', { quantity: '100' });
      await s.shopper.says('ChangeQuantityIntent', { quantity: lc.say.three });
      expect(quantities((await s.cart())?.lines)).to.deep.equal({ 'SKU-COFFEE': 2, 'SKU-OATMILK': 3, 'SKU-DECAF': 1 });
      expect(await s.placed()).to.have.length(0);
    });
  });
}

describe('how many? agrees with the gender of what is counted (Italian)', () => {
  const it_ = phrasesOn('it-IT', 'alexa');
  it('says "quante" for a feminine unit or name and "quanti" for a masculine one', () => {
    expect(it_('quantity.askUnits', { unit: 'confezioni', name: "latte d'avena", context: 'f' })).to.match(/^Quante confezioni/);
    expect(it_('quantity.askUnits', { unit: 'rotoli', name: 'carta da cucina', context: 'm' })).to.match(/^Quanti rotoli/);
    expect(it_('quantity.askCount', { name: 'lampade da scrivania', context: 'f' })).to.match(/^Quante lampade/);
  });
});

