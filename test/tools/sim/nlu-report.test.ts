// The labelled utterances in test/nlu/<set>/<locale>.json (what shoppers say, not the model's samples)
// and the simulator's understanding measured on them. The target is ≥ 95 % intent accuracy in
// every locale on every platform (see `npm run nlu:report` and the README); this test holds the line at
// a floor below the measured figures, to catch regressions without failing on one changed utterance.
import { expect } from 'chai';
import { loadModelSources } from '../../../tools/models/load.js';
import {
  FALLBACK,
  checkAgainstModel,
  evaluate,
  loadLabelledSets,
  loadUnderstandingFor,
  parseLabelledSet,
  pendingName,
  productNames,
  sampleCopies,
  scoredSets,
  SET_NAMES,
  slotMatches,
  type LabelledSet,
  type SetName,
} from '../../../tools/nlu-report/index.js';
import { servesPlatform, type ModelSource } from '../../../tools/models/source.js';
import type { Understanding } from '../../../tools/sim/nlu/types.js';

const MIN_UTTERANCES = 40;
/** Regression floors per set, a little under the measured figures (the README has them). */
const MIN_INTENT_ACCURACY: Record<SetName, number> = { 'held-out': 90, tuning: 96 };
const models: ModelSource[] = await loadModelSources();

async function labelled(locale: string, name: SetName): Promise<LabelledSet> {
  const [set] = await loadLabelledSets([locale], [name]);
  if (!set) throw new Error(`no ${name} set for ${locale}`);
  return set;
}

