// A model source is checked against the intent catalogue before anything is compiled from it.
import { expect } from 'chai';
import { INTENT_NAMES, INTENTS } from '../../../lambda/core/intents/catalog.js';
import { assertCatalogue, catalogueProblems } from '../../../tools/models/catalogue.js';
import { parseModelSource, type ModelSource } from '../../../tools/models/source.js';

/** A model with every catalogued intent and its slots, as the catalogue says. */
function fullModel(locale = 'en-US'): ModelSource {
  return parseModelSource({
    locale,
    invocationName: 'test shop',
    intents: INTENT_NAMES.map((name) => ({ name, slots: INTENTS[name].slots.map(({ name: slot, type }) => ({ name: slot, type })) })),
    types: [{ name: 'PRODUCT', values: [{ id: 'EGGS', name: 'eggs' }] }],
  });
}

describe('models against the intent catalogue', () => {
  it('finds nothing wrong with a model that has every intent and slot', () => {
    expect(catalogueProblems(fullModel())).to.deep.equal([]);
  });

  it('names an intent the model lacks', () => {
    const model = fullModel();
    model.intents = model.intents.filter((i) => i.name !== 'HandoffIntent');
    expect(catalogueProblems(model)).to.deep.equal(['en-US: lacks intent HandoffIntent, which the catalogue has']);
  });

  it('names an intent the catalogue does not have', () => {
    const model = fullModel('de-DE');
    model.intents.push({ name: 'LastPriceIntent', samples: ['was hat es gekostet'] });
    expect(catalogueProblems(model)).to.deep.equal(['de-DE: intent LastPriceIntent is not in the catalogue (lambda/core/intents/catalog.ts)']);
  });

  it('names slots that differ from the catalogue, in name, type or order', () => {
    const model = fullModel();
    model.intents.find((i) => i.name === 'ChangeQuantityIntent')!.slots = [{ name: 'item', type: 'PRODUCT' }, { name: 'quantity', type: 'AMAZON.NUMBER' }];
    model.intents.find((i) => i.name === 'VoiceCodeIntent')!.slots = [{ name: 'code', type: 'AMAZON.NUMBER' }];
    expect(catalogueProblems(model)).to.deep.equal([
      'en-US: ChangeQuantityIntent declares slots [item:PRODUCT, quantity:AMAZON.NUMBER], the catalogue [quantity:AMAZON.NUMBER, item:PRODUCT]',
      'en-US: VoiceCodeIntent declares slots [code:AMAZON.NUMBER], the catalogue [code:AMAZON.FOUR_DIGIT_NUMBER]',
    ]);
  });

  it('refuses to go on when any model disagrees, naming every problem', () => {
    const broken = fullModel('it-IT');
    broken.intents = broken.intents.filter((i) => i.name !== 'ReturnIntent');
    expect(() => assertCatalogue([fullModel(), broken])).to.throw(/disagree with the intent catalogue:\n {2}it-IT: lacks intent ReturnIntent/);
  });
});
