import { expect } from 'chai';
import { joinTokens, tokenize, tokenizeHeard } from '../../../../tools/sim/nlu/tokens.js';

describe('sim NLU tokens', () => {
  it('folds case and accents for comparing, and keeps the words as heard beside them', () => {
    expect(tokenizeHeard('Riordina il Caffè!', 'it')).to.deep.equal({ tokens: ['riordina', 'il', 'caffe'], heard: ['riordina', 'il', 'caffè'] });
    expect(tokenize('Straße', 'de')).to.deep.equal(['strasse']);
  });

  it('cuts Japanese and Chinese into letters, keeping runs of digits and Latin letters whole', () => {
    expect(tokenize('コード8815です', 'ja')).to.deep.equal(['コ', 'ー', 'ド', '8815', 'で', 'す']);
    expect(joinTokens(tokenize('猫粮 再买', 'zh'), 'zh')).to.equal('猫粮再买');
  });

  it('spells Japanese words written in kanji or kana alike the kana way', () => {
    expect(joinTokens(tokenize('バナナは要らない', 'ja'), 'ja')).to.equal(joinTokens(tokenize('バナナはいらない', 'ja'), 'ja'));
    expect(joinTokens(tokenize('注文して下さい', 'ja'), 'ja')).to.equal('注文してください');
  });

  it('writes four or more Japanese digits read out in kana as digits, and leaves shorter runs alone', () => {
    expect(tokenize('ななぜろによん', 'ja')).to.deep.equal(['7024']);
    expect(tokenize('コードはいちにさんよんです', 'ja')).to.include('1234');
    expect(joinTokens(tokenize('にご', 'ja'), 'ja')).to.equal('にご');
    expect(tokenize('きゅうにーはちさん', 'ja')).to.deep.equal(['9283']);
  });
});
