// The simulator's slot decisions (tools/sim/nlu/slots.ts, products.ts): several products in one sentence,
// exact names, units and quantities, numbers of times; and everyday assistant requests reaching the fallback
// on the skill's own models in every locale.
import { expect } from 'chai';
import { parseSample, slotKind, type TrainingIntent, type TrainingModel } from '../../../../tools/sim/nlu/training.js';
import { FALLBACK_INTENT } from '../../../../tools/sim/nlu/types.js';
import { understandingFor } from '../../../../tools/sim/nlu/index.js';
import { Understander } from '../../../../tools/sim/nlu/understand.js';

function intent(name: string, slots: Record<string, string>, samples: string[]): TrainingIntent {
  return {
    name,
    slots: Object.entries(slots).map(([slot, type]) => ({ name: slot, kind: slotKind(type), type })),
    samples: samples.map(parseSample),
  };
}

function shopModel(): TrainingModel {
  return {
    locale: 'en-GB',
    invocationName: 'corner shop',
    intents: [
      intent('ReorderIntent', { item: 'PRODUCT', otherItem: 'PRODUCT', quantity: 'AMAZON.NUMBER' }, [
        'reorder {item}', 'reorder the {item}', 'order {quantity} {item}', 'order another {quantity} {item}', 'buy {item} again',
        'reorder the {item} and the {otherItem}', 'reorder {item} and {otherItem}', 'order the {item} again',
      ]),
      intent('OrderStatusIntent', {}, ['where is my order', 'track my parcel']),
      intent(FALLBACK_INTENT, {}, ["what's the weather like", 'set an alarm', 'play some music']),
    ],
    types: {
      PRODUCT: [
        { id: 'DISH-SOAP', name: 'washing up liquid', synonyms: ['dish soap'] },
        { id: 'LAUNDRY', name: 'laundry detergent', synonyms: ['washing liquid'] },
        { id: 'PAPER-TOWELS', name: 'kitchen roll', synonyms: ['paper towel rolls'] },
        { id: 'TOOTHPASTE', name: 'toothpaste', synonyms: [] },
        { id: 'SHAMPOO', name: 'shampoo', synonyms: [] },
      ],
    },
  };
}

