// The intent classifier (tools/sim/nlu/classifier.ts): multinomial logistic regression over word stems,
// word pairs, a negation flag and, for unspaced scripts, letter pairs.
import { expect } from 'chai';
import { features, IntentClassifier, type TrainingSentence } from '../../../../tools/sim/nlu/classifier.js';
import { stemmerFor } from '../../../../tools/sim/nlu/stems.js';

const en = stemmerFor('en');
const ja = stemmerFor('ja');

function sentences(byIntent: Record<string, string[]>): TrainingSentence[] {
  return Object.entries(byIntent).flatMap(([intent, samples]) => samples.map((s) => ({ intent, tokens: s.split(' ') })));
}

/** A handful of English intents, slot values already replaced by their marks as understand.ts does. */
function englishSentences(): TrainingSentence[] {
  return sentences({
    ReorderIntent: ['reorder §item', 'reorder the §item', 'order more §item', 'buy §item again', 'please reorder §item'],
    OrderStatusIntent: ['where is my order', 'where is my package', 'track my order', 'when will my order arrive', 'please track my package'],
    CancelOrderIntent: ['cancel my order', 'cancel the order', 'please cancel my order', 'cancel it'],
    'AMAZON.NoIntent': ['no', 'no thanks', 'don t order it §neg'],
  });
}

function top(posteriors: Map<string, number>): string {
  return [...posteriors].sort((a, b) => b[1] - a[1])[0][0];
}

describe('sim NLU classifier', () => {
  describe('features', () => {
    it('lists word stems, word pairs, letter 4-grams of the words as said and the negation flag for spaced languages', () => {
      expect(features(['ordering', 'more', '§item'], false, en)).to.deep.equal([
        'w:order', 'w:more', 'w:§item', 'b:order more', 'b:more §item',
        'g:<ord', 'g:orde', 'g:rder', 'g:deri', 'g:erin', 'g:ring', 'g:ing>', 'g:<mor', 'g:more', 'g:ore>',
        'neg:no',
      ]);
    });

    it('flags a sentence carrying the negation mark', () => {
      const fs = features(['don', 't', 'order', '§neg'], false, en);
      expect(fs).to.include('neg:yes');
      expect(fs).to.not.include('neg:no');
    });

    it('lists letter pairs instead of word pairs for unspaced scripts, leaving slot marks out of them', () => {
      expect(features(['§item', 'を', '注', '文'], true, ja)).to.deep.equal([
        'w:§item', 'w:を', 'w:注', 'w:文', 'neg:no', 'c:を注', 'c:注文',
      ]);
    });

    it('lists a feature once however often it occurs', () => {
      expect(features(['no', 'no'], false, en)).to.deep.equal(['w:no', 'b:no no', 'neg:no']);
    });
  });

  describe('IntentClassifier', () => {
    const classifier = new IntentClassifier(englishSentences(), false, en);

    it('sends a sentence with an unseen filler and one telling word to the intent of that word', () => {
      expect(top(classifier.posteriors(['erm', 'cancel']))).to.equal('CancelOrderIntent');
      expect(top(classifier.posteriors(['erm', 'track', 'it']))).to.equal('OrderStatusIntent');
      expect(top(classifier.posteriors(['basically', 'reorder', '§item']))).to.equal('ReorderIntent');
    });

    it('is sure of a telling word and learns that a word in every intent tells little', () => {
      const cancel = classifier.posteriors(['cancel']).get('CancelOrderIntent')!;
      const please = Math.max(...classifier.posteriors(['please']).values());
      expect(cancel).to.be.greaterThan(0.8);
      expect(please).to.be.lessThan(0.5);
    });

    it('reads an inflected word through its stem', () => {
      expect(top(classifier.posteriors(['tracking', 'the', 'parcel']))).to.equal('OrderStatusIntent');
      expect(top(classifier.posteriors(['cancelled']))).to.equal('CancelOrderIntent');
    });

    it('tells a negated sentence apart by the negation mark', () => {
      expect(top(classifier.posteriors(['do', 'not', 'order', 'it', '§neg']))).to.equal('AMAZON.NoIntent');
    });

    it('gives a probability for every intent, summing to 1', () => {
      for (const tokens of [['cancel', 'my', 'order'], ['where', 'is', '§item'], ['zebra', 'order']]) {
        const posteriors = classifier.posteriors(tokens);
        expect([...posteriors.keys()]).to.have.members(['ReorderIntent', 'OrderStatusIntent', 'CancelOrderIntent', 'AMAZON.NoIntent']);
        const sum = [...posteriors.values()].reduce((a, b) => a + b, 0);
        expect(sum).to.be.closeTo(1, 1e-9);
        for (const p of posteriors.values()) expect(p).to.be.within(0, 1);
      }
    });

    it('answers an empty map when the sentence has no feature the samples have', () => {
      expect(classifier.posteriors(['zebra', 'xylophone']).size).to.equal(0);
      // Every sentence has a negation flag (here neg:no): that alone is no known feature.
      expect(classifier.posteriors([]).size).to.equal(0);
    });

    it('builds the same model from the same samples every time', () => {
      const again = new IntentClassifier(englishSentences(), false, en);
      for (const tokens of [['cancel', 'my', 'order'], ['please', 'reorder', '§item'], ['where', 'is', 'it']]) {
        expect([...again.posteriors(tokens)]).to.deep.equal([...classifier.posteriors(tokens)]);
      }
    });

    it('keeps every sample token in its vocabulary, and nothing else', () => {
      expect(classifier.vocabulary.has('track')).to.equal(true);
      expect(classifier.vocabulary.has('§item')).to.equal(true);
      expect(classifier.vocabulary.has('tracking')).to.equal(false);
      expect(classifier.vocabulary.size).to.equal(new Set(englishSentences().flatMap((s) => s.tokens)).size);
    });

    it('classifies unspaced text by its letters', () => {
      const jaClassifier = new IntentClassifier([
        { intent: 'ReorderIntent', tokens: ['§item', 'を', '再', '注', '文', 'し', 'て'] },
        { intent: 'ReorderIntent', tokens: ['§item', 'を', 'ま', 'た', '買', 'い', 'た', 'い'] },
        { intent: 'CancelOrderIntent', tokens: ['注', '文', 'を', 'キ', 'ャ', 'ン', 'セ', 'ル', 'し', 'て'] },
        { intent: 'OrderStatusIntent', tokens: ['荷', '物', 'は', 'い', 'つ', '届', 'く'] },
      ], true, ja);
      expect(top(jaClassifier.posteriors(Array.from('キャンセルお願い')))).to.equal('CancelOrderIntent');
      expect(top(jaClassifier.posteriors(['§item', ...Array.from('また買う')]))).to.equal('ReorderIntent');
    });
  });
});
