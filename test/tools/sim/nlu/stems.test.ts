// Word stems (tools/sim/nlu/stems.ts): inflections share a stem, slot marks and digits are not words,
// and unspaced scripts are left as they are.
import { expect } from 'chai';
import { stemmerFor, withoutClitics } from '../../../../tools/sim/nlu/stems.js';

describe('sim NLU stems', () => {
  it('gives Italian "riordini", "riordina" and "riordinare" one stem', () => {
    const stem = stemmerFor('it');
    expect(stem('riordini')).to.equal('riordin');
    expect(stem('riordina')).to.equal(stem('riordini'));
    expect(stem('riordinare')).to.equal(stem('riordini'));
  });

  it('gives English "ordering", "orders" and "order" one stem', () => {
    const stem = stemmerFor('en');
    expect(stem('ordering')).to.equal('order');
    expect(stem('orders')).to.equal('order');
    expect(stem('order')).to.equal('order');
  });

  it('gives German "bestelle" and "bestellen" one stem', () => {
    const stem = stemmerFor('de');
    expect(stem('bestelle')).to.equal('bestell');
    expect(stem('bestellen')).to.equal('bestell');
  });

  it('keeps different words apart', () => {
    const stem = stemmerFor('en');
    expect(stem('cancel')).to.not.equal(stem('order'));
    expect(stemmerFor('it')('annulla')).to.not.equal(stemmerFor('it')('riordina'));
  });

  it('leaves slot marks untouched in every stemmed language', () => {
    for (const lang of ['en', 'de', 'it']) {
      const stem = stemmerFor(lang);
      for (const mark of ['§item', '§num', '§code', '§neg', '§ctr']) expect(stem(mark), `${lang} ${mark}`).to.equal(mark);
    }
  });

  it('leaves digits untouched in every stemmed language', () => {
    for (const lang of ['en', 'de', 'it']) {
      const stem = stemmerFor(lang);
      expect(stem('4321'), lang).to.equal('4321');
      expect(stem('0'), lang).to.equal('0');
    }
  });

  it('is the identity for Japanese and Chinese', () => {
    expect(stemmerFor('ja')('再注文して')).to.equal('再注文して');
    expect(stemmerFor('ja')('ください')).to.equal('ください');
    expect(stemmerFor('zh')('再来一份')).to.equal('再来一份');
  });

  it('is the identity for a language without a Snowball algorithm', () => {
    expect(stemmerFor('xx')('ordering')).to.equal('ordering');
  });

  it('returns the same stemmer for a language every time, and the same stem for the same word', () => {
    expect(stemmerFor('it')).to.equal(stemmerFor('it'));
    const stem = stemmerFor('en');
    expect(stem('reordering')).to.equal(stem('reordering'));
  });
});

describe('sim NLU stems: Italian pronouns on imperatives', () => {
  it('takes the pronouns off an imperative, and leaves nouns that end like them alone', () => {
    expect(['lascialo', 'ordinamelo', 'ricomprami', 'mandagliela'].map(withoutClitics)).to.deep.equal(['lascia', 'ordina', 'ricompra', 'manda']);
    expect(['scatola', 'padella', 'carta', 'tavolo'].map(withoutClitics)).to.deep.equal(['scatola', 'padella', 'carta', 'tavolo']);
  });

  it('gives "toglilo" the stem of "togli"', () => {
    const stem = stemmerFor('it');
    expect(stem('toglilo')).to.equal(stem('togli'));
  });
});
