import { expect } from 'chai';
import { writtenInScriptOf } from '../../../lambda/core/language/script.js';

describe('writtenInScriptOf', () => {
  it('takes a Japanese label in kanji, kana or both, with the prolonged-sound mark', () => {
    for (const label of ['ご自宅', '会社', 'オフィス', 'ホーム', '実家 2']) expect(writtenInScriptOf(label, 'ja-JP'), label).to.equal(true);
  });

  it('refuses a label in Latin letters for Japanese and Chinese', () => {
    expect(writtenInScriptOf('home', 'ja-JP')).to.equal(false);
    expect(writtenInScriptOf('Büro', 'zh-CN')).to.equal(false);
    expect(writtenInScriptOf('家 home', 'zh-CN')).to.equal(false);
  });

  it('takes Chinese characters for Chinese and Latin letters, accents included, for European languages', () => {
    expect(writtenInScriptOf('家', 'zh-CN')).to.equal(true);
    expect(writtenInScriptOf('Büro', 'de-DE')).to.equal(true);
    expect(writtenInScriptOf('ご自宅', 'it-IT')).to.equal(false);
  });

  it('counts a text without letters as written in any script', () => {
    expect(writtenInScriptOf('42', 'ja-JP')).to.equal(true);
  });
});
