// Finding the product a shopper means: loose wording, split and joined words, compounds, small slips, in
// languages with and without spaces; false friends stay apart, and near ties are asked about, not guessed.
import { expect } from 'chai';
import { findProduct, fold, MATCH_THRESHOLD, matchScore, splitItems, type Candidate } from '../../../lambda/core/language/matching.js';

describe('matchScore', () => {
  const matches: [lang: string, spoken: string, name: string][] = [
    ['en', 'oat milk', 'oat milk'],
    ['en', 'the coffee', 'coffee beans'],
    ['en', 'tooth brush heads', 'toothbrush heads'],
    ['en', 'cofee beans', 'coffee beans'],
    ['en', 'Oat Milk!', 'oat milk'],
    ['en', 'some more of the desk lamp please', 'desk lamp'],
    ['de', 'Bürstenköpfe', 'Zahnbürstenköpfe'],
    ['de', 'Burstenkopfe', 'Zahnbürstenköpfe'],
    ['de', 'den Kaffee', 'Kaffeebohnen'],
    ['de', 'Hafer Milch', 'Hafermilch'],
    ['de', 'Küchenrollen', 'Küchenrolle'],
    ['it', 'il caffè', 'caffè in grani'],
    ['it', 'caffe in grani', 'caffè in grani'],
    ['it', "l'avena", "latte d'avena"],
    ['ja', 'コーヒー', 'コーヒー豆'],
    ['ja', '替えブラシ', '電動歯ブラシの替えブラシ'],
    ['ja', 'コーヒー豆をください', 'コーヒー豆'],
    ['ja', 'ｺｰﾋｰ豆', 'コーヒー豆'],
  ];
  for (const [lang, spoken, name] of matches) {
    it(`lets "${spoken}" name "${name}" (${lang})`, () => {
      expect(matchScore(spoken, name, lang)).to.be.at.least(MATCH_THRESHOLD);
    });
  }

  const falseFriends: [lang: string, spoken: string, name: string][] = [
    ['en', 'tea', 'steak'],
    ['en', 'cat food', 'coffee beans'],
    ['en', 'soap', 'soup'],
    ['en', 'garden hose', 'paper towels'],
    ['de', 'Tee', 'Steak'],
    ['de', 'Gartenschlauch', 'Hafermilch'],
    ['it', 'tè', 'bistecca'],
    ['it', 'tubo da giardino', 'lampada da scrivania'],
    ['ja', 'ミルク', 'コーヒー豆'],
    ['ja', '園芸用ホース', 'オーツミルク'],
  ];
  for (const [lang, spoken, name] of falseFriends) {
    it(`does not let "${spoken}" name "${name}" (${lang})`, () => {
      expect(matchScore(spoken, name, lang)).to.be.below(MATCH_THRESHOLD);
    });
  }

  it('scores an exact name 1 and nothing 0', () => {
    expect(matchScore('oat milk', 'oat milk', 'en')).to.equal(1);
    expect(matchScore('!!!', 'oat milk', 'en')).to.equal(0);
    expect(matchScore('', 'oat milk', 'en')).to.equal(0);
    expect(matchScore('the', 'oat milk', 'en')).to.equal(0);
  });

  it('scores the right product above a near one', () => {
    expect(matchScore('decaf pods', 'decaf coffee pods', 'en')).to.be.above(matchScore('decaf pods', 'coffee beans', 'en'));
  });
});

