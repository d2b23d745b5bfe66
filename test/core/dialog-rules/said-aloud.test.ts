// Issue 10's dialog rules as a shopper says them: whole sentences, through the simulator's real understanding and
// each platform's real adapter, one table row per language, every locale on every platform that serves it. The core
// suites (test/core/questions.test.ts, unsure.test.ts, …) prove the same rules intent by intent; this file proves
// that the words reach them: on Alexa no words come with a yes, so a filler or a number is safe only when the
// model hears it as something other than a yes.
import { expect } from 'chai';
import { understandingFor } from '../../../tools/sim/nlu/index.js';
import type { ReplayFile } from '../../../tools/sim/replay.js';
import { replayConversation } from '../../../tools/sim/simulation.js';
import { PLATFORMS, servedLocales, type Platform } from '../../../tools/sim/skill-models.js';
import type { TurnRecord } from '../../../tools/sim/transcript.js';
import { demoSeedData } from '../../../lambda/store/seed.js';
import { phrasesOn } from '../../support/speech.js';

interface Said {
  open: string;
  /** Two products of the demo shopper's history in one sentence, and what the read-back must name of each. */
  twoProducts: string;
  both: [RegExp, RegExp];
  /** The shopper's clear yes. */
  yes: string;
  /** Fillers and hesitations: no consent. */
  fillers: string[];
  /** A yes that carries a number, and one that carries a product: no consent either. */
  yesWithNumber: string;
  yesWithProduct: string;
  /** A loose name two products fit ("which one?"), and the answer that picks the decaf pods. */
  loose: string;
  pickDecaf: string;
  decaf: RegExp;
  /** "I want to return …": a return, never a reorder. */
  giveBack: string;
  /** A known product and one never sold, in one sentence; and the unknown one as the answer must name it. */
  withUnknown: string;
  unknown: RegExp;
  /** Leaving while a cart waits. */
  stop: string;
  /** "Where is my order", asked while a cart waits. */
  whereIsIt: string;
  /** "Reorder my last order": the demo shopper's last order is still on its way. */
  reorderLast: string;
  /** Everyday assistant requests: the fallback. */
  outOfDomain: string[];
}