describe('NLU labelled utterances (test/nlu)', () => {
  for (const model of models) {
    it(`${model.locale}: the held-out set shares no utterance with the tuning set`, async () => {
      const tuning = new Set((await labelled(model.locale, 'tuning')).utterances.map((u) => u.text.toLowerCase()));
      const shared = (await labelled(model.locale, 'held-out')).utterances.filter((u) => tuning.has(u.text.toLowerCase()));
      expect(shared.map((u) => u.text)).to.deep.equal([]);
    });
  }

  for (const model of models) for (const name of SET_NAMES) {
    describe(`${name} ${model.locale}`, () => {
      it('is valid: known intents, slots the model declares for them, product ids of the model', async () => {
        const set = await labelled(model.locale, name);
        expect(checkAgainstModel(set, model)).to.deep.equal([]);
      });

      it(`has at least ${MIN_UTTERANCES} utterances`, async () => {
        const set = await labelled(model.locale, name);
        expect(set.utterances.length).to.be.at.least(MIN_UTTERANCES);
      });

      it('copies no sample of the model, not even with only a slot value changed', async () => {
        const set = await labelled(model.locale, name);
        expect(sampleCopies(set, model).map((c) => `"${c.text}" is ${c.intent} sample "${c.sample}"`)).to.deep.equal([]);
      });

      // A new intent's held-out utterances may wait for a blind writer ("pending": "blind"): they count here.
      it('has at least two utterances for every intent of the model (one for NavigateHome), pending blind ones included', async () => {
        const set = await labelled(model.locale, name);
        const count = (name: string): number => set.utterances.filter((u) => u.intent === name).length;
        const thin = model.intents
          .map((i) => i.name)
          .filter((name) => count(name) < (name === 'AMAZON.NavigateHomeIntent' ? 1 : 2));
        expect(thin).to.deep.equal([]);
        expect(count(FALLBACK), 'out-of-domain utterances').to.be.at.least(5);
      });
    });
  }

  describe('checking', () => {
    const model = models.find((m) => m.locale === 'en-US') as ModelSource;
    const set = (entries: unknown): LabelledSet => parseLabelledSet(entries, 'en-US', 'test.json');

    it('rejects entries without text or with unknown fields', () => {
      expect(() => set([{ intent: 'ReorderIntent' }])).to.throw(/entry 0: invalid field text/);
      expect(() => set([{ text: 'hi', intent: 'ReorderIntent', slot: {} }])).to.throw(/entry 0/);
      expect(() => set({ text: 'hi' })).to.throw(/JSON array/);
    });

    it('finds unknown intents, undeclared slots, unknown product ids and badly written numbers', () => {
      const problems = checkAgainstModel(set([
        { text: 'a', intent: 'OrderPizzaIntent' },
        { text: 'b', intent: 'LastOrderIntent', slots: { item: 'COFFEE-BEANS' } },
        { text: 'c', intent: 'ReorderIntent', slots: { item: 'CAVIAR' } },
        { text: 'd', intent: 'ReorderIntent', slots: { quantity: 'three' } },
        { text: 'e', intent: 'VoiceCodeIntent', slots: { code: '123' } },
        { text: 'f', intent: 'ReorderIntent', slots: { item: 'the coffee', quantity: '3' } },
      ]), model);
      expect(problems).to.have.length(5);
      expect(problems.join('\n')).to.match(/OrderPizzaIntent/).and.match(/no slot "item"/).and.match(/CAVIAR/)
        .and.match(/digits/).and.match(/four digits/);
    });

    it('calls a sample with another slot value a copy, and a paraphrase not', () => {
      const copies = sampleCopies(set([
        { text: 'Reorder the oat milk!', intent: 'ReorderIntent' },
        { text: 'reorder the coffee', intent: 'ReorderIntent' },
        { text: 'make it seven', intent: 'ChangeQuantityIntent' },
        { text: '4 3 2 1', intent: 'VoiceCodeIntent' },
        { text: 'um, could you reorder the oat milk', intent: 'ReorderIntent' },
        { text: 'um, four three two one', intent: 'VoiceCodeIntent' },
      ]), model);
      expect(copies.map((c) => c.text)).to.deep.equal(['Reorder the oat milk!', 'reorder the coffee', 'make it seven', '4 3 2 1']);
    });

    it('scores a slot by resolved id, normalized value or words', () => {
      expect(slotMatches('COFFEE-BEANS', { value: 'espresso beans', resolved: { id: 'COFFEE-BEANS', name: 'coffee beans' } }, 'en-US')).to.equal(true);
      expect(slotMatches('COFFEE-BEANS', { value: 'coffee beans' }, 'en-US')).to.equal(false);
      const names = productNames(models, 'en-GB');
      const dialogflow = { value: 'coffee', resolved: { id: 'coffee beans', name: 'coffee beans' } };
      expect(slotMatches('COFFEE-BEANS', dialogflow, 'en-GB', names)).to.equal(true);
      expect(slotMatches('OAT-MILK', dialogflow, 'en-GB', names)).to.equal(false);
      expect(slotMatches('3', { value: 'three', normalized: '3' }, 'en-US')).to.equal(true);
      expect(slotMatches('coffee', { value: 'The Coffee' }, 'en-US')).to.equal(true);
      expect(slotMatches('4321', undefined, 'en-US')).to.equal(false);
    });

    it('takes a held-out utterance marked pending blind, and scores it apart from the blind ones', () => {
      const heldOut = set([
        { text: 'what did the coffee cost last time', intent: 'LastOrderIntent', pending: 'blind' },
        { text: 'order my usual', intent: 'ReorderIntent' },
      ]);
      expect(checkAgainstModel(heldOut, model)).to.deep.equal([]);
      expect(scoredSets([heldOut]).map((s) => [s.name, s.utterances.map((u) => u.text)])).to.deep.equal([
        ['held-out', ['order my usual']],
        [pendingName('held-out'), ['what did the coffee cost last time']],
      ]);
      expect(scoredSets([set([{ text: 'order my usual', intent: 'ReorderIntent' }])]).map((s) => s.name)).to.deep.equal(['held-out']);
    });

    it('takes no other pending mark, and none outside the held-out set', () => {
      expect(() => set([{ text: 'hi', intent: 'ReorderIntent', pending: 'yes' }])).to.throw(/entry 0: invalid field pending/);
      const tuning = parseLabelledSet([{ text: 'order my usual', intent: 'ReorderIntent', pending: 'blind' }], 'en-US', 'tuning.json', 'tuning');
      expect(checkAgainstModel(tuning, model).join('\n')).to.match(/only a held-out utterance can wait for a blind writer/);
    });

    it('counts an unexpected slot as a wrong one when the intent is right', () => {
      const report = evaluate(set([
        { text: 'x', intent: 'ReorderIntent', slots: { item: 'OAT-MILK' } },
        { text: 'y', intent: 'AMAZON.YesIntent' },
      ]), {
        locale: 'en-US',
        invocationName: 'test',
        understand: (text): Understanding => (text === 'x'
          ? { intent: 'ReorderIntent', slots: { item: { value: 'oat milk', resolved: { id: 'OAT-MILK', name: 'oat milk' } }, quantity: { value: 'a', normalized: '1' } }, confidence: 1 }
          : { intent: 'AMAZON.NoIntent', slots: {}, confidence: 0.9 }),
      }, 'alexa');
      expect(report.intentAccuracy).to.equal(50);
      expect([report.slotsRight, report.slotsScored]).to.deep.equal([1, 2]);
      expect(report.intentMisses).to.deep.equal([{ text: 'y', expected: 'AMAZON.YesIntent', got: 'AMAZON.NoIntent', confidence: 0.9 }]);
    });
  });
});

// Pending-blind utterances are left out: the floors hold for what was written blind.
for (const name of SET_NAMES) describe(`simulator understanding on the ${name} utterances: intent accuracy ≥ ${MIN_INTENT_ACCURACY[name]} %`, function () {
  // Hundreds of utterances per locale: on a loaded shared machine that takes longer than mocha's default (as in test:nlu).
  this.timeout(600_000);
  for (const model of models) {
    for (const platform of ['alexa', 'google'] as const) {
      if (!servesPlatform(model, platform)) continue;
      it(`${model.locale} on ${platform}`, async () => {
        const understandingFor = await loadUnderstandingFor();
        const [set] = scoredSets([await labelled(model.locale, name)]);
        const report = evaluate(set, understandingFor(platform, model.locale), platform, productNames(models, model.locale));
        const misses = report.intentMisses.map((m) => `${m.expected} → ${m.got}: ${m.text}`).join('\n  ');
        expect(report.intentAccuracy, `${report.intentsRight}/${report.utterances} right; misses:\n  ${misses}\n`)
          .to.be.at.least(MIN_INTENT_ACCURACY[name]);
      });
    }
  }
});
