// Reading training data (tools/sim/nlu/training.ts): samples with slot references, Alexa interaction
// models and Dialogflow ES agent files, all into one TrainingModel shape.
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  agentTrainingModel,
  alexaModelPath,
  alexaTrainingModel,
  parseSample,
  slotKind,
} from '../../../../tools/sim/nlu/training.js';
import { FALLBACK_INTENT } from '../../../../tools/sim/nlu/types.js';

/** A tiny exported Dialogflow agent: relative path -> parsed JSON, in two languages. */
function agentFiles(): Map<string, unknown> {
  return new Map<string, unknown>([
    ['agent.json', { language: 'en', supportedLanguages: ['de'] }],
    ['package.json', { version: '1.0.0' }],
    ['intents/ReorderIntent.json', {
      name: 'ReorderIntent',
      responses: [{ parameters: [{ name: 'item', dataType: '@Product' }, { name: 'quantity', dataType: '@sys.number-integer' }] }],
    }],
    ['intents/ReorderIntent_usersays_en.json', [
      { data: [{ text: 'reorder the ' }, { text: 'coffee', alias: 'item', meta: '@Product' }] },
      { data: [{ text: 'order ' }, { text: 'two', alias: 'quantity', meta: '@sys.number-integer' }, { text: ' ' }, { text: 'oat milk', alias: 'item', meta: '@Product' }] },
    ]],
    ['intents/ReorderIntent_usersays_de.json', [
      { data: [{ text: 'bestelle ' }, { text: 'Kaffee', alias: 'item', meta: '@Product' }, { text: ' nach' }] },
    ]],
    ['intents/VoiceCodeIntent.json', {
      name: 'VoiceCodeIntent',
      responses: [{ parameters: [{ name: 'code', dataType: '@sys.number-sequence' }] }],
    }],
    ['intents/VoiceCodeIntent_usersays_en.json', [{ data: [{ text: 'my code is ' }, { text: '1234', alias: 'code', meta: '@sys.number-sequence' }] }]],
    ['intents/Default Fallback Intent.json', {
      name: 'Default Fallback Intent', fallbackIntent: true, responses: [{ parameters: [] }],
    }],
    ['intents/Default Fallback Intent_usersays_en.json', [
      { data: [{ text: 'what is the weather like' }] },
      { data: [{ text: 'tell me a joke' }] },
    ]],
    ['intents/ReorderIntent - yes.json', {
      name: 'ReorderIntent - yes', parentId: '6f1c2d9e', events: [], responses: [{ parameters: [] }],
    }],
    ['intents/ReorderIntent - yes_usersays_en.json', [{ data: [{ text: 'yes' }] }, { data: [{ text: 'sure' }] }]],
    ['intents/Welcome.json', { name: 'Welcome', events: [{ name: 'WELCOME' }], responses: [] }],
    ['entities/Product.json', { name: 'Product', isEnum: false }],
    ['entities/Product_entries_en.json', [
      { value: 'SKU-COFFEE', synonyms: ['SKU-COFFEE', 'coffee beans', 'coffee'] },
      { value: 'SKU-OAT', synonyms: ['oat milk'] },
    ]],
    ['entities/Product_entries_de.json', [{ value: 'SKU-COFFEE', synonyms: ['Kaffeebohnen', 'Kaffee'] }]],
  ]);
}

