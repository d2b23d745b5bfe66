// The Dialogflow agent is compiled from the same models/*.json as the Alexa interaction models: these
// tests keep the two from drifting apart, and keep every agent intent routable to a core handler.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { strFromU8, unzipSync } from 'fflate';
import { handlerFor } from '../../lambda/core/handlers/index.js';
import { CATALOG, HANDLER_NAMES } from '../../lambda/core/intents/catalog.js';
import { translator } from '../../lambda/core/i18n.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import { DIALOGFLOW_FALLBACK_INTENT, DIALOGFLOW_WELCOME_INTENT, dialogflowIntentName } from '../../lambda/google/dialogflow-names.js';
import { intentName } from '../../lambda/google/request.js';
import { servesPlatform, type ModelSource } from '../../tools/models/source.js';
import {
  compileDialogflowAgent, followupContext, writeDialogflowAgent, zipAgent,
  type AgentFiles, type AgentIntent, type EntityEntry, type UserSays,
} from '../../tools/models/agent/index.js';
import { serializeModel, type AlexaInteractionModel } from '../../tools/models/alexa.js';
import { loadModelSources } from '../../tools/models/load.js';
import { ALEXA_MODELS_DIR } from '../../tools/models/paths.js';

/** Which model sources feed which Dialogflow language, the one naming the entity values first. */
const LANGUAGES: Record<string, string[]> = {
  en: ['en-US', 'en-GB'], de: ['de-DE'], it: ['it-IT'], ja: ['ja-JP'], 'zh-cn': ['zh-CN'],
};

const sources: ModelSource[] = await loadModelSources();
const files: AgentFiles = compileDialogflowAgent(sources, { webhookUrl: 'https://shop.example/google', webhookUser: 'dialogflow' });
const agent = files['agent.json'] as { language: string; supportedLanguages: string[]; onePlatformApiVersion: string; webhook: Record<string, unknown> };
const intents: AgentIntent[] = Object.entries(files)
  .filter(([path]) => path.startsWith('intents/') && !path.includes('_usersays_'))
  .map(([, content]) => content as AgentIntent);
const topLevel = intents.filter((i) => !i.parentId);

function source(locale: string): ModelSource {
  const found = sources.find((s) => s.locale === locale);
  if (!found) throw new Error(`models/${locale}.json is missing`);
  return found;
}

function userSays(intent: string, lang: string): UserSays[] {
  return (files[`intents/${intent}_usersays_${lang}.json`] as UserSays[] | undefined) ?? [];
}

/** A training phrase back in the model's notation: annotated parts become `{slot}` again. */
function asSample(phrase: UserSays): string {
  return phrase.data.map((part) => (part.alias ? `{${part.alias}}` : part.text)).join('');
}

function samplesIn(lang: string, intent: string): string[] {
  return [...new Set(LANGUAGES[lang].flatMap((locale) => source(locale).intents.find((i) => i.name === intent)?.samples ?? []))];
}

function byName(name: string): AgentIntent {
  const found = intents.find((i) => i.name === name);
  if (!found) throw new Error(`the agent has no intent "${name}"`);
  return found;
}

