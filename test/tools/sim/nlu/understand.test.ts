// The simulator's understanding (tools/sim/nlu/understand.ts) on small hand-made models: paraphrases,
// product synonyms, numbers and codes, out-of-domain speech, unspaced Japanese and bad input.
import { expect } from 'chai';
import { parseSample, slotKind, type TrainingIntent, type TrainingModel } from '../../../../tools/sim/nlu/training.js';
import { FALLBACK_INTENT, type Understanding } from '../../../../tools/sim/nlu/types.js';
import { understandingFor } from '../../../../tools/sim/nlu/index.js';
import { MIN_CONFIDENCE, Understander } from '../../../../tools/sim/nlu/understand.js';

function intent(name: string, slots: Record<string, string>, samples: string[]): TrainingIntent {
  return {
    name,
    slots: Object.entries(slots).map(([slot, type]) => ({ name: slot, kind: slotKind(type), type })),
    samples: samples.map(parseSample),
  };
}

function englishModel(): TrainingModel {
  return {
    locale: 'en-US',
    invocationName: 'corner shop',
    intents: [
      intent('ReorderIntent', { item: 'PRODUCT', quantity: 'AMAZON.NUMBER' }, ['reorder {item}', 'reorder the {item}', 'order {quantity} {item}', 'order more {item}', 'buy {item} again']),
      intent('OrderStatusIntent', {}, ['where is my order', 'where is my package', 'track my order', 'when will my order arrive']),
      intent('CancelOrderIntent', {}, ['cancel my order', 'cancel the order', 'stop my order']),
      intent('VoiceCodeIntent', { code: 'AMAZON.FOUR_DIGIT_NUMBER' }, ['my code is {code}', 'the code is {code}', 'code {code}']),
      intent('AMAZON.HelpIntent', {}, ['what can i say', 'help me', 'how does this work']),
      intent(FALLBACK_INTENT, {}, ["what's the weather like", 'will it rain tomorrow', 'tell me a joke', 'play some music', 'order a taxi', 'cancel my netflix subscription']),
    ],
    types: {
      PRODUCT: [
        { id: 'SKU-COFFEE', name: 'coffee beans', synonyms: ['espresso beans', 'coffee'] },
        { id: 'SKU-OAT', name: 'oat milk', synonyms: ['oat drink'] },
        { id: 'SKU-TP', name: 'toilet paper', synonyms: ['loo roll', 'bathroom tissue'] },
      ],
    },
  };
}

function italianModel(): TrainingModel {
  return {
    locale: 'it-IT',
    invocationName: 'bottega',
    intents: [
      intent('ReorderIntent', { item: 'PRODUCT', quantity: 'AMAZON.NUMBER' }, ['riordina {item}', 'riordina il {item}', 'ordina di nuovo {item}', 'ordina {quantity} {item}']),
      intent('OrderStatusIntent', {}, ["dov'è il mio ordine", 'quando arriva il mio ordine', 'traccia il mio pacco']),
      intent('CancelOrderIntent', {}, ['annulla il mio ordine', "cancella l'ordine"]),
      intent('VoiceCodeIntent', { code: 'AMAZON.FOUR_DIGIT_NUMBER' }, ['il mio codice è {code}', 'codice {code}']),
      intent(FALLBACK_INTENT, {}, ['che tempo fa', 'raccontami una barzelletta', 'metti della musica']),
    ],
    types: {
      PRODUCT: [
        { id: 'SKU-COFFEE', name: 'caffè in grani', synonyms: ['caffè'] },
        { id: 'SKU-OAT', name: 'latte di avena', synonyms: ['bevanda di avena'] },
      ],
    },
  };
}

function japaneseModel(): TrainingModel {
  return {
    locale: 'ja-JP',
    invocationName: 'まちのみせ',
    intents: [
      intent('ReorderIntent', { item: 'PRODUCT', quantity: 'AMAZON.NUMBER' }, ['{item}を再注文して', '{item}をもう一度注文して', '{item}をまた買いたい', '{item}を{quantity}個注文して']),
      intent('OrderStatusIntent', {}, ['注文はどこ', '荷物はいつ届く', '注文の状況を教えて']),
      intent('CancelOrderIntent', {}, ['注文をキャンセルして', '注文を取り消して']),
      intent(FALLBACK_INTENT, {}, ['今日の天気は', '音楽をかけて', '面白い話をして']),
    ],
    types: {
      PRODUCT: [
        { id: 'SKU-COFFEE', name: 'コーヒー豆', synonyms: ['コーヒー'] },
        { id: 'SKU-OAT', name: 'オーツミルク', synonyms: ['オーツ麦ミルク'] },
        { id: 'SKU-BANANA', name: 'バナナ', synonyms: [] },
      ],
    },
  };
}