describe('sim NLU training', () => {
  describe('parseSample', () => {
    it('splits a sample into text and slot references in order, spaces kept', () => {
      expect(parseSample('reorder {item} please')).to.deep.equal([{ text: 'reorder ' }, { slot: 'item' }, { text: ' please' }]);
    });

    it('reads a sample that is one slot', () => {
      expect(parseSample('{code}')).to.deep.equal([{ slot: 'code' }]);
    });

    it('reads two slots side by side and a slot at either end', () => {
      expect(parseSample('{quantity}{item}')).to.deep.equal([{ slot: 'quantity' }, { slot: 'item' }]);
      expect(parseSample('{quantity} of {item}')).to.deep.equal([{ slot: 'quantity' }, { text: ' of ' }, { slot: 'item' }]);
    });

    it('keeps a sample without slots as one text part, and an empty sample as no part', () => {
      expect(parseSample('where is my order')).to.deep.equal([{ text: 'where is my order' }]);
      expect(parseSample('')).to.deep.equal([]);
    });

    it('leaves braces that are no slot name as text', () => {
      expect(parseSample('press {1} now')).to.deep.equal([{ text: 'press {1} now' }]);
    });

    it('reads unspaced samples', () => {
      expect(parseSample('{item}を再注文して')).to.deep.equal([{ slot: 'item' }, { text: 'を再注文して' }]);
    });
  });

  describe('slotKind', () => {
    it('reads four-digit and number-sequence types as digits', () => {
      expect(slotKind('AMAZON.FOUR_DIGIT_NUMBER')).to.equal('digits');
      expect(slotKind('@sys.number-sequence')).to.equal('digits');
    });

    it('reads number types as numbers', () => {
      expect(slotKind('AMAZON.NUMBER')).to.equal('number');
      expect(slotKind('@sys.number')).to.equal('number');
      expect(slotKind('@sys.number-integer')).to.equal('number');
    });

    it('reads every other type as custom', () => {
      expect(slotKind('PRODUCT')).to.equal('custom');
      expect(slotKind('@Product')).to.equal('custom');
      expect(slotKind('AMAZON.City')).to.equal('custom');
    });
  });

  describe('agentTrainingModel', () => {
    const model = agentTrainingModel('en-US', 'en', agentFiles(), 'corner shop');

    it('keeps the locale and invocation name it is given', () => {
      expect(model.locale).to.equal('en-US');
      expect(model.invocationName).to.equal('corner shop');
    });

    it('maps the Dialogflow fallback intent\'s phrases to AMAZON.FallbackIntent samples', () => {
      const fallback = model.intents.find((i) => i.name === FALLBACK_INTENT);
      expect(fallback).to.not.equal(undefined);
      expect(fallback!.samples).to.deep.equal([[{ text: 'what is the weather like' }], [{ text: 'tell me a joke' }]]);
      expect(model.intents.map((i) => i.name)).to.not.include('Default Fallback Intent');
    });

    it('skips follow-up intents', () => {
      expect(model.intents.map((i) => i.name)).to.not.include('ReorderIntent - yes');
      const all = model.intents.flatMap((i) => i.samples.flat().map((p) => ('text' in p ? p.text : '')));
      expect(all).to.not.include('yes');
    });

    it('reads the intents of the agent, an intent without phrases with no samples', () => {
      expect(model.intents.map((i) => i.name)).to.have.members(['ReorderIntent', 'VoiceCodeIntent', FALLBACK_INTENT, 'Welcome']);
      expect(model.intents.find((i) => i.name === 'Welcome')).to.deep.equal({ name: 'Welcome', slots: [], samples: [] });
    });

    it('turns annotated phrase parts into slot references and keeps the rest as text', () => {
      const reorder = model.intents.find((i) => i.name === 'ReorderIntent')!;
      expect(reorder.samples).to.deep.equal([
        [{ text: 'reorder the ' }, { slot: 'item' }],
        [{ text: 'order ' }, { slot: 'quantity' }, { text: ' ' }, { slot: 'item' }],
      ]);
    });

    it('reads slots from the parameters, with their kind and type', () => {
      expect(model.intents.find((i) => i.name === 'ReorderIntent')!.slots).to.deep.equal([
        { name: 'item', kind: 'custom', type: '@Product' },
        { name: 'quantity', kind: 'number', type: '@sys.number-integer' },
      ]);
      expect(model.intents.find((i) => i.name === 'VoiceCodeIntent')!.slots).to.deep.equal([
        { name: 'code', kind: 'digits', type: '@sys.number-sequence' },
      ]);
    });

    it('reads the entity entries of its language as a type, the value as id and name, not as its own synonym', () => {
      expect(Object.keys(model.types)).to.deep.equal(['@Product']);
      expect(model.types['@Product']).to.deep.equal([
        { id: 'SKU-COFFEE', name: 'SKU-COFFEE', synonyms: ['coffee beans', 'coffee'] },
        { id: 'SKU-OAT', name: 'SKU-OAT', synonyms: ['oat milk'] },
      ]);
    });

    it('reads another language\'s phrases and entries for that language only', () => {
      const de = agentTrainingModel('de-DE', 'de', agentFiles(), 'eckladen');
      expect(de.intents.find((i) => i.name === 'ReorderIntent')!.samples).to.deep.equal([
        [{ text: 'bestelle ' }, { slot: 'item' }, { text: ' nach' }],
      ]);
      expect(de.intents.find((i) => i.name === FALLBACK_INTENT)!.samples).to.deep.equal([]);
      expect(de.types['@Product']).to.deep.equal([{ id: 'SKU-COFFEE', name: 'SKU-COFFEE', synonyms: ['Kaffeebohnen', 'Kaffee'] }]);
    });
  });

  describe('alexaTrainingModel', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'sim-nlu-training-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('reads intents, slots with their kind, samples and types from an interaction model file', () => {
      const file = join(dir, 'en-US.json');
      writeFileSync(file, JSON.stringify({
        interactionModel: {
          languageModel: {
            invocationName: 'corner shop',
            intents: [
              { name: 'ReorderIntent', slots: [{ name: 'item', type: 'PRODUCT' }, { name: 'quantity', type: 'AMAZON.NUMBER' }], samples: ['reorder {item}', 'order {quantity} {item}'] },
              { name: 'VoiceCodeIntent', slots: [{ name: 'code', type: 'AMAZON.FOUR_DIGIT_NUMBER' }], samples: ['my code is {code}'] },
              { name: 'AMAZON.StopIntent', samples: [] },
              { name: 'AMAZON.NavigateHomeIntent' },
            ],
            types: [{
              name: 'PRODUCT',
              values: [
                { id: 'SKU-COFFEE', name: { value: 'coffee beans', synonyms: ['coffee'] } },
                { name: { value: 'oat milk' } },
              ],
            }],
          },
        },
      }));
      expect(alexaTrainingModel('en-US', file)).to.deep.equal({
        locale: 'en-US',
        invocationName: 'corner shop',
        intents: [
          {
            name: 'ReorderIntent',
            slots: [{ name: 'item', kind: 'custom', type: 'PRODUCT' }, { name: 'quantity', kind: 'number', type: 'AMAZON.NUMBER' }],
            samples: [[{ text: 'reorder ' }, { slot: 'item' }], [{ text: 'order ' }, { slot: 'quantity' }, { text: ' ' }, { slot: 'item' }]],
          },
          { name: 'VoiceCodeIntent', slots: [{ name: 'code', kind: 'digits', type: 'AMAZON.FOUR_DIGIT_NUMBER' }], samples: [[{ text: 'my code is ' }, { slot: 'code' }]] },
          { name: 'AMAZON.StopIntent', slots: [], samples: [] },
          { name: 'AMAZON.NavigateHomeIntent', slots: [], samples: [] },
        ],
        types: {
          PRODUCT: [
            { id: 'SKU-COFFEE', name: 'coffee beans', synonyms: ['coffee'] },
            // Without an id, the value's name is its id.
            { id: 'oat milk', name: 'oat milk', synonyms: [] },
          ],
        },
      });
    });

    it('reads a model without types as having none', () => {
      const file = join(dir, 'de-DE.json');
      writeFileSync(file, JSON.stringify({ interactionModel: { languageModel: { invocationName: 'eckladen', intents: [] } } }));
      expect(alexaTrainingModel('de-DE', file)).to.deep.equal({ locale: 'de-DE', invocationName: 'eckladen', intents: [], types: {} });
    });
  });

  it('finds an Alexa model under skill/interactionModels/custom/<locale>.json', () => {
    expect(alexaModelPath('/repo', 'it-IT')).to.equal(join('/repo', 'skill', 'interactionModels', 'custom', 'it-IT.json'));
  });
});