const SAID: Record<string, Said> = {
  en: {
    open: 'open northwind market', twoProducts: 'reorder the coffee beans and the oat milk', both: [/coffee beans/, /oat milk/], withUnknown: 'reorder the coffee beans and the garden hose', unknown: /garden hose/, stop: 'stop', yes: 'yes',
    fillers: ['hm', 'um'], yesWithNumber: 'yes make it a hundred', yesWithProduct: 'yes the oat milk',
    loose: 'reorder the coffee', pickDecaf: 'the decaf pods', decaf: /decaf/, giveBack: 'I want to return the coffee beans', whereIsIt: 'where is my order',
    reorderLast: 'reorder my last order',
    outOfDomain: ['set an alarm for seven tomorrow', 'what is the weather like', 'play some music', 'set a timer for ten minutes', 'find my phone'],
  },
  de: {
    open: 'öffne northwind market', twoProducts: 'bestell die kaffeebohnen und die hafermilch nach', both: [/Kaffeebohnen/, /Hafermilch/], withUnknown: 'bestell die kaffeebohnen und den gartenschlauch nach', unknown: /[Gg]artenschlauch/, stop: 'stopp', yes: 'ja',
    fillers: ['äh', 'hm'], yesWithNumber: 'ja mach hundert draus', yesWithProduct: 'ja die hafermilch',
    loose: 'bestell den kaffee nach', pickDecaf: 'die entkoffeinierten kapseln', decaf: /entkoffeiniert/, giveBack: 'ich möchte die kaffeebohnen zurückschicken', whereIsIt: 'wo ist meine bestellung',
    reorderLast: 'bestell meine letzte bestellung nach',
    outOfDomain: ['zeige alle wecker', 'wie wird das wetter morgen', 'spiel musik', 'stell einen timer auf zehn minuten', 'ruf mama an'],
  },
  it: {
    open: 'apri northwind market', twoProducts: "riordina il caffè in grani e il latte d'avena", both: [/caffè in grani/, /latte d'avena/], withUnknown: 'riordina il caffè in grani e il tubo da giardino', unknown: /tubo da giardino/, stop: 'stop', yes: 'sì',
    fillers: ['ehm', 'mah'], yesWithNumber: 'sì fanne cento', yesWithProduct: "sì il latte d'avena",
    loose: 'riordina il caffè', pickDecaf: 'le capsule decaffeinate', decaf: /decaffeinato/, giveBack: 'vorrei restituire il caffè in grani', whereIsIt: "dov'è il mio ordine",
    reorderLast: 'riordina il mio ultimo ordine',
    outOfDomain: ['metti una sveglia alle sette', 'che tempo fa domani', 'metti un po\' di musica', 'imposta un timer di dieci minuti', 'chiama la mamma'],
  },
  ja: {
    open: 'ノースウィンドマーケットを開いて', twoProducts: 'コーヒー豆とオーツミルクをまた注文して', both: [/コーヒー豆/, /オーツミルク/], withUnknown: 'コーヒー豆と園芸用ホースをまた注文して', unknown: /園芸用ホース/, stop: 'ストップ', yes: 'はい',
    fillers: ['えっと', 'うーん'], yesWithNumber: 'はい百個で', yesWithProduct: 'はいオーツミルク',
    loose: 'コーヒーをまた注文して', pickDecaf: 'カフェインレスのほう', decaf: /カフェインレス/, giveBack: 'コーヒー豆を返品したい', whereIsIt: '荷物はいつ届く',
    reorderLast: '前回の注文をもう一度',
    outOfDomain: ['明日七時にアラームをかけて', '今日の天気は', '音楽をかけて', '十分のタイマーをセットして', '母に電話して'],
  },
  zh: {
    open: '打开北风商城', twoProducts: '再买一次咖啡豆和燕麦奶', both: [/咖啡豆/, /燕麦奶/], withUnknown: '再买一次咖啡豆和花园水管', unknown: /花园水管/, stop: '退出', yes: '好的',
    fillers: ['那个', '嗯'], yesWithNumber: '好的要一百个', yesWithProduct: '好的燕麦奶',
    loose: '再买点咖啡', pickDecaf: '低因的那个', decaf: /低因/, giveBack: '咖啡豆我想退货', whereIsIt: '我的订单到哪了',
    reorderLast: '把上次的订单再买一次',
    outOfDomain: ['明天早上七点叫我起床', '今天天气怎么样', '放点音乐', '设一个十分钟的计时器', '给妈妈打电话'],
  },
};

/**
 * Cells that fail today and are not this branch's to fix (the understanding belongs to the NLU work): each is
 * `locale platform rule`, with what was heard in the report. Empty when every cell holds.
 */
const KNOWN: Record<string, string> = {
  // The simulator's slot resolution gives "コーヒー" as コーヒー豆 alone, so no "which one?" is asked (the core, given the
  // bare words, asks "「コーヒー豆」と「カフェインレスのコーヒーカプセル」、どちらにしますか？").
  ...Object.fromEntries((['alexa', 'google'] as const).map((p) => [
    `ja-JP ${p} takes a product said after "which one?" ("カフェインレスのほう") as its answer`,
    '「コーヒー」 resolves to コーヒー豆 only, no "which one?" to answer',
  ])),
  // The understanding keeps only the product it knows: item 咖啡豆, no otherItem, so 花园水管 is dropped without a word
  // (the core names an unmatched otherItem: test/core/questions.test.ts).
  'zh-CN google names a product it cannot match instead of dropping it, and reads the other back ("再买一次咖啡豆和花园水管")':
    '再买一次咖啡豆和花园水管 → ReorderIntent {item: 咖啡豆}, 花园水管 not heard as otherItem',
};

const ORDER_NUMBER = /NW\d+/;

async function play(platform: Platform, locale: string, userInput: string[]): Promise<TurnRecord[]> {
  const file: ReplayFile = { path: `(dialog rules, ${locale})`, locale, userInput, expectations: [], now: '2026-11-22T10:00:00Z' };
  const { document, problems } = await replayConversation(file, { platform, locale, seed: demoSeedData(), understanding: understandingFor(platform, locale) });
  expect(problems, problems.join('\n')).to.deep.equal([]);
  return document.turns;
}

const heard = (t: TurnRecord) => `${t.user} → ${t.intent} ${JSON.stringify(t.slots)}: "${t.speech}"`;

for (const platform of PLATFORMS) {
  for (const locale of servedLocales(platform)) {
    const said = SAID[locale.slice(0, 2)];
    const hear = phrasesOn(locale, platform);
    const confirm = hear('cart.confirmQuestion');
    const cell = (rule: string, body: () => Promise<void>) => {
      const known = KNOWN[`${locale} ${platform} ${rule}`];
      if (known) it.skip(`${rule} (known defect: ${known})`, body);
      else it(rule, body);
    };

    describe(`dialog rules said aloud (${locale}, ${platform})`, () => {
      cell('counts both products of one sentence in the read-back', async () => {
        const [, readBack] = await play(platform, locale, [said.open, said.twoProducts]);
        for (const product of said.both) expect(readBack.speech, heard(readBack)).to.match(product);
        expect(readBack.speech, heard(readBack)).to.include(confirm);
      });

      for (const filler of said.fillers) {
        cell(`takes no filler ("${filler}") as a yes: asks again, keeps the cart, and a yes then goes on`, async () => {
          const [, , answer, yes] = await play(platform, locale, [said.open, said.twoProducts, filler, said.yes]);
          expect(answer.speech, heard(answer)).not.to.match(ORDER_NUMBER);
          expect(answer.endSession, heard(answer)).to.equal(false);
          expect(answer.speech, heard(answer)).to.match(/[?？]/u);
          // The cart survived: the yes now places it, or asks the voice code of a shopper who has one.
          const next = [ORDER_NUMBER.source, ...['voiceCode.ask', 'voiceCode.reprompt'].map((k) => escape(hear(k)))].join('|');
          expect(yes.speech, heard(yes)).to.match(new RegExp(next, 'u'));
        });
      }

      for (const [kind, sentence] of [['number', said.yesWithNumber], ['product', said.yesWithProduct]] as const) {
        cell(`places nothing on a yes that carries a ${kind} ("${sentence}"), and keeps a question open`, async () => {
          const [, , answer] = await play(platform, locale, [said.open, said.twoProducts, sentence]);
          expect(answer.speech, heard(answer)).not.to.match(ORDER_NUMBER);
          for (const key of ['voiceCode.ask', 'voiceCode.reprompt']) expect(answer.speech, heard(answer)).not.to.include(hear(key));
          expect(answer.endSession, heard(answer)).to.equal(false);
          expect(answer.speech, heard(answer)).to.match(/[?？]/u);
        });
      }

      cell(`takes a product said after "which one?" ("${said.pickDecaf}") as its answer`, async () => {
        const [, which, answer] = await play(platform, locale, [said.open, said.loose, said.pickDecaf]);
        expect(which.endSession, heard(which)).to.equal(false);
        expect(which.speech, heard(which)).not.to.include(confirm);
        expect(answer.speech, heard(answer)).to.match(said.decaf);
        expect(answer.speech, heard(answer)).to.include(confirm);
      });

      cell(`names a product it cannot match instead of dropping it, and reads the other back ("${said.withUnknown}")`, async () => {
        const [, answer] = await play(platform, locale, [said.open, said.withUnknown]);
        expect(answer.speech, heard(answer)).to.match(said.unknown);
        expect(answer.speech, heard(answer)).to.match(said.both[0]);
        expect(answer.endSession, heard(answer)).to.equal(false);
      });

      cell(`says the waiting cart was not placed when the shopper leaves ("${said.stop}")`, async () => {
        const [, , answer] = await play(platform, locale, [said.open, said.twoProducts, said.stop]);
        expect(answer.speech, heard(answer)).to.equal(hear('goodbye.nothingOrdered'));
        expect(answer.endSession, heard(answer)).to.equal(true);
      });

      cell(`answers "${said.whereIsIt}" while a cart waits, then says the cart still waits and asks again`, async () => {
        const [, , answer, yes] = await play(platform, locale, [said.open, said.twoProducts, said.whereIsIt, said.yes]);
        expect(answer.intent, heard(answer)).to.equal('OrderStatusIntent');
        expect(answer.endSession, heard(answer)).to.equal(false);
        expect(answer.speech, heard(answer)).to.include(hear('question.placeIt'));
        expect(yes.speech, heard(yes)).not.to.include(hear('order.cartGone'));
      });

      cell(`hears "${said.giveBack}" as a return: offers a person and reads no cart back`, async () => {
        const [, answer] = await play(platform, locale, [said.open, said.giveBack]);
        expect(answer.intent, heard(answer)).to.equal('ReturnIntent');
        expect(answer.speech, heard(answer)).not.to.include(confirm);
        expect(answer.endSession, heard(answer)).to.equal(false);
      });

      cell(`says the last order is still on its way before reading it back ("${said.reorderLast}")`, async () => {
        const [, answer] = await play(platform, locale, [said.open, said.reorderLast]);
        const note = hear('reorder.stillOnTheWay');
        expect(answer.speech, heard(answer)).to.include(note);
        expect(answer.speech.indexOf(note), heard(answer)).to.be.lessThan(answer.speech.indexOf(confirm));
      });

      for (const request of said.outOfDomain) {
        cell(`sends "${request}" to the fallback`, async () => {
          const [, answer] = await play(platform, locale, [said.open, request]);
          expect(answer.intent, heard(answer)).to.equal('AMAZON.FallbackIntent');
        });
      }
    });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
