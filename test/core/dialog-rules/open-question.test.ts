// One open question at a time, for every kind of question the skill asks (issue 10): the answer that opens it ends on
// it, the reprompt is that question, a misunderstanding and "repeat" bring back that same question (never a menu),
// and a yes to a question that is not a yes/no question buys nothing. A table of the questions, played in every
// locale through every platform that serves it.
import { expect } from 'chai';
import { ssmlToText } from '../../../lambda/core/ssml.js';
import type { OpenQuestion } from '../../../lambda/core/dialog/state.js';
import { lineOf, ON_PLATFORMS, orderOf, type LocaleCase } from '../../support/locales.js';
import { scenarioIn, type Scenario } from '../../support/scenario.js';
import { phrasesOn } from '../../support/speech.js';
import { lint } from '../../support/voice-lint.js';

const VOICE_CODE = '4321';

interface QuestionCase {
  kind: OpenQuestion['kind'];
  /** Whether a plain yes answers it (a yes/no question). */
  yesNo: boolean;
  /** Brings the conversation to the question. */
  reach(s: Scenario, lc: LocaleCase): Promise<void>;
}

const QUESTIONS: QuestionCase[] = [
  { kind: 'confirmOrder', yesNo: true, reach: async (s) => void (await s.shopper.says('ReorderIntent')) },
  { kind: 'chooseItem', yesNo: false, reach: async (s, lc) => void (await s.shopper.says('ReorderIntent', { item: lc.say.looseCoffee })) },
  {
    kind: 'changeWhich', yesNo: false, reach: async (s) => {
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('RemoveItemIntent');
    },
  },
  { kind: 'askQuantity', yesNo: false, reach: async (s, lc) => void (await s.shopper.says('ReorderIntent', { item: lc.products.coffee.name, quantity: '500' })) },
  {
    kind: 'voiceCode', yesNo: false, reach: async (s) => {
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
    },
  },
  {
    kind: 'confirmCancel', yesNo: true, reach: async (s) => {
      await s.shopper.says('ReorderIntent');
      await s.shopper.says('AMAZON.YesIntent');
      await s.shopper.says('VoiceCodeIntent', { code: VOICE_CODE });
      await s.shopper.says('CancelOrderIntent');
    },
  },
  { kind: 'offerReorder', yesNo: true, reach: async (s) => void (await s.shopper.says('LastOrderIntent')) },
  { kind: 'offerHandoff', yesNo: true, reach: async (s, lc) => void (await s.shopper.says('ReturnIntent', { item: lc.products.coffee.name })) },
];

for (const { lc, via } of ON_PLATFORMS) {
  const history = () => [
    orderOf(lc, [lineOf(lc, 'coffee', { quantity: 2 }), lineOf(lc, 'decaf', { quantity: 1 })], { placedAt: '2026-11-15T10:00:00Z', status: 'delivered' }),
  ];
  const start = () => scenarioIn(lc, { via, customer: { orders: history(), voiceCode: VOICE_CODE } });
  const reprompt = (s: Scenario) => (s.shopper.last.reprompt ? ssmlToText(s.shopper.last.reprompt) : undefined);
  const kind = (s: Scenario) => s.shopper.last.state.pending?.kind;
  const hear = phrasesOn(lc.locale, via);

  describe(`one open question at a time (${lc.locale}, ${via})`, () => {
    for (const q of QUESTIONS) {
      describe(q.kind, () => {
        it('is asked last: the answer ends on it, and the reprompt is the question, never a menu', async () => {
          const s = start();
          await q.reach(s, lc);
          expect(kind(s)).to.equal(q.kind);
          expect(s.shopper.ended).to.equal(false);
          const problems = lint({ locale: lc.locale, platform: via, reply: s.shopper.last, question: q.kind });
          expect(problems).to.deep.equal([]);
          const again = reprompt(s);
          if (via === 'alexa') expect(again, 'Alexa needs a reprompt').to.be.a('string');
          for (const menu of ['help.reprompt', 'fallback.general', 'yesNo.okayWhatElse']) expect(again).not.to.equal(hear(menu));
        });

        it('comes back, the same question, after a misunderstanding and on "repeat"', async () => {
          const s = start();
          await q.reach(s, lc);
          const again = reprompt(s);
          await s.shopper.says('AMAZON.FallbackIntent');
          expect(kind(s)).to.equal(q.kind);
          expect(s.shopper.ended).to.equal(false);
          if (again) expect(reprompt(s)).to.equal(again);
          expect(lint({ locale: lc.locale, platform: via, reply: s.shopper.last, question: q.kind })).to.deep.equal([]);
          for (const menu of ['help.reprompt', 'fallback.general']) expect(s.shopper.speech).not.to.include(hear(menu));
          const reasked = s.shopper.speech;
          await s.shopper.says('AMAZON.RepeatIntent');
          expect(kind(s)).to.equal(q.kind);
          expect(s.shopper.speech).to.include(reasked);
        });

        if (!q.yesNo) {
          it('buys nothing on a yes, and keeps the question', async () => {
            const s = start();
            await q.reach(s, lc);
            const before = (await s.placed()).length;
            await s.shopper.says('AMAZON.YesIntent');
            expect(await s.placed()).to.have.length(before);
            expect(kind(s)).to.equal(q.kind);
            expect(lint({ locale: lc.locale, platform: via, reply: s.shopper.last, question: q.kind })).to.deep.equal([]);
          });
        }
      });
    }
  });
}