describe('findProduct', () => {
  const en: Candidate[] = [
    { sku: 'BEANS', names: ['coffee beans', 'whole bean coffee'] },
    { sku: 'DECAF', names: ['decaf coffee pods'] },
    { sku: 'OAT', names: ['oat milk', 'oat drink'] },
    { sku: 'STEAK', names: ['steak'] },
  ];

  it('finds the one product a specific name fits', () => {
    expect(findProduct(['coffee beans'], en, 'en')).to.deep.equal({ kind: 'one', sku: 'BEANS' });
    expect(findProduct(['decaf'], en, 'en')).to.deep.equal({ kind: 'one', sku: 'DECAF' });
  });

  it('finds a product by a catalog synonym', () => {
    expect(findProduct(['oat drink'], en, 'en')).to.deep.equal({ kind: 'one', sku: 'OAT' });
  });

  it('reports both coffees for "the coffee", best first, rather than guessing', () => {
    const result = findProduct(['the coffee'], en, 'en');
    expect(result.kind).to.equal('several');
    expect(result.kind === 'several' && [...result.skus].sort()).to.deep.equal(['BEANS', 'DECAF']);
  });

  it('finds nothing for a false friend ("tea" is not "steak")', () => {
    expect(findProduct(['tea'], en, 'en')).to.deep.equal({ kind: 'none' });
  });

  it('uses the platform\'s resolved name when the spoken words fit nothing', () => {
    expect(findProduct(['the brown stuff', 'coffee beans'], en, 'en')).to.deep.equal({ kind: 'one', sku: 'BEANS' });
  });

  it('finds nothing among no candidates', () => {
    expect(findProduct(['coffee'], [], 'en')).to.deep.equal({ kind: 'none' });
  });

  it('tells German compounds apart by their first part', () => {
    const de: Candidate[] = [
      { sku: 'BEANS', names: ['Kaffeebohnen'] },
      { sku: 'DECAF', names: ['entkoffeinierte Kaffeekapseln'] },
      { sku: 'OAT', names: ['Hafermilch'] },
    ];
    expect(findProduct(['Kaffeebohnen'], de, 'de')).to.deep.equal({ kind: 'one', sku: 'BEANS' });
    expect(findProduct(['den Kaffee'], de, 'de').kind).to.equal('several');
    expect(findProduct(['Milch'], de, 'de')).to.deep.equal({ kind: 'one', sku: 'OAT' });
  });

  it('matches Japanese names without spaces', () => {
    const ja: Candidate[] = [
      { sku: 'BEANS', names: ['コーヒー豆'] },
      { sku: 'DECAF', names: ['カフェインレスのコーヒーカプセル'] },
      { sku: 'HEADS', names: ['電動歯ブラシの替えブラシ', '替えブラシ'] },
    ];
    expect(findProduct(['替えブラシ'], ja, 'ja')).to.deep.equal({ kind: 'one', sku: 'HEADS' });
    expect(findProduct(['コーヒー'], ja, 'ja').kind).to.equal('several');
    expect(findProduct(['コーヒー豆'], ja, 'ja')).to.deep.equal({ kind: 'one', sku: 'BEANS' });
    expect(findProduct(['園芸用ホース'], ja, 'ja')).to.deep.equal({ kind: 'none' });
  });
});

describe('splitItems', () => {
  const cases: [lang: string, spoken: string, parts: string[]][] = [
    ['en', 'coffee beans and oat milk', ['coffee beans', 'oat milk']],
    ['en', 'coffee, oat milk and decaf', ['coffee', 'oat milk', 'decaf']],
    ['en', 'coffee beans', ['coffee beans']],
    ['de', 'Kaffeebohnen und Hafermilch', ['Kaffeebohnen', 'Hafermilch']],
    ['it', "caffè e latte d'avena", ['caffè', "latte d'avena"]],
    ['ja', 'コーヒー豆とオーツミルク', ['コーヒー豆', 'オーツミルク']],
    ['en', 'sandwich bags', ['sandwich bags']],
    ['de', 'Kunden Karte', ['Kunden Karte']],
  ];
  for (const [lang, spoken, parts] of cases) {
    it(`splits "${spoken}" (${lang}) into ${parts.length} part(s)`, () => {
      expect(splitItems(spoken, lang)).to.deep.equal(parts);
    });
  }
});

describe('fold', () => {
  it('ignores case, accents, ß and punctuation', () => {
    expect(fold('Zahnbürstenköpfe')).to.equal('zahnburstenkopfe');
    expect(fold('Straße')).to.equal('strasse');
    expect(fold('  Caffè,  in grani! ')).to.equal('caffe in grani');
  });
});
