// Answers to "which one?" (tools/sim/nlu/ordinals.ts): an ordinal ("the second one", "die zweite", "第二个") and a
// bare product ("the oat milk") come through as ReorderIntent with only the product slot, which the core's
// which-one question reads (lambda/core/questions/choose-item.ts, with lambda/core/language/ordinal.ts) and
// which its "which item should I change?" takes with the question's own action (change-which.ts), never a removal.
import { expect } from 'chai';
import { ordinalOf } from '../../../../lambda/core/language/ordinal.js';
import { understandingFor } from '../../../../tools/sim/nlu/index.js';
import { Ordinals } from '../../../../tools/sim/nlu/ordinals.js';

const fillers = new Set(['please', 'um', 'bitte', 'grazie']);
const ordinals = (lang: string) => new Ordinals(lang, (t) => fillers.has(t));

describe('ordinal answers (tools/sim/nlu/ordinals.ts)', () => {
  it('finds an ordinal said as the answer, with its "one"', () => {
    expect(ordinals('en').at(['the', 'second', 'one'], 1)).to.equal(2);
    expect(ordinals('en').at(['the', 'first', 'one', 'please'], 1)).to.equal(2);
    expect(ordinals('de').at(['die', 'zweite', 'bitte'], 1)).to.equal(1);
    expect(ordinals('it').at(['il', 'primo'], 1)).to.equal(1);
    expect(ordinals('zh').at([...'要第二个'], 1)).to.equal(3);
    expect(ordinals('ja').at([...'二番目のほう'], 0)).to.equal(6);
  });

  it('takes no ordinal that belongs to the sentence: "my last order", "wait a second", "das letzte Mal", "最後の注文"', () => {
    expect(ordinals('en').at(['my', 'last', 'order'], 1)).to.equal(0);
    expect(ordinals('en').at(['wait', 'a', 'second'], 2)).to.equal(0);
    expect(ordinals('de').at(['das', 'letzte', 'mal'], 1)).to.equal(0);
    expect(ordinals('ja').at([...'最後の注文'], 0)).to.equal(0);
  });

  it('reads the "one" after an ordinal as a pronoun, not a number', () => {
    expect(ordinals('en').pronounAt(['the', 'second', 'one'], 2)).to.equal(true);
    expect(ordinals('en').pronounAt(['make', 'it', 'one'], 2)).to.equal(false);
  });

  describe('with the models (both platforms)', () => {
    const answers: [string, string, number][] = [
      ['en-US', 'the second one', 2], ['en-GB', 'the first one', 1], ['de-DE', 'die zweite', 2], ['de-DE', 'die erste', 1],
      ['it-IT', 'la seconda', 2], ['it-IT', 'il primo', 1], ['ja-JP', '二番目', 2], ['zh-CN', '第二个', 2],
    ];
    for (const [locale, text, position] of answers) {
      for (const platform of locale === 'zh-CN' ? ['google' as const] : ['alexa' as const, 'google' as const]) {
        it(`${platform} ${locale}: "${text}" is ReorderIntent whose product slot the core reads as position ${position}, with no quantity`, () => {
          const heard = understandingFor(platform, locale).understand(text);
          expect(heard.intent).to.equal('ReorderIntent');
          expect(ordinalOf(heard.slots.item?.value, locale.slice(0, 2))).to.equal(position);
          expect(heard.slots.quantity).to.equal(undefined);
        });
      }
    }

    const products: [string, string, string][] = [
      ['en-US', 'the oat milk', 'OAT-MILK'], ['de-DE', 'die Hafermilch', 'OAT-MILK'], ['it-IT', "il latte d'avena", 'OAT-MILK'],
      ['ja-JP', 'オーツミルク', 'OAT-MILK'], ['zh-CN', '燕麦奶', 'OAT-MILK'],
    ];
    for (const [locale, text, id] of products) {
      it(`${locale}: a bare product ("${text}") answers the open question as ReorderIntent, not a removal`, () => {
        for (const platform of locale === 'zh-CN' ? ['google' as const] : ['alexa' as const, 'google' as const]) {
          const heard = understandingFor(platform, locale).understand(text);
          expect(heard.intent, platform).to.equal('ReorderIntent');
          expect(Object.keys(heard.slots), platform).to.deep.equal(['item']);
          if (platform === 'alexa') expect(heard.slots.item.resolved?.id).to.equal(id);
        }
      });
    }
  });
});
