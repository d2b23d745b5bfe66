import { expect } from 'chai';
import { openPhrase, parseLaunch } from '../../../tools/sim/launch.js';

const EN = 'northwind market';
const JA = 'ノースウィンドマーケット';
const ZH = '北风商城';

describe('simulator: launch phrases', () => {
  describe('English (en-US, en-GB)', () => {
    for (const locale of ['en-US', 'en-GB']) {
      it(`opens the skill with "open", "launch", "start", "talk to" in ${locale}`, () => {
        for (const text of ['open northwind market', 'launch northwind market', 'start northwind market', 'talk to northwind market']) {
          expect(parseLaunch(text, locale, EN), text).to.deep.equal({ kind: 'open' });
        }
      });
    }

    it('hands the request after "ask X to", "ask X for", "ask X about", "tell X to" to the understanding', () => {
      expect(parseLaunch('ask northwind market to reorder coffee beans', 'en-US', EN)).to.deep.equal({ kind: 'oneShot', rest: 'reorder coffee beans' });
      expect(parseLaunch('ask northwind market for my order status', 'en-US', EN)).to.deep.equal({ kind: 'oneShot', rest: 'my order status' });
      expect(parseLaunch('ask northwind market about my order', 'en-US', EN)).to.deep.equal({ kind: 'oneShot', rest: 'my order' });
      expect(parseLaunch('tell northwind market to reorder', 'en-GB', EN)).to.deep.equal({ kind: 'oneShot', rest: 'reorder' });
    });

    it('takes "ask X where …" and "tell X …" without a connecting word', () => {
      expect(parseLaunch('ask northwind market where my order is', 'en-US', EN)).to.deep.equal({ kind: 'oneShot', rest: 'where my order is' });
      expect(parseLaunch('tell northwind market I need oat milk', 'en-US', EN)).to.deep.equal({ kind: 'oneShot', rest: 'I need oat milk' });
    });

    it('does not take a word that only starts with a connector for the connector ("tomorrow" is not "to …")', () => {
      expect(parseLaunch('ask northwind market tomorrow', 'en-US', EN)).to.deep.equal({ kind: 'oneShot', rest: 'tomorrow' });
    });

    it('is not a launch when the name is not the invocation name: "tell me where my order is"', () => {
      expect(parseLaunch('tell me where my order is', 'en-US', EN)).to.equal(undefined);
      expect(parseLaunch('ask me anything', 'en-US', EN)).to.equal(undefined);
      expect(parseLaunch('open the pod bay doors', 'en-US', EN)).to.equal(undefined);
      expect(parseLaunch('where is my order', 'en-US', EN)).to.equal(undefined);
    });

    it('matches the name loosely: case, spaces, punctuation, one slip, the wake word, the first word of the name', () => {
      for (const text of ['Open Northwind Market.', 'open north wind market', 'open northwind markt', 'Alexa, open northwind market', 'open northwind']) {
        expect(parseLaunch(text, 'en-US', EN), text).to.deep.equal({ kind: 'open' });
      }
      expect(parseLaunch('open northbound basket', 'en-US', EN)).to.equal(undefined);
    });
  });

  describe('German', () => {
    it('opens with "öffne" and "starte"', () => {
      expect(parseLaunch('öffne northwind market', 'de-DE', EN)).to.deep.equal({ kind: 'open' });
      expect(parseLaunch('Starte Northwind Market', 'de-DE', EN)).to.deep.equal({ kind: 'open' });
    });

    it('hands on the request after "frag X nach", "frag X wo …", "starte X und", "sag X", "bitte X"', () => {
      expect(parseLaunch('frage northwind market nach meiner Bestellung', 'de-DE', EN)).to.deep.equal({ kind: 'oneShot', rest: 'meiner Bestellung' });
      expect(parseLaunch('frag Northwind Market wo meine Bestellung ist', 'de-DE', EN)).to.deep.equal({ kind: 'oneShot', rest: 'wo meine Bestellung ist' });
      expect(parseLaunch('starte Northwind Market und bestelle Kaffeebohnen nach', 'de-DE', EN)).to.deep.equal({ kind: 'oneShot', rest: 'bestelle Kaffeebohnen nach' });
      expect(parseLaunch('sag northwind market, dass ich Hafermilch brauche', 'de-DE', EN)).to.deep.equal({ kind: 'oneShot', rest: 'ich Hafermilch brauche' });
      expect(parseLaunch('bitte northwind market, bestell Kaffeebohnen nach', 'de-DE', EN)).to.deep.equal({ kind: 'oneShot', rest: 'bestell Kaffeebohnen nach' });
    });

    it('is not a launch for a request that names no skill', () => {
      expect(parseLaunch('frag mich nach meiner Bestellung', 'de-DE', EN)).to.equal(undefined);
    });
  });

  describe('Italian', () => {
    it('opens with "apri" and "avvia"', () => {
      expect(parseLaunch('apri northwind market', 'it-IT', EN)).to.deep.equal({ kind: 'open' });
      expect(parseLaunch('avvia northwind market', 'it-IT', EN)).to.deep.equal({ kind: 'open' });
    });

    it('hands on the request after "chiedi a X di" and "di\' a X di"', () => {
      expect(parseLaunch('chiedi a Northwind Market di riordinare il caffè in grani', 'it-IT', EN)).to.deep.equal({ kind: 'oneShot', rest: 'riordinare il caffè in grani' });
      expect(parseLaunch("chiedi a Northwind Market dov'è il mio ordine", 'it-IT', EN)).to.deep.equal({ kind: 'oneShot', rest: "dov'è il mio ordine" });
      expect(parseLaunch("di' a northwind market di riordinare il caffè", 'it-IT', EN)).to.deep.equal({ kind: 'oneShot', rest: 'riordinare il caffè' });
    });
  });

  describe('Japanese (no spaces)', () => {
    it('opens with "Xを開いて" and "Xを起動して", after the wake word too', () => {
      expect(parseLaunch('ノースウィンドマーケットを開いて', 'ja-JP', JA)).to.deep.equal({ kind: 'open' });
      expect(parseLaunch('アレクサ、ノースウィンドマーケットを起動して', 'ja-JP', JA)).to.deep.equal({ kind: 'open' });
    });

    it('hands on the request after "Xで" and inside "Xに…と聞いて"', () => {
      expect(parseLaunch('ノースウィンドマーケットでコーヒー豆を再注文して', 'ja-JP', JA)).to.deep.equal({ kind: 'oneShot', rest: 'コーヒー豆を再注文して' });
      expect(parseLaunch('ノースウィンドマーケットに荷物はどこと聞いて', 'ja-JP', JA)).to.deep.equal({ kind: 'oneShot', rest: '荷物はどこ' });
    });

    it('forgives a small slip in the katakana name (ウイ for ウィ)', () => {
      expect(parseLaunch('ノースウインドマーケットを開いて', 'ja-JP', JA)).to.deep.equal({ kind: 'open' });
    });

    it('is not a launch without the name', () => {
      expect(parseLaunch('荷物はどこ', 'ja-JP', JA)).to.equal(undefined);
    });
  });

  describe('Chinese (no spaces)', () => {
    it('opens with "打开X" and "启动X"', () => {
      expect(parseLaunch('打开北风商城', 'zh-CN', ZH)).to.deep.equal({ kind: 'open' });
      expect(parseLaunch('启动北风商城', 'zh-CN', ZH)).to.deep.equal({ kind: 'open' });
    });

    it('hands on the request after "让X" and "用X"', () => {
      expect(parseLaunch('让北风商城查一下我的订单', 'zh-CN', ZH)).to.deep.equal({ kind: 'oneShot', rest: '查一下我的订单' });
      expect(parseLaunch('用北风商城再订一次咖啡豆', 'zh-CN', ZH)).to.deep.equal({ kind: 'oneShot', rest: '再订一次咖啡豆' });
    });

    it('is not a launch without the name', () => {
      expect(parseLaunch('我的订单在哪', 'zh-CN', ZH)).to.equal(undefined);
    });
  });

  describe('bad input', () => {
    it('is no launch for a 10,000-character input', () => {
      expect(parseLaunch('open '.concat('northwind market '.repeat(600)), 'en-US', EN)).to.equal(undefined);
      expect(parseLaunch('x'.repeat(10_000), 'ja-JP', JA)).to.equal(undefined);
    });

    it('is no launch for emoji or an empty text', () => {
      expect(parseLaunch('🛒🛒🛒', 'en-US', EN)).to.equal(undefined);
      expect(parseLaunch('   ', 'en-US', EN)).to.equal(undefined);
    });
  });

  it('names the way to open the skill in each language', () => {
    expect(openPhrase('de-DE', EN)).to.equal('öffne northwind market');
    expect(openPhrase('ja-JP', JA)).to.equal('ノースウィンドマーケットを開いて');
    expect(openPhrase('zh-CN', ZH)).to.equal('打开北风商城');
    expect(openPhrase('en-GB', EN)).to.equal('open northwind market');
  });
});