describe('sim NLU slots', () => {
  const shop = new Understander(shopModel());
  const ids = (text: string) => {
    const { slots } = shop.understand(text);
    return { item: slots.item?.resolved?.id ?? slots.item?.value, otherItem: slots.otherItem?.resolved?.id ?? slots.otherItem?.value, quantity: slots.quantity?.normalized };
  };

  describe('several products in one sentence', () => {
    it('fills otherItem with the second product said after "and"', () => {
      expect(ids('reorder the shampoo and the toothpaste')).to.deep.equal({ item: 'SHAMPOO', otherItem: 'TOOTHPASTE', quantity: undefined });
    });

    it('fills item and otherItem in the order the products were said', () => {
      expect(ids('reorder the toothpaste and the shampoo')).to.deep.equal({ item: 'TOOTHPASTE', otherItem: 'SHAMPOO', quantity: undefined });
    });

    it('takes a product the catalogue lacks as the second one after "and"', () => {
      expect(ids('reorder the shampoo and the garden hose')).to.deep.equal({ item: 'SHAMPOO', otherItem: 'garden hose', quantity: undefined });
    });

    it('takes no sentence word for a second product when there is no "and" (Italian model)', () => {
      const { slots } = understandingFor('alexa', 'it-IT').understand("il latte d'avena sta finendo, mandamene tre confezioni");
      expect(slots.item?.resolved?.id).to.equal('OAT-MILK');
      expect(slots.otherItem).to.equal(undefined);
    });
  });

  describe('a number said for one of two products', () => {
    // No sample here has only the second product's number ("{item} and {otherQuantity} {otherItem}"): the number
    // still goes with the product it was said with, never with the first one (review H1).
    const twoNumbers = shopModel();
    twoNumbers.intents[0] = intent('ReorderIntent', { item: 'PRODUCT', otherItem: 'PRODUCT', quantity: 'AMAZON.NUMBER', otherQuantity: 'AMAZON.NUMBER' }, [
      'reorder {item}', 'order {quantity} {item}', 'reorder the {item} and the {otherItem}', 'order {quantity} {item} and {otherQuantity} {otherItem}',
    ]);
    const shop2 = new Understander(twoNumbers);
    const numbers = (text: string) => {
      const { slots } = shop2.understand(text);
      return { item: slots.item?.resolved?.id, quantity: slots.quantity?.normalized, otherItem: slots.otherItem?.resolved?.id, otherQuantity: slots.otherQuantity?.normalized };
    };

    it('fills otherQuantity, not quantity, with a number said right before the second product', () => {
      expect(numbers('reorder the shampoo and 3 toothpaste')).to.deep.equal({ item: 'SHAMPOO', quantity: undefined, otherItem: 'TOOTHPASTE', otherQuantity: '3' });
      expect(numbers('reorder the shampoo and the toothpaste')).to.deep.equal({ item: 'SHAMPOO', quantity: undefined, otherItem: 'TOOTHPASTE', otherQuantity: undefined });
    });

    it('keeps a number said before the first product as the first product\'s', () => {
      expect(numbers('order 2 shampoo and the toothpaste')).to.deep.equal({ item: 'SHAMPOO', quantity: '2', otherItem: 'TOOTHPASTE', otherQuantity: undefined });
      expect(numbers('order 2 shampoo and 3 toothpaste')).to.deep.equal({ item: 'SHAMPOO', quantity: '2', otherItem: 'TOOTHPASTE', otherQuantity: '3' });
    });

    it('does the same in phrasings no sample has, on the German, Japanese and Chinese models', () => {
      const second = (platform: 'alexa' | 'google', locale: string, text: string) => {
        const { slots } = understandingFor(platform, locale).understand(text);
        return [slots.quantity?.normalized, slots.otherQuantity?.normalized];
      };
      expect(second('google', 'de-DE', 'ich hätte gern die hafermilch und zwei kaffeebohnen')).to.deep.equal([undefined, '2']);
      expect(second('alexa', 'ja-JP', 'オーツミルクとコーヒー豆を二袋ください')).to.deep.equal([undefined, '2']);
      // The count right after the first product is the first's in Japanese: "コーヒー豆を3袋とオーツミルク".
      expect(second('google', 'ja-JP', 'コーヒー豆を3袋とオーツミルクをください')).to.deep.equal(['3', undefined]);
      expect(second('google', 'zh-CN', '我要燕麦奶和两袋咖啡豆吧')).to.deep.equal([undefined, '2']);
    });
  });

  describe('product names, units and quantities', () => {
    it('resolves a name said exactly before a looser match ("washing up liquid" is not "washing liquid")', () => {
      expect(ids('reorder the washing up liquid').item).to.equal('DISH-SOAP');
    });

    it('keeps the quantity and its unit out of the product', () => {
      expect(ids('order another two bottles of washing up liquid')).to.deep.equal({ item: 'DISH-SOAP', otherItem: undefined, quantity: '2' });
    });

    it('reads a unit alone as no product ("rolls" is not the kitchen roll)', () => {
      expect(ids('order four rolls of toothpaste')).to.deep.equal({ item: 'TOOTHPASTE', otherItem: undefined, quantity: '4' });
    });

    it('reads "Säcke" before a product as its unit on the German model', () => {
      const { slots } = understandingFor('google', 'de-DE').understand('ich hätte gern wieder zwei Säcke Katzenfutter');
      expect(slots.item?.resolved?.id).to.equal('Katzenfutter');
      expect(slots.otherItem).to.equal(undefined);
      expect(slots.quantity?.normalized).to.equal('2');
    });
  });

  describe('a number taken back', () => {
    it('takes the other number when one is taken back ("six, not three", "sechs statt drei")', () => {
      expect(understandingFor('alexa', 'en-GB').understand('sorry, I meant six, not three').slots.quantity?.normalized).to.equal('6');
      expect(understandingFor('google', 'de-DE').understand('ähm, sechs statt drei bitte').slots.quantity?.normalized).to.equal('6');
      expect(understandingFor('alexa', 'it-IT').understand('metti sei invece di tre').slots.quantity?.normalized).to.equal('6');
    });
  });

  describe('numbers of times', () => {
    it('reads "once more" and "one more time" as no quantity', () => {
      expect(ids('order the toothpaste again once more').quantity).to.equal(undefined);
      expect(ids('buy shampoo again one more time').quantity).to.equal(undefined);
      expect(ids('order 3 toothpaste').quantity).to.equal('3');
    });

    it('reads "einmal alles wie beim letzten Einkauf" as no quantity on the German model', () => {
      const result = understandingFor('alexa', 'de-DE').understand('einmal alles wie beim letzten Einkauf bitte');
      expect(result.intent).to.equal('ReorderIntent');
      expect(result.slots.quantity).to.equal(undefined);
    });
  });

  describe('everyday assistant requests on the skill\'s models', () => {
    const requests: Record<string, string[]> = {
      'de-DE': ['zeige alle wecker', 'erinnere mich morgen an den zahnarzttermin', 'wie wird das wetter am wochenende', 'ruf papa an', 'mein handy ist weg kannst du es klingeln lassen'],
      'en-US': ['show me all my alarms', 'set a timer for twelve minutes', 'find a thai restaurant near me', 'what movies are playing tonight', "i can't find my phone"],
      'en-GB': ['show me all my alarms', 'remind me to put the bins out tonight', 'play some radio two', 'ring mum', "i've lost my phone"],
      'it-IT': ['mostrami tutte le sveglie', 'imposta un timer di dodici minuti', 'trova una pizzeria qui vicino', 'chiama la mamma', 'non trovo più il telefono'],
      'ja-JP': ['アラームを全部見せて', '明日七時に起こして', '週末の天気はどう', 'お母さんに電話して', 'スマホをなくしちゃった'],
      'zh-CN': ['显示所有闹钟', '设一个十二分钟的计时器', '今晚电影院有什么电影', '给妈妈打电话', '我的手机找不到了'],
    };
    for (const [locale, texts] of Object.entries(requests)) {
      for (const platform of locale === 'zh-CN' ? ['google' as const] : ['alexa' as const, 'google' as const]) {
        it(`answers them with the fallback in ${locale} on ${platform}`, () => {
          const u = understandingFor(platform, locale);
          for (const text of texts) expect(u.understand(text).intent, text).to.equal(FALLBACK_INTENT);
        });
      }
    }
  });
});
