// npm run check:certification finds what the review found by hand: placeholders, example phrases and prompt
// phrases that are not sample utterances, samples the build service refuses, a read-back missing a part.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCertification, placeholderFindings } from '../../scripts/check-certification.js';
import { modelFindings } from '../../scripts/certification/model-rules.js';
import { quotedPhrases, SampleMatcher } from '../../scripts/certification/phrases.js';
import { readBackFindings } from '../../scripts/certification/read-back.js';
import type { AlexaInteractionModel } from '../../tools/models/alexa.js';
import { ROOT_DIR } from '../../tools/models/paths.js';
import { demoSeedData } from '../../lambda/store/seed.js';

const italian = JSON.parse(readFileSync(join(ROOT_DIR, 'skill/interactionModels/custom/it-IT.json'), 'utf8')) as AlexaInteractionModel;

function aModel(intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[], invocationName = 'corner shop'): AlexaInteractionModel {
  const builtIns = ['AMAZON.CancelIntent', 'AMAZON.HelpIntent', 'AMAZON.StopIntent', 'AMAZON.NavigateHomeIntent', 'AMAZON.FallbackIntent']
    .map((name) => ({ name, samples: [] as string[] }));
  return {
    interactionModel: {
      languageModel: {
        invocationName,
        intents: [...builtIns, ...intents],
        types: [{ name: 'PRODUCT', values: [{ id: 'TEA', name: { value: 'green tea', synonyms: ['tea'] } }] }],
      },
    },
  };
}

describe('certification check (scripts/check-certification.ts)', function () {
  this.timeout(60_000);

  describe('placeholders', () => {
    it('finds example domains and REPLACE markers, with their field, and not the word "your" in a text', () => {
      const found = placeholderFindings({ a: { url: 'https://example.com/x', id: 'REPLACE_WITH_ID' }, text: 'Start a return in your account', mail: 'Shop <a@shop.example>' });
      expect(found.map((f) => f.where)).to.deep.equal(['a.url', 'a.id', 'mail']);
    });
  });

  describe('phrases against sample utterances', () => {
    const matcher = new SampleMatcher(italian.interactionModel.languageModel, false, 'it');

    it('takes the it-IT phrases the review found unmodeled, now that the model has them', () => {
      expect(matcher.match('riordinare il caffè in grani')).to.include({ intent: 'ReorderIntent' });
      expect(matcher.match('riordina il caffè in grani')).to.include({ intent: 'ReorderIntent' });
      expect(matcher.match('metti il caffè in grani a tre')).to.include({ intent: 'ChangeQuantityIntent' });
    });

    it('wants a real number in a number slot and a product of the slot type in a product slot', () => {
      expect(matcher.match('metti il caffè in grani a blu')).to.equal(undefined);
      expect(matcher.match('riordina il tostapane volante')).to.equal(undefined);
    });

    it('ignores the punctuation a written prompt adds', () => {
      expect(matcher.match("Dov'è il mio ordine?")).to.include({ intent: 'OrderStatusIntent' });
    });

    it('reads the quoted phrases of a prompt in each language\'s quotation marks, not interpolations', () => {
      expect(quotedPhrases('Say "make it three" or „mach drei draus“, «fanne tre», 「はい」 or "{{name}}"'))
        .to.deep.equal(['make it three', 'mach drei draus', 'fanne tre', 'はい']);
    });
  });

  describe('interaction-model rules', () => {
    it('finds digits, a token starting with an apostrophe, stray periods and a sample in two intents', () => {
      const found = modelFindings('en-US', aModel([
        { name: 'BuyIntent', slots: [{ name: 'item', type: 'PRODUCT' }], samples: ['buy 3 {item}', "uè {item} nun 'o voglio", 'buy it now.', 'buy {item}'] },
        { name: 'OrderIntent', slots: [{ name: 'item', type: 'PRODUCT' }], samples: ['Buy {item}'] },
      ]));
      const messages = found.map((f) => `${f.where}: ${f.message}`);
      expect(messages.some((m) => m.includes('"buy 3 {item}"') && m.includes('numbers must be written as words'))).to.equal(true);
      expect(messages.some((m) => m.includes("'o") && m.includes('apostrophe'))).to.equal(true);
      expect(messages.some((m) => m.includes('buy it now.') && m.includes('periods only in abbreviations'))).to.equal(true);
      expect(messages.some((m) => m.includes('OrderIntent') && m.includes('also a sample of BuyIntent'))).to.equal(true);
    });

    it('accepts "a. m.", possessives and elisions', () => {
      expect(modelFindings('en-US', aModel([{ name: 'AlarmIntent', samples: ["set it for seven a. m.", "what's sam's order", "dov'è l'ordine"] }]))).to.deep.equal([]);
    });

    it('finds an invocation name that is capitalised, one word, or holds "skill"', () => {
      expect(modelFindings('en-US', aModel([], 'Corner Shop')).map((f) => f.message)).to.include('must be lower case');
      expect(modelFindings('en-US', aModel([], 'shop')).map((f) => f.message)).to.include('must have two words or more');
      expect(modelFindings('en-US', aModel([], 'shop skill')).map((f) => f.message)).to.include('must not contain skill');
    });

    it('finds a missing required built-in and an undeclared slot', () => {
      const model = aModel([{ name: 'BuyIntent', samples: ['buy {thing}'] }]);
      model.interactionModel.languageModel.intents = model.interactionModel.languageModel.intents.filter((i) => i.name !== 'AMAZON.NavigateHomeIntent');
      const messages = modelFindings('en-US', model).map((f) => f.message);
      expect(messages).to.include('the model lacks AMAZON.NavigateHomeIntent').and.include('{thing} is not a slot of BuyIntent');
    });
  });

  describe('the purchase read-back, held as a conversation', () => {
    it('finds nothing missing in any Alexa locale of the demo', async () => {
      expect(await readBackFindings(demoSeedData(), ['en-US', 'en-GB', 'de-DE', 'it-IT', 'ja-JP'])).to.deep.equal([]);
    });

    it('says so when a locale has no shopper to hold it with', async () => {
      const found = await readBackFindings(demoSeedData(), ['fr-FR']);
      expect(found.map((f) => f.message)).to.deep.equal(['the seed has no shopper with orders in this locale to hold the conversation with']);
    });
  });

  describe('the whole check', () => {
    it('reports only the merchant placeholders on the demo', async () => {
      const findings = await checkCertification();
      expect(findings.filter((f) => f.kind !== 'placeholder')).to.deep.equal([]);
      expect(findings.length).to.be.above(0);
    });

    it('finds an example phrase that does not open the skill first, and tokens in the testing instructions', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'merchant-'));
      try {
        const config = JSON.parse(readFileSync(join(ROOT_DIR, 'merchant.json'), 'utf8'));
        config.locales['en-US'].alexa.examplePhrases = ['Alexa, ask Northwind Market where my order is', 'Alexa, ask Northwind Market to juggle'];
        config.certification.testingInstructions = 'Use the token token-us-1.';
        const file = join(dir, 'merchant.json');
        writeFileSync(file, JSON.stringify(config));
        const messages = (await checkCertification(file)).filter((f) => f.kind === 'problem').map((f) => `${f.where}: ${f.message}`);
        expect(messages.some((m) => m.includes('examplePhrases.0') && m.includes('must open the skill'))).to.equal(true);
        expect(messages.some((m) => m.includes('examplePhrases.1') && m.includes('"juggle" is not a sample utterance'))).to.equal(true);
        expect(messages.some((m) => m.includes('access tokens (token-us-1)'))).to.equal(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
