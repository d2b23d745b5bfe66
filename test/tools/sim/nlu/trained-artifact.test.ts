import { expect } from 'chai';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntentClassifier, TRAINED_DIR, type TrainingSentence } from '../../../../tools/sim/nlu/classifier.js';
import { stemmerFor } from '../../../../tools/sim/nlu/stems.js';

const stem = stemmerFor('en');
const NAME = `test-artifact-${process.pid}`;
const FILE = join(TRAINED_DIR, `${NAME}.json`);

const sentences = (...pairs: [string, string][]): TrainingSentence[] => pairs.map(([intent, text]) => ({ intent, tokens: text.split(' ') }));
const reorder = sentences(['ReorderIntent', 'reorder the coffee'], ['ReorderIntent', 'order more oat milk'], ['OrderStatusIntent', 'where is my order'], ['OrderStatusIntent', 'when does it arrive']);
const otherwise = sentences(['ReorderIntent', 'buy the coffee again'], ['OrderStatusIntent', 'where is my order'], ['OrderStatusIntent', 'track my package']);

function opinions(classifier: IntentClassifier, text: string): [string, number][] {
  return [...classifier.posteriors(text.split(' '))];
}

describe('the simulator\'s trained understanding on disk', () => {
  afterEach(() => rmSync(FILE, { force: true }));

  it('stores what it trained, and reads it back to the same opinions', () => {
    const trained = new IntentClassifier(reorder, false, stem, NAME);
    expect(existsSync(FILE)).to.equal(true);
    const restored = new IntentClassifier(reorder, false, stem, NAME);
    expect(opinions(restored, 'reorder my coffee')).to.deep.equal(opinions(trained, 'reorder my coffee'));
  });

  it('trains again when the samples changed, never using the stale weights', () => {
    new IntentClassifier(reorder, false, stem, NAME);
    const fresh = new IntentClassifier(otherwise, false, stem);
    const cached = new IntentClassifier(otherwise, false, stem, NAME);
    expect(opinions(cached, 'buy coffee')).to.deep.equal(opinions(fresh, 'buy coffee'));
    expect(opinions(new IntentClassifier(otherwise, false, stem, NAME), 'buy coffee')).to.deep.equal(opinions(fresh, 'buy coffee'));
  });

  it('trains again when the artifact is unreadable', () => {
    new IntentClassifier(reorder, false, stem, NAME);
    writeFileSync(FILE, readFileSync(FILE, 'utf8').slice(0, 100));
    const fresh = new IntentClassifier(reorder, false, stem);
    expect(opinions(new IntentClassifier(reorder, false, stem, NAME), 'where is it')).to.deep.equal(opinions(fresh, 'where is it'));
  });
});
