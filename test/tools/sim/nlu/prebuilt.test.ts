// The classifier's training sentences prebuilt in build/nlu (tools/sim/nlu/prebuilt.ts): read back when nothing
// they come from has changed, worked out again (and replaced) when the model has.
import { expect } from 'chai';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TRAINED_DIR } from '../../../../tools/sim/nlu/classifier.js';
import { prebuiltSentences, type Sentence } from '../../../../tools/sim/nlu/prebuilt.js';
import type { TrainingModel } from '../../../../tools/sim/nlu/training.js';

describe('prebuilt training sentences', () => {
  const cacheName = `test-prebuilt-${process.pid}`;
  const model = (phrase: string): TrainingModel => ({
    locale: 'en-US', invocationName: 'northwind market', types: {}, cacheName,
    intents: [{ name: 'OrderStatusIntent', slots: [], samples: [[{ text: phrase }]] }],
  } as unknown as TrainingModel);
  after(() => rmSync(join(TRAINED_DIR, `${cacheName}.sentences.json`), { force: true }));

  it('works them out once, reads them back while the model is the same, and again when it changes', () => {
    let worked = 0;
    const work = (tokens: string[]) => (): Sentence[] => {
      worked++;
      return [{ intent: 'OrderStatusIntent', tokens }];
    };
    expect(prebuiltSentences(model('where is my order'), work(['where', 'is', 'my', 'order']))).to.deep.equal([{ intent: 'OrderStatusIntent', tokens: ['where', 'is', 'my', 'order'] }]);
    expect(worked).to.equal(1);
    expect(prebuiltSentences(model('where is my order'), work(['never', 'used']))).to.deep.equal([{ intent: 'OrderStatusIntent', tokens: ['where', 'is', 'my', 'order'] }]);
    expect(worked).to.equal(1);
    expect(prebuiltSentences(model('where is my parcel'), work(['where', 'is', 'my', 'parcel']))[0].tokens).to.deep.equal(['where', 'is', 'my', 'parcel']);
    expect(worked).to.equal(2);
  });

  it('works them out every time for a model without an artifact name', () => {
    let worked = 0;
    const bare = { ...model('hi'), cacheName: undefined };
    prebuiltSentences(bare, () => [{ intent: 'x', tokens: [String(++worked)] }]);
    prebuiltSentences(bare, () => [{ intent: 'x', tokens: [String(++worked)] }]);
    expect(worked).to.equal(2);
  });
});