describe('sim NLU understand', () => {
  const en = new Understander(englishModel());
  const it_ = new Understander(italianModel());
  const ja = new Understander(japaneseModel());

  it('exposes the locale and invocation name of its model', () => {
    expect(en.locale).to.equal('en-US');
    expect(en.invocationName).to.equal('corner shop');
    expect(ja.invocationName).to.equal('まちのみせ');
  });

  describe('intents', () => {
    it('resolves a sample said word for word with full confidence', () => {
      expect(en.understand('where is my order')).to.deep.equal({ intent: 'OrderStatusIntent', slots: {}, confidence: 1 });
      expect(en.understand('what can i say')).to.deep.equal({ intent: 'AMAZON.HelpIntent', slots: {}, confidence: 1 });
    });

    it('resolves a paraphrase wrapped in fillers and politeness to the sample\'s intent', () => {
      const result = en.understand('um could you please reorder the oat milk for me');
      expect(result.intent).to.equal('ReorderIntent');
      expect(result.slots).to.deep.equal({ item: { value: 'oat milk', resolved: { id: 'SKU-OAT', name: 'oat milk' } } });
      expect(result.confidence).to.be.within(MIN_CONFIDENCE, 0.99);
      expect(en.understand('hey where is my order now').intent).to.equal('OrderStatusIntent');
      expect(en.understand('cancel my order please').intent).to.equal('CancelOrderIntent');
      expect(it_.understand('per favore annulla il mio ordine').intent).to.equal('CancelOrderIntent');
    });

    it('ignores case, punctuation and trailing emoji', () => {
      expect(en.understand('REORDER THE OAT MILK!!! 🙂').slots.item?.resolved?.id).to.equal('SKU-OAT');
      expect(en.understand('Where is my order?').intent).to.equal('OrderStatusIntent');
    });

    it('takes an inflected Italian verb as the sample\'s verb', () => {
      const result = it_.understand('riordini il caffè');
      expect(result.intent).to.equal('ReorderIntent');
      expect(result.slots.item).to.deep.equal({ value: 'caffè', resolved: { id: 'SKU-COFFEE', name: 'caffè in grani' } });
    });
  });

  describe('slots', () => {
    it('resolves a product synonym to the product\'s id and name, keeping the words as heard', () => {
      expect(en.understand('reorder the espresso beans').slots.item).to.deep.equal({
        value: 'espresso beans', resolved: { id: 'SKU-COFFEE', name: 'coffee beans' },
      });
      expect(en.understand('buy oat drink again').slots.item).to.deep.equal({
        value: 'oat drink', resolved: { id: 'SKU-OAT', name: 'oat milk' },
      });
      expect(it_.understand('riordina la bevanda di avena').slots.item?.resolved).to.deep.equal({ id: 'SKU-OAT', name: 'latte di avena' });
    });

    it('keeps accents in the value as heard while resolving the folded words', () => {
      expect(en.understand('reorder the óat mïlk').slots.item).to.deep.equal({
        value: 'óat mïlk', resolved: { id: 'SKU-OAT', name: 'oat milk' },
      });
    });

    it('normalizes a number said in words to its digits', () => {
      const result = en.understand('order three oat milk');
      expect(result.intent).to.equal('ReorderIntent');
      expect(result.slots.quantity).to.deep.equal({ value: 'three', normalized: '3' });
      expect(result.slots.item?.resolved?.id).to.equal('SKU-OAT');
      expect(en.understand('order twenty four coffee').slots.quantity).to.deep.equal({ value: 'twenty four', normalized: '24' });
      expect(en.understand('order 3 oat milk').slots.quantity).to.deep.equal({ value: '3', normalized: '3' });
      expect(it_.understand('ordina tre caffè').slots.quantity).to.deep.equal({ value: 'tre', normalized: '3' });
    });

    it('fills a four-digit code said digit by digit', () => {
      expect(en.understand('my code is four three two one')).to.deep.equal({
        intent: 'VoiceCodeIntent', slots: { code: { value: 'four three two one', normalized: '4321' } }, confidence: 1,
      });
      expect(en.understand('the code is oh four oh seven').slots.code).to.deep.equal({ value: 'oh four oh seven', normalized: '0407' });
      expect(en.understand('code 1 2 3 4').slots.code).to.deep.equal({ value: '1 2 3 4', normalized: '1234' });
      expect(it_.understand('il mio codice è quattro tre due uno').slots.code).to.deep.equal({ value: 'quattro tre due uno', normalized: '4321' });
    });

    it('takes four digits said with a polite ending for the voice code, not for the yes the ending alone would be', () => {
      // On the skill's own Japanese model: "お願いします" alone is a yes.
      const result = understandingFor('alexa', 'ja-JP').understand('七七〇一でお願いします');
      expect(result.intent).to.equal('VoiceCodeIntent');
      expect(result.slots.code?.normalized).to.equal('7701');
    });

    it('hears a code read out in pairs of digits as the code', () => {
      expect(en.understand('my code is forty three seventeen').slots.code?.normalized).to.equal('4317');
      expect(en.understand('the code is twelve oh five').slots.code?.normalized).to.equal('1205');
      expect(en.understand('the code is 8520').slots.code?.normalized).to.equal('8520');
      expect(en.understand('order two hundred coffee beans').slots.code).to.equal(undefined);
    });

    it('hears "double four" as two fours and "nought" as zero', () => {
      expect(en.understand('my code is double four nine nought').slots.code?.normalized).to.equal('4490');
    });

    it('keeps "null null" style repeated digits, though it says a repeated word once', () => {
      expect(en.understand('my code is one one two two').slots.code?.normalized).to.equal('1122');
      expect(en.understand('cancel cancel my order').intent).to.equal('CancelOrderIntent');
    });

    // Bug in tools/sim/nlu: counter words (words.ts COUNTERS: roll, bags, can, box…) are turned into one
    // counter token before slot spans are chosen, so a product name containing one loses that word from the
    // slot value as heard: "reorder the loo roll" gives item.value "loo" (resolved to toilet paper), where
    // Alexa reports "loo roll". Same for "kitchen roll" -> "kitchen", "bin bags" -> "bin", "soup can" -> "soup".
    it('keeps a counter word that is part of a product name in the slot value (bug: "reorder the loo roll" -> value "loo")', () => {
      expect(en.understand('reorder the loo roll').slots.item).to.deep.equal({
        value: 'loo roll', resolved: { id: 'SKU-TP', name: 'toilet paper' },
      });
    });

    // Bug in tools/sim/nlu/words.ts digitsOf (and lambda/core/language/quantity.ts parseQuantity): digit
    // and number words are looked up in plain objects, so an inherited key such as "constructor" is taken as
    // a digit: "my code is constructor" gives VoiceCodeIntent with code.normalized
    // "function Object() { [native code] }", and "order constructor oat milk" a quantity of the same.
    it('does not take an Object.prototype key for a digit (bug: "my code is constructor")', () => {
      const code = en.understand('my code is constructor').slots.code;
      expect(code?.normalized ?? '').to.match(/^\d*$/);
      const quantity = en.understand('order constructor oat milk').slots.quantity;
      expect(quantity?.normalized ?? '').to.match(/^\d*$/);
    });
  });

  describe('slots the matching sample has no place for', () => {
    const model = englishModel();
    model.intents = model.intents.map((i) => (i.name === 'OrderStatusIntent'
      ? intent('OrderStatusIntent', { item: 'PRODUCT' }, ['where is my order', 'where is my package', 'track my order', 'when will my order arrive'])
      : i));
    const withStatusItem = new Understander(model);

    it('fills a product named elsewhere in the sentence, as an entity recogniser does', () => {
      const result = withStatusItem.understand('where is my order with the oat milk');
      expect(result.intent).to.equal('OrderStatusIntent');
      expect(result.slots.item?.resolved?.id).to.equal('SKU-OAT');
    });

    it('fills the one number said when the sample has no place for it', () => {
      const result = en.understand('buy the oat milk again three packs');
      expect(result.intent).to.equal('ReorderIntent');
      expect(result.slots.quantity?.normalized).to.equal('3');
    });

    it('leaves fillers and articles at the edges of a product out of its value', () => {
      expect(en.understand('reorder the oat milk please').slots.item?.value).to.equal('oat milk');
    });

    it('leaves the sentence\'s own words out of a known product\'s value too', () => {
      // On the skill's own German model, where "nochmal" alone is a training phrase and so no filler.
      const item = understandingFor('alexa', 'de-DE').understand('bestell nochmal die kaffeebohnen').slots.item;
      expect(item).to.deep.equal({ value: 'kaffeebohnen', resolved: { id: 'COFFEE-BEANS', name: 'Kaffeebohnen' } });
    });

    it('fills the first product slot, not the second, when one product is said', () => {
      const result = understandingFor('alexa', 'de-DE').understand('bestell vier Packungen Hafermilch nach');
      expect(result.intent).to.equal('ReorderIntent');
      expect(result.slots.item?.resolved?.id).to.equal('OAT-MILK');
      expect(result.slots.otherItem).to.equal(undefined);
    });

    it('leaves the sentence\'s own words out of an unknown product, and fills nothing when only they are left', () => {
      const garden = en.understand('reorder the garden hose again');
      expect(garden.intent).to.equal('ReorderIntent');
      expect(garden.slots.item).to.deep.equal({ value: 'garden hose' });
      const nothing = en.understand('reorder my order again');
      expect(nothing.intent).to.equal('ReorderIntent');
      expect(nothing.slots.item).to.equal(undefined);
    });
  });

  describe('fallback', () => {
    it('answers the fallback intent for a sentence on an unknown topic, with low confidence', () => {
      for (const [u, text] of [[en, 'what is the capital of mongolia'], [it_, 'qual è la capitale della mongolia'], [ja, '東京タワーの高さを知りたいです']] as const) {
        const result = u.understand(text);
        expect(result.intent, text).to.equal(FALLBACK_INTENT);
        expect(result.slots, text).to.deep.equal({});
        expect(result.confidence, text).to.be.below(MIN_CONFIDENCE);
      }
    });

    it('answers the fallback intent for a request closest to an out-of-domain sample', () => {
      for (const [u, text] of [[en, 'will it rain on friday'], [it_, 'che tempo fa domani'], [ja, '今日の天気はどう']] as const) {
        const result = u.understand(text);
        expect(result.intent, text).to.equal(FALLBACK_INTENT);
        // The fallback sample fitted well: the confidence is that fit, not a failure to fit anything.
        expect(result.confidence, text).to.be.above(0.8);
      }
    });

    it('answers the fallback intent for in-domain words that an out-of-domain sample says', () => {
      const taxi = en.understand('please order me a taxi');
      expect(taxi.intent).to.equal(FALLBACK_INTENT);
      expect(taxi.confidence).to.be.above(0.9);
      const netflix = en.understand('cancel my netflix subscription please');
      expect(netflix.intent).to.equal(FALLBACK_INTENT);
      expect(en.understand('please cancel my order').intent).to.equal('CancelOrderIntent');
    });

    it('answers the fallback intent with less confidence when no out-of-domain sample is near', () => {
      const model = englishModel();
      model.intents = model.intents.filter((i) => i.name !== FALLBACK_INTENT);
      const withoutNegatives = new Understander(model).understand('please order me a taxi');
      expect(withoutNegatives.intent).to.equal(FALLBACK_INTENT);
      expect(withoutNegatives.confidence).to.be.below(en.understand('please order me a taxi').confidence);
    });
  });

  describe('Japanese without spaces', () => {
    it('answers the fallback intent for letters the models never write together', () => {
      expect(ja.understand('ぴよぴよぽんぽこ').intent).to.equal(FALLBACK_INTENT);
    });

    it('takes a counter letter for a counter only after a number', () => {
      const model = japaneseModel();
      model.types.PRODUCT.push({ id: 'SKU-BAGS', name: '紙袋', synonyms: [] });
      const withBags = new Understander(model);
      expect(withBags.understand('紙袋をまた買いたい').slots.item?.resolved?.id).to.equal('SKU-BAGS');
      expect(withBags.understand('オーツミルクを三袋注文して').slots.quantity?.normalized).to.equal('3');
    });

    it('keeps a letter said twice in a row: バナナ is not バナ', () => {
      const result = ja.understand('バナナをまた買いたいな');
      expect(result.intent).to.equal('ReorderIntent');
      expect(result.slots.item?.resolved?.id).to.equal('SKU-BANANA');
    });


    it('resolves a request with fillers and a product synonym', () => {
      expect(ja.understand('えーと、コーヒーをもう一度注文してください')).to.deep.equal({
        intent: 'ReorderIntent', slots: { item: { value: 'コーヒー', resolved: { id: 'SKU-COFFEE', name: 'コーヒー豆' } } }, confidence: 1,
      });
    });

    it('resolves the intents without slots from their letters', () => {
      expect(ja.understand('注文はどこですか').intent).to.equal('OrderStatusIntent');
      expect(ja.understand('注文をキャンセルしてください').intent).to.equal('CancelOrderIntent');
    });

    it('fills a product and a kanji quantity', () => {
      expect(ja.understand('オーツミルクを二個注文して').slots).to.deep.equal({
        item: { value: 'オーツミルク', resolved: { id: 'SKU-OAT', name: 'オーツミルク' } },
        quantity: { value: '二', normalized: '2' },
      });
    });

    it('fills a number said before a counter though the matching sample has no place for it', () => {
      const result = ja.understand('オーツミルクを三個また買いたい');
      expect(result.intent).to.equal('ReorderIntent');
      expect(result.slots.quantity).to.deep.equal({ value: '三', normalized: '3' });
      expect(ja.understand('コーヒーをもう一度注文して').slots.quantity).to.equal(undefined);
    });

    it('leaves letters of the sentence out of a product\'s value, and fills nothing with letters the samples write', () => {
      expect(ja.understand('コーヒーをまた買いたい').slots.item?.value).to.equal('コーヒー');
      expect(ja.understand('注文をもう一度注文して').slots.item).to.equal(undefined);
    });
  });

  describe('robustness', () => {
    const bad = [
      '', ' ', '\n\t', '?!…', '🙂', '🙂🛒📦', '\u0000\u0007', '\ud800', '\u202e', '{item}', '§item §num', 'null', 'undefined',
      '__proto__', 'x'.repeat(10_000), 'reorder '.repeat(1_250), 'reorder the oat milk '.repeat(19), 'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o',
      '9999999999999999999999', 'заказать кофе', 'اطلب القهوة', '注文'.repeat(5_000),
    ];

    it('never throws on empty, emoji or 10,000-character input, and answers a well-formed understanding', () => {
      for (const u of [en, it_, ja]) {
        for (const text of bad) {
          let result: Understanding | undefined;
          expect(() => { result = u.understand(text); }, `${u.locale} ${JSON.stringify(text.slice(0, 40))}`).to.not.throw();
          expect(result!.intent).to.be.a('string');
          expect(result!.slots).to.be.an('object');
          expect(result!.confidence).to.be.within(0, 1);
        }
      }
    });

    it('answers the fallback intent with no confidence for empty, emoji-only and over-long input', () => {
      const nothing = { intent: FALLBACK_INTENT, slots: {}, confidence: 0 };
      for (const u of [en, it_, ja]) {
        for (const text of ['', '   ', '🙂🛒📦', '?!…', 'x'.repeat(10_000), 'reorder the oat milk '.repeat(19)]) {
          expect(u.understand(text), `${u.locale} ${JSON.stringify(text.slice(0, 40))}`).to.deep.equal(nothing);
        }
      }
    });

    it('answers the fallback intent for a long sentence of in-domain words', () => {
      // 45 words, under the 400-character limit: more words than any request.
      expect(en.understand('reorder the oat milk '.repeat(11) + 'now').intent).to.equal(FALLBACK_INTENT);
    });

    it('answers the same understanding from two understanders built from the same model', () => {
      const again = new Understander(englishModel());
      for (const text of ['um could you please reorder the oat milk for me', 'track my parcel', 'will it rain on friday', 'order twenty four coffee']) {
        expect(again.understand(text), text).to.deep.equal(en.understand(text));
      }
    });
  });
});