describe('Dialogflow agent', () => {
  describe('routing', () => {
    it('has an intent for every catalogued name Dialogflow serves, the launch being the welcome intent', () => {
      const routed = new Set(intents.map((i) => intentName(i.name)));
      const missing = HANDLER_NAMES.filter((name) => CATALOG[name].platforms.includes('google') && !routed.has(name));
      expect(missing).to.deep.equal([]);
      expect(intentName(DIALOGFLOW_WELCOME_INTENT)).to.equal('LaunchRequest');
    });

    it('maps every intent, follow-ups included, to a handler through the adapter', () => {
      expect(intents.map((i) => i.name).filter((name) => !handlerFor(intentName(name)))).to.deep.equal([]);
    });

    it('sends every intent to the webhook', () => {
      expect(intents.filter((i) => !i.webhookUsed).map((i) => i.name)).to.deep.equal([]);
    });

    it('gives every intent, follow-ups included, a text of its own in each language for when the webhook is slow', () => {
      const langs = [agent.language, ...agent.supportedLanguages].sort();
      for (const intent of intents) {
        const messages = intent.responses[0].messages;
        expect(messages.map((m) => m.lang).sort(), intent.name).to.deep.equal(langs);
        for (const m of messages) {
          expect(m.type, intent.name).to.equal(0);
          expect(m.speech, `${intent.name} ${m.lang}`).to.have.length(1);
          expect(m.speech[0], `${intent.name} ${m.lang}`).to.equal(ssmlToText(translator(LANGUAGES[m.lang][0])('error.slow')));
        }
      }
    });

    it('gives every intent its own id', () => {
      expect(new Set(intents.map((i) => i.id)).size).to.equal(intents.length);
    });

    it('opens with the welcome intent on the WELCOME event and falls back to the fallback intent', () => {
      expect(byName(DIALOGFLOW_WELCOME_INTENT).events.map((e) => e.name)).to.include('WELCOME');
      const fallback = byName(DIALOGFLOW_FALLBACK_INTENT);
      expect([fallback.fallbackIntent, fallback.responses[0].action]).to.deep.equal([true, 'input.unknown']);
      expect(intents.filter((i) => i.fallbackIntent).map((i) => i.name)).to.deep.equal([DIALOGFLOW_FALLBACK_INTENT]);
    });
  });

  describe('agent.json', () => {
    it('uses the v2 webhook format, English by default and the other model languages besides', () => {
      expect(agent.onePlatformApiVersion).to.equal('v2');
      expect(agent.language).to.equal('en');
      expect(agent.supportedLanguages).to.deep.equal(['de', 'it', 'ja', 'zh-cn']);
    });

    it('points the webhook at the given URL with the given user and no password', () => {
      expect(agent.webhook).to.include({ url: 'https://shop.example/google', username: 'dialogflow', available: true, useForDomains: false });
      expect(agent.webhook).to.not.have.property('password');
    });

    it('falls back to a placeholder URL and no user name', () => {
      const plain = compileDialogflowAgent(sources)['agent.json'] as { webhook: Record<string, unknown> };
      expect(plain.webhook.url).to.equal('https://YOUR-HOST/google');
      expect(plain.webhook).to.not.have.property('username');
    });
  });

  for (const [lang, locales] of Object.entries(LANGUAGES)) {
    describe(`language ${lang} (${locales.join(', ')})`, () => {
      it('has training phrases equal to the model samples, intent by intent', () => {
        for (const intent of source(locales[0]).intents) {
          const name = dialogflowIntentName(intent.name);
          expect(userSays(name, lang).map(asSample), `${name} (${lang})`).to.deep.equal(samplesIn(lang, intent.name));
        }
      });

      // zh-CN has no Alexa model to compare with; models.test.ts holds it to en-US's intents and slots.
      for (const locale of locales.filter((l) => servesPlatform(source(l), 'alexa'))) {
        it(`has the intents and slots of the Alexa interaction model for ${locale}`, async () => {
          const agentShape = Object.fromEntries(topLevel.filter((i) => i.name !== DIALOGFLOW_WELCOME_INTENT)
            .map((i) => [intentName(i.name), i.responses[0].parameters.map((p) => p.name).sort()]));
          const model = JSON.parse(await readFile(join(ALEXA_MODELS_DIR, `${locale}.json`), 'utf8')) as AlexaInteractionModel;
          const alexaShape = Object.fromEntries(model.interactionModel.languageModel.intents
            .map((i) => [i.name, (i.slots ?? []).map((s) => s.name).sort()]));
          expect(agentShape).to.deep.equal(alexaShape);
        });
      }

      it('answers every follow-up with the yes or no phrases of the language', () => {
        for (const followUp of intents.filter((i) => i.parentId)) {
          const answer = intentName(followUp.name);
          expect(userSays(followUp.name, lang).map(asSample), followUp.name).to.deep.equal(samplesIn(lang, answer));
        }
      });

      it('has greetings for the welcome intent', () => {
        expect(userSays(DIALOGFLOW_WELCOME_INTENT, lang)).to.have.length.of.at.least(3);
      });

      it('gives no phrase to two top-level intents', () => {
        const owner = new Map<string, string>();
        for (const intent of topLevel) {
          for (const phrase of userSays(intent.name, lang).map(asSample)) {
            expect(owner.get(phrase), `"${phrase}" in ${intent.name}`).to.equal(undefined);
            owner.set(phrase, intent.name);
          }
        }
      });

      it('lists every product with its name and synonyms from each locale', () => {
        const entries = files[`entities/Product_entries_${lang}.json`] as EntityEntry[];
        const [primary, ...others] = locales.map((l) => source(l).types.find((t) => t.name === 'PRODUCT')!.values);
        expect(entries.map((e) => e.value)).to.deep.equal(primary.map((v) => v.name));
        for (const [i, entry] of entries.entries()) {
          const same = [primary[i], ...others.map((values) => values.find((v) => v.id === primary[i].id)!)];
          expect(entry.synonyms, entry.value).to.include.members(same.flatMap((v) => [v.name, ...(v.synonyms ?? [])]));
        }
      });
    });
  }

  describe('parameters', () => {
    it('declares a parameter, of the annotated entity, for every annotated part of every phrase', () => {
      for (const [path, content] of Object.entries(files)) {
        const match = /^intents\/(.+)_usersays_[a-z-]+\.json$/.exec(path);
        if (!match) continue;
        const parameters = new Map(byName(match[1]).responses[0].parameters.map((p) => [p.name, p.dataType]));
        for (const part of (content as UserSays[]).flatMap((p) => p.data).filter((d) => d.userDefined)) {
          expect(part.alias && parameters.get(part.alias), `${path}: "${part.text}" as ${part.alias}`).to.equal(part.meta);
        }
      }
    });

    it('reads products as @Product, quantities as numbers and the voice code as a digit sequence', () => {
      const types = (intent: string) => Object.fromEntries(byName(intent).responses[0].parameters.map((p) => [p.name, p.dataType]));
      expect(types('ReorderIntent')).to.deep.equal({ item: '@Product', otherItem: '@Product', quantity: '@sys.number', otherQuantity: '@sys.number' });
      expect(types('VoiceCodeIntent')).to.deep.equal({ code: '@sys.number-sequence' });
      expect(files).to.have.property('entities/Product.json');
    });
  });

  describe('follow-ups', () => {
    for (const parent of ['ReorderIntent', 'LastOrderIntent', 'CancelOrderIntent']) {
      it(`asks ${parent}'s yes/no question again through "${parent} - yes" and "${parent} - no"`, () => {
        const context = followupContext(parent);
        expect(byName(parent).responses[0].affectedContexts).to.deep.include({ name: context, parameters: {}, lifespan: 2 });
        for (const answer of ['yes', 'no']) {
          const followUp = byName(`${parent} - ${answer}`);
          expect([followUp.parentId, followUp.rootParentId, followUp.contexts]).to.deep.equal([byName(parent).id, byName(parent).id, [context]]);
        }
      });
    }
  });

  describe('zip', () => {
    let dir: string;
    before(async () => { dir = await mkdtemp(join(tmpdir(), 'agent-')); });
    after(async () => { await rm(dir, { recursive: true, force: true }); });

    it('holds agent.json, package.json and every intent file at its root', async () => {
      const { zip } = await writeDialogflowAgent({ sources, outDir: dir });
      const entries = unzipSync(new Uint8Array(await readFile(zip)));
      expect(Object.keys(entries)).to.include.members(['agent.json', 'package.json', ...intents.map((i) => `intents/${i.name}.json`)]);
      expect(Object.keys(entries).sort()).to.deep.equal(Object.keys(files).sort());
      expect(JSON.parse(strFromU8(entries['package.json']))).to.deep.equal({ version: '1.0.0' });
    });

    it('writes the same files into the folder', async () => {
      await writeDialogflowAgent({ sources, outDir: dir, webhookUrl: 'https://shop.example/google', webhookUser: 'dialogflow' });
      expect(await readFile(join(dir, 'dialogflow-agent', 'agent.json'), 'utf8')).to.equal(serializeModel(files['agent.json']));
    });
  });

  it('compiles the same bytes twice', () => {
    const again = compileDialogflowAgent(sources, { webhookUrl: 'https://shop.example/google', webhookUser: 'dialogflow' });
    expect(serializeModel(again)).to.equal(serializeModel(files));
    expect(Buffer.compare(zipAgent(again), zipAgent(files))).to.equal(0);
  });
});
