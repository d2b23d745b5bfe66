// A yes acts only on the question asked, and only a clear yes places or cancels an order (issue 10). Dialogflow
// passes the words of a yes: a filler, a number, a product or a hedge in them is no consent. Alexa passes none, so
// there the model hears such words as another intent (a number as a quantity change, a product as a reorder, a
// filler as nothing understood): none of those may place or cancel either. Both yes/no purchase questions, every
// locale, every platform that serves it.
import { expect } from 'chai';
import { lineOf, ON_PLATFORMS, orderOf } from '../../support/locales.js';
import { scenarioIn, type Scenario } from '../../support/scenario.js';

/** Words said with a yes that make it no consent, per language. */
const WITH_YES: Record<string, Record<'filler' | 'number' | 'product' | 'hedge', string>> = {
  en: { filler: 'hm', number: 'yes make it a hundred', product: 'yes the oat milk', hedge: 'um okay I guess' },
  de: { filler: 'äh', number: 'ja mach hundert draus', product: 'ja die Hafermilch', hedge: 'äh ja okay' },
  it: { filler: 'ehm', number: 'sì fanne cento', product: "sì il latte d'avena", hedge: 'ehm va bene' },
  ja: { filler: 'えっと', number: 'はい百個で', product: 'はいオーツミルク', hedge: 'えっと、はい' },
  zh: { filler: '那个', number: '好的要一百个', product: '好的燕麦奶', hedge: '嗯好的吧' },
};

/** What Alexa's model makes of the same words: another intent, never a yes. */
const ON_ALEXA = (oatMilk: string): [string, string, Record<string, string>][] => [
  ['filler', 'AMAZON.FallbackIntent', {}],
  ['number', 'ChangeQuantityIntent', { quantity: '100' }],
  ['product', 'ReorderIntent', { item: oatMilk }],
  ['hedge', 'UnsureIntent', {}],
];

for (const { lc, via } of ON_PLATFORMS) {
  const said = WITH_YES[lc.locale.slice(0, 2)];
  const history = () => [orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'oatMilk', { quantity: 4 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' })];

  /** The purchase questions: how to reach each, and what it would do on a yes. */
  const QUESTIONS = {
    async confirmOrder(s: Scenario) {
      await s.shopper.says('ReorderIntent');
      return async () => (await s.placed()).length;
    },
    async confirmCancel(s: Scenario) {
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      const [order] = await s.placed();
      await s.shopper.says('CancelOrderIntent');
      return async () => ((await s.store.getOrder(order.id))?.status === 'cancelled' ? 2 : 1);
    },
  };

  describe(`only a clear yes places or cancels (${lc.locale}, ${via})`, () => {
    for (const [question, reach] of Object.entries(QUESTIONS)) {
      describe(question, () => {
        const words = (Object.keys(said) as (keyof typeof said)[]).map((k) => [k, said[k]] as const);
        for (const [kind, text] of words) {
          const alexa = ON_ALEXA(lc.products.oatMilk.name).find(([k]) => k === kind)!;
          const label = via === 'alexa' ? `${alexa[1]}, as Alexa hears "${text}"` : `a yes said as "${text}"`;
          it(`does nothing on ${label}: the question stays, and a clear yes then acts`, async () => {
            const s = scenarioIn(lc, { via, customer: { orders: history() } });
            const done = await reach(s);
            const before = await done();
            if (via === 'alexa') await s.shopper.says(alexa[1], alexa[2]);
            else await s.shopper.send({ ...s.shopper.turn('intent', 'AMAZON.YesIntent'), utterance: text });
            expect(await done(), s.shopper.speech).to.equal(before);
            expect(s.shopper.ended, s.shopper.speech).to.equal(false);
            const open = s.shopper.last.state.pending?.kind;
            // A quantity or a product said over the cart changes the cart or asks which item; a product said to "cancel
            // it?" is a new reorder, read back for its own yes: still nothing placed or cancelled on these words.
            expect(open, s.shopper.speech).to.be.oneOf(question === 'confirmOrder' ? ['confirmOrder', 'changeWhich'] : ['confirmCancel', 'confirmOrder']);
            if (open === question) {
              await s.shopper.says('AMAZON.YesIntent');
              expect(await done(), s.shopper.speech).to.equal(before + 1);
            }
          });
        }
      });
    }
  });
}
