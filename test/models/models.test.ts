import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { alexaSources, compileAlexaModel, serializeModel } from '../../tools/models/alexa.js';
import { catalogueProblems } from '../../tools/models/catalogue.js';
import { loadModelSources } from '../../tools/models/load.js';
import { ALEXA_MODELS_DIR, ROOT_DIR } from '../../tools/models/paths.js';
import { SLOT_REFERENCE, parseModelSource, slotsInSample, type ModelSource } from '../../tools/models/source.js';

const sources: ModelSource[] = await loadModelSources();
const found = sources.find((s) => s.locale === 'en-US');
if (!found) throw new Error('models/en-US.json is missing: every locale is compared with it');
const reference: ModelSource = found;
/** Alexa has no zh-CN: only these get an interaction model and a place in skill.json. */
const alexa = alexaSources(sources);
const googleOnly = sources.filter((s) => !alexa.includes(s));

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function slotShape(intent: ModelSource['intents'][number]): Map<string, string> {
  return new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
}

/** A sample as the recogniser sees it: words, with each slot replaced by its type. */
function sampleShape(sample: string, slots: Map<string, string>): string {
  return normalize(sample.replace(SLOT_REFERENCE, (_, name: string) => `{${slots.get(name) ?? name}}`));
}

function sampleToRegExp(sample: string): RegExp {
  const parts = normalize(sample).split(SLOT_REFERENCE);
  // split with a capture group alternates literal text and slot names
  const pattern = parts.map((part, i) => (i % 2 === 1 ? '(.+?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${pattern}$`, 'u');
}

describe('language models', () => {
  describe('generated Alexa interaction models', () => {
    for (const source of alexa) {
      it(`skill/interactionModels/custom/${source.locale}.json is what models/${source.locale}.json compiles to`, async () => {
        const path = join(ALEXA_MODELS_DIR, `${source.locale}.json`);
        const written = await readFile(path, 'utf8').catch(() => null);
        const expected = serializeModel(compileAlexaModel(source));
        expect(written === expected, `${path} is missing or stale: run \`npm run models\``).to.equal(true);
      });
    }

    for (const source of googleOnly) {
      it(`has no interaction model for ${source.locale}, which Alexa does not serve`, async () => {
        const written = await readFile(join(ALEXA_MODELS_DIR, `${source.locale}.json`), 'utf8').catch(() => null);
        expect(written).to.equal(null);
      });
    }

    it('compiles the models without platforms and those that list alexa, not the others', () => {
      const model = (locale: string, platforms?: ('alexa' | 'google')[]) => parseModelSource({
        locale, invocationName: 'test shop', intents: [{ name: 'AMAZON.StopIntent' }], types: [], ...(platforms ? { platforms } : {}),
      });
      const chosen = alexaSources([model('en-US'), model('de-DE', ['alexa', 'google']), model('zh-CN', ['google'])]);
      expect(chosen.map((s) => s.locale)).to.deep.equal(['en-US', 'de-DE']);
    });

    it('rejects a platform it does not know', () => {
      expect(() => parseModelSource({ locale: 'en-US', platforms: ['siri'], invocationName: 'x', intents: [{ name: 'A' }], types: [] }, 'models/en-US.json'))
        .to.throw(/models\/en-US\.json: invalid field platforms\.0/);
    });

    it('compiles slots, samples and type values into the Alexa schema', () => {
      const compiled = compileAlexaModel({
        locale: 'en-US',
        invocationName: 'test shop',
        intents: [
          { name: 'RemoveItemIntent', slots: [{ name: 'item', type: 'PRODUCT' }], samples: ['remove the {item}'] },
          { name: 'AMAZON.FallbackIntent' },
        ],
        types: [{ name: 'PRODUCT', values: [{ id: 'OAT-MILK', name: 'oat milk', synonyms: ['oat drink'] }, { id: 'EGGS', name: 'eggs' }] }],
      });
      expect(compiled.interactionModel.languageModel).to.deep.equal({
        invocationName: 'test shop',
        intents: [
          { name: 'RemoveItemIntent', slots: [{ name: 'item', type: 'PRODUCT' }], samples: ['remove the {item}'] },
          { name: 'AMAZON.FallbackIntent', samples: [] },
        ],
        types: [{ name: 'PRODUCT', values: [
          { id: 'OAT-MILK', name: { value: 'oat milk', synonyms: ['oat drink'] } },
          { id: 'EGGS', name: { value: 'eggs' } },
        ] }],
      });
    });
  });

  for (const source of sources) {
    describe(`${source.locale} model`, () => {
      it('has the intents and slots of the intent catalogue (lambda/core/intents/catalog.ts), no more', () => {
        expect(catalogueProblems(source)).to.deep.equal([]);
      });

      it('has the same intents and slots as en-US', () => {
        const shape = (s: ModelSource) => Object.fromEntries(s.intents.map((i) => [i.name, [...slotShape(i)].sort()]));
        expect(shape(source)).to.deep.equal(shape(reference));
      });

      it('declares every custom slot type it uses, and shares product ids with en-US', () => {
        const declared = new Set(source.types.map((t) => t.name));
        for (const intent of source.intents) {
          for (const slot of intent.slots ?? []) {
            if (!slot.type.startsWith('AMAZON.')) expect(declared.has(slot.type), `${intent.name}.${slot.name}: type ${slot.type}`).to.equal(true);
          }
        }
        const ids = (s: ModelSource) => s.types.find((t) => t.name === 'PRODUCT')?.values.map((v) => v.id).sort();
        expect(ids(source)).to.deep.equal(ids(reference));
      });

      it('refers only to declared slots in its samples, each at most once', () => {
        for (const intent of source.intents) {
          const declared = slotShape(intent);
          for (const sample of intent.samples ?? []) {
            const used = slotsInSample(sample);
            for (const name of used) expect(declared.has(name), `${intent.name}: "${sample}" uses undeclared {${name}}`).to.equal(true);
            expect(new Set(used).size, `${intent.name}: "${sample}" repeats a slot`).to.equal(used.length);
            const stray = sample.replace(SLOT_REFERENCE, '');
            expect(/[{}]/.test(stray), `${intent.name}: "${sample}" has a stray brace`).to.equal(false);
          }
        }
      });

      it('has no sample twice, within an intent or across intents', () => {
        const seen = new Map<string, string>();
        for (const intent of source.intents) {
          const slots = slotShape(intent);
          for (const sample of intent.samples ?? []) {
            const key = sampleShape(sample, slots);
            const owner = seen.get(key);
            expect(owner, `"${sample}" in ${intent.name} duplicates a sample of ${owner}`).to.equal(undefined);
            seen.set(key, intent.name);
          }
        }
      });

      it('writes numbers as words and uses no punctuation but apostrophes and periods', () => {
        for (const intent of source.intents) {
          for (const sample of intent.samples ?? []) {
            const text = sample.replace(SLOT_REFERENCE, '');
            expect(/[0-9０-９]/u.test(text), `${intent.name}: "${sample}" has a digit`).to.equal(false);
            expect(/[^\p{L}\p{M}\s'.]/u.test(text), `${intent.name}: "${sample}" has punctuation`).to.equal(false);
          }
        }
      });

      it('gives every custom intent enough samples, and the fallback out-of-domain requests without slots', () => {
        for (const intent of source.intents) {
          if (intent.name === 'AMAZON.FallbackIntent') {
            expect(intent.samples ?? [], 'out-of-domain samples').to.have.length.of.at.least(20);
            for (const sample of intent.samples ?? []) expect(slotsInSample(sample), sample).to.deep.equal([]);
          } else if (!intent.name.startsWith('AMAZON.')) expect(intent.samples ?? [], intent.name).to.have.length.of.at.least(20);
        }
      });
    });
  }

  describe('skill manifest', () => {
    const connectors = ['to', 'und', 'di', 'で', 'に', 'を開いて', 'を起動して'];

    it('publishes exactly the locales that have an Alexa model', async () => {
      const skill = JSON.parse(await readFile(join(ROOT_DIR, 'skill', 'skill.json'), 'utf8'));
      const expected = alexa.map((s) => s.locale).sort();
      expect(Object.keys(skill.manifest.publishingInformation.locales).sort(), 'skill.json publishingInformation.locales').to.deep.equal(expected);
      expect(Object.keys(skill.manifest.privacyAndCompliance.locales).sort(), 'skill.json privacyAndCompliance.locales').to.deep.equal(expected);
    });

    it('lists example phrases the model can understand', async () => {
      const skill = JSON.parse(await readFile(join(ROOT_DIR, 'skill', 'skill.json'), 'utf8'));
      for (const source of alexa) {
        const phrases = skill.manifest.publishingInformation.locales[source.locale].examplePhrases as string[];
        expect(phrases, `${source.locale} example phrases`).to.have.length.of.at.least(1);
        const invocation = normalize(source.invocationName);
        // a sample that is nothing but a slot ("{code}") would match any phrase: leave those out
        const samples = source.intents
          .flatMap((i) => i.samples ?? [])
          .filter((sample) => sample.replace(SLOT_REFERENCE, '').trim() !== '')
          .map(sampleToRegExp);
        for (const phrase of phrases) {
          const text = normalize(phrase.replace(/[,.!?、。]/g, ' '));
          const at = text.indexOf(invocation);
          expect(at, `${source.locale}: "${phrase}" names the invocation "${source.invocationName}"`).to.be.at.least(0);
          let rest = text.slice(at + invocation.length).trim();
          const connector = connectors.find((c) => rest === c || rest.startsWith(`${c} `) || (/^\P{Script=Latin}/u.test(c) && rest.startsWith(c)));
          if (connector) rest = rest.slice(connector.length).trim();
          if (rest === '') continue; // a plain launch: "Alexa, open …"
          expect(samples.some((re) => re.test(rest)), `${source.locale}: "${phrase}" -> "${rest}" matches no sample`).to.equal(true);
        }
      }
    });
  });
});
