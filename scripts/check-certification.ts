/**
 * `npm run check:certification [-- --allow-merchant-placeholders]`: everything that would fail Alexa certification or
 * the skill build service, found before submitting:
 *   - placeholders still in merchant.json (example.com, REPLACE_…), and generated files older than merchant.json;
 *   - the store listing: the first example phrase opens the skill, every example phrase names the invocation name
 *     and its request is a sample utterance; no access tokens in the testing instructions; icons; account linking
 *     outside the uploaded package;
 *   - every phrase a prompt (locales/) quotes for the shopper to say is a sample utterance, in every Alexa locale;
 *   - the chips (suggest.*) fit Messenger's 20 characters and are sample utterances, Dialogflow-only locales too;
 *   - the interaction-model character, duplicate and slot rules (scripts/certification/model-rules.ts);
 *   - the purchase read-back (seller, items, delivery, total with tax before the yes), by holding the conversation;
 *   - order e-mail configured when the skill allows purchases.
 * Exit 1 on any problem. With --allow-merchant-placeholders (what `npm test` runs on the demo), merchant.json's
 * placeholders are listed but do not fail; every other finding still does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RESOURCES } from '../lambda/core/i18n.js';
import { QUICK_REPLY_MAX } from '../lambda/google/response.js';
import type { Merchant } from '../lambda/merchant.js';
import { demoSeedData } from '../lambda/store/seed.js';
import { parseLaunch } from '../tools/sim/launch.js';
import { ACCOUNT_LINKING_FILE, MERCHANT_FILE, readMerchant, SKILL_DIR, skillPackageFiles } from './build-skill-package.js';
import { modelFindings, unspacedLocale } from './certification/model-rules.js';
import { quotedPhrases, SampleMatcher } from './certification/phrases.js';
import { readBackFindings } from './certification/read-back.js';
import { alexaSources, compileAlexaModel, serializeModel, type AlexaInteractionModel } from '../tools/models/alexa.js';
import { loadModelSources } from '../tools/models/load.js';
import { ALEXA_MODELS_DIR, ROOT_DIR } from '../tools/models/paths.js';
import { runAsScript } from './run-as-script.js';

export type FindingKind = 'placeholder' | 'problem';

export interface Finding {
  kind: FindingKind;
  area: string;
  where: string;
  message: string;
}

/** Example domains (RFC 2606) in any case; the marker words only in capitals, as placeholders write them. */
const PLACEHOLDER = /\bexample\.(?:com|org|net)\b|\.example\b|\bREPLACE|\bYOUR[-_]|\bCHANGE_?ME\b|\bTODO\b|\bPLACEHOLDER\b/;
const WAKE_WORDS = /^(alexa|アレクサ)[,、]\s*/i;

/** Every string in merchant.json that still looks like an example value, with its field path. */
export function placeholderFindings(json: unknown, path: string[] = []): Finding[] {
  if (typeof json === 'string') {
    return PLACEHOLDER.test(json) || /\bexample\.(?:com|org|net)\b/i.test(json) ? [{ kind: 'placeholder', area: 'merchant.json', where: path.join('.'), message: `still the example value "${json}"` }] : [];
  }
  if (Array.isArray(json)) return json.flatMap((v, i) => placeholderFindings(v, [...path, String(i)]));
  if (json && typeof json === 'object') return Object.entries(json).flatMap(([k, v]) => (k === '$schema' ? [] : placeholderFindings(v, [...path, k])));
  return [];
}

/** Width and height of a PNG file, or undefined when it is not one. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString('hex', 0, 8) !== '89504e470d0a1a0a') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Prompt texts per Alexa locale: English for en-GB with its own overrides; the Google-only group left out. */
function promptTexts(locale: string): Map<string, string> {
  const lang = locale.split('-')[0];
  const flatten = (tree: unknown, prefix = '', out = new Map<string, string>()) => {
    for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(path, value);
      else if (key !== 'google' || prefix) flatten(value, path, out);
    }
    return out;
  };
  const resources = RESOURCES as Record<string, { translation: unknown }>;
  const texts = flatten(resources[lang]?.translation ?? resources.en.translation);
  if (resources[locale]) for (const [k, v] of flatten(resources[locale].translation)) texts.set(k, v);
  return texts;
}

function listingFindings(merchant: Merchant, models: Map<string, AlexaInteractionModel>): Finding[] {
  const out: Finding[] = [];
  const problem = (where: string, message: string) => out.push({ kind: 'problem', area: 'skill listing', where, message });
  for (const [locale, model] of models) {
    const listing = merchant.locales[locale]?.alexa;
    if (!listing) continue;
    const name = model.interactionModel.languageModel.invocationName;
    const matcher = new SampleMatcher(model.interactionModel.languageModel, unspacedLocale(locale), locale.split('-')[0]);
    listing.examplePhrases.forEach((phrase, i) => {
      const where = `locales.${locale}.alexa.examplePhrases.${i} "${phrase}"`;
      if (!WAKE_WORDS.test(phrase)) problem(where, 'must start with the wake word ("Alexa, …")');
      if (!phrase.toLowerCase().replace(/\s/g, '').includes(name.toLowerCase().replace(/\s/g, ''))) problem(where, `must say the invocation name "${name}" exactly`);
      const launch = parseLaunch(phrase, locale, name);
      if (!launch) problem(where, 'is not a launch phrase of the skill (wake word, launch word, invocation name)');
      else if (i === 0 && launch.kind !== 'open') problem(where, 'the first example phrase must open the skill ("Alexa, open …"): on Alexa+ that is the reliable entry');
      else if (launch.kind === 'oneShot' && !matcher.match(launch.rest)) problem(where, `"${launch.rest}" is not a sample utterance of the ${locale} model`);
    });
    for (const [size, value, want] of [['smallIcon', listing.smallIcon, 108], ['largeIcon', listing.largeIcon, 512]] as const) {
      if (/^https:/.test(value)) continue;
      const file = join(ROOT_DIR, value);
      const where = `locales.${locale}.alexa.${size}`;
      if (!existsSync(file)) { problem(where, `the file ${value} does not exist`); continue; }
      const dims = pngSize(file);
      if (!dims) problem(where, `${value} is not a PNG`);
      else if (dims.width !== want || dims.height !== want) problem(where, `${value} is ${dims.width}x${dims.height}; it must be ${want}x${want}`);
    }
  }
  return out;
}

function promptFindings(models: Map<string, AlexaInteractionModel>): Finding[] {
  const out: Finding[] = [];
  for (const [locale, model] of models) {
    const matcher = new SampleMatcher(model.interactionModel.languageModel, unspacedLocale(locale), locale.split('-')[0]);
    for (const [key, text] of promptTexts(locale)) {
      // Cards are read, not said: their quotes name menu items of the shop's app.
      if (/cardText$/i.test(key)) continue;
      for (const phrase of quotedPhrases(text)) {
        if (!matcher.match(phrase)) {
          out.push({ kind: 'problem', area: 'prompts', where: `${locale} ${key}`, message: `tells the shopper to say "${phrase}", which is not a sample utterance of models/${locale}.json` });
        }
      }
    }
  }
  return out;
}

/**
 * The chips every platform shows (`suggest.*` in locales/): within Messenger's 20 characters, and understood when
 * tapped (a tap sends the text), so each is a sample of its locale's model, Dialogflow-only locales included.
 */
async function chipFindings(): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const source of await loadModelSources()) {
    const model = compileAlexaModel(source);
    const matcher = new SampleMatcher(model.interactionModel.languageModel, unspacedLocale(source.locale), source.locale.split('-')[0]);
    for (const [key, text] of promptTexts(source.locale)) {
      if (!key.startsWith('suggest.')) continue;
      const where = `${source.locale} ${key} "${text}"`;
      if (Array.from(text).length > QUICK_REPLY_MAX) out.push({ kind: 'problem', area: 'chips', where, message: `longer than ${QUICK_REPLY_MAX} characters: Messenger cuts it` });
      if (!matcher.match(text)) out.push({ kind: 'problem', area: 'chips', where, message: `not a sample utterance of models/${source.locale}.json, so a tap may not be understood` });
    }
  }
  return out;
}

/** The template's function environment, as text per variable. */
function stackEnvironment(): Record<string, unknown> {
  const resources = JSON.parse(readFileSync(join(ROOT_DIR, 'ask-resources.json'), 'utf8'));
  const templatePath = resources.profiles.default.skillInfrastructure.userConfig.templatePath;
  const tags = ['Ref', 'GetAtt', 'Sub', 'Join', 'If', 'Equals', 'And', 'Not', 'Select', 'Split'].flatMap((name) => [
    { tag: `!${name}`, resolve: (v: unknown) => ({ [name]: v }) },
    { tag: `!${name}`, collection: 'seq' as const, resolve: (v: { toJSON(): unknown }) => ({ [name]: v.toJSON() }) },
  ]);
  const doc = parse(readFileSync(join(ROOT_DIR, templatePath), 'utf8'), { customTags: tags as never });
  const fn = Object.values(doc.Resources as Record<string, { Type: string; Properties: { Environment?: { Variables?: Record<string, unknown> } } }>)
    .find((r) => r.Type === 'AWS::Lambda::Function');
  return fn?.Properties.Environment?.Variables ?? {};
}

function mailFindings(merchant: Merchant): Finding[] {
  if (!merchant.allowsPurchases) return [];
  const env = stackEnvironment();
  if (env.SKILL_MAIL_FROM) {
    const resources = JSON.parse(readFileSync(join(ROOT_DIR, 'ask-resources.json'), 'utf8'));
    const passed = resources.profiles.default.skillInfrastructure.userConfig.cfn?.parameters?.MailFrom;
    if (passed === merchant.email.from) return [];
    return [{ kind: 'problem', area: 'order e-mail', where: 'ask-resources.json', message: `the stack's MailFrom is "${passed ?? ''}", not merchant.json's email.from: run \`npm run build\`` }];
  }
  return [{
    kind: 'problem', area: 'order e-mail', where: 'infrastructure/cfn-deployer/skill-stack.yaml',
    message: 'the skill allows purchases, but the stack gives the function no e-mail sender (SKILL_MAIL_FROM): certification asks for the order details by e-mail',
  }];
}

async function generatedFindings(merchant: Merchant): Promise<Finding[]> {
  const out: Finding[] = [];
  const stale = (path: string) => out.push({ kind: 'problem', area: 'build', where: path.slice(ROOT_DIR.length), message: 'differs from what merchant.json and models/ give: run `npm run build`' });
  const { files } = await skillPackageFiles(merchant);
  for (const [path, content] of files) if ((existsSync(path) ? readFileSync(path, 'utf8') : null) !== content) stale(path);
  for (const source of alexaSources(await loadModelSources())) {
    const path = join(ALEXA_MODELS_DIR, `${source.locale}.json`);
    if ((existsSync(path) ? readFileSync(path, 'utf8') : null) !== serializeModel(compileAlexaModel(source))) stale(path);
  }
  if (existsSync(join(SKILL_DIR, 'accountLinking.json'))) {
    out.push({ kind: 'problem', area: 'account linking', where: 'skill/accountLinking.json', message: 'account linking is not part of the skill package: it lives in skill-package-extras/ (npm run account-linking applies it)' });
  }
  const linking = JSON.parse(readFileSync(ACCOUNT_LINKING_FILE, 'utf8'));
  if ('clientSecret' in (linking.accountLinkingRequest ?? {})) {
    out.push({ kind: 'problem', area: 'account linking', where: ACCOUNT_LINKING_FILE.slice(ROOT_DIR.length), message: 'holds a client secret: secrets never go into the repository' });
  }
  return out;
}

function testingFindings(merchant: Merchant): Finding[] {
  const tokens = demoSeedData().customers.map((c) => c.accessToken).filter((t): t is string => Boolean(t));
  const text = `${merchant.certification.testingInstructions} ${merchant.certification.testAccounts.map((a) => `${a.username} ${a.password}`).join(' ')}`;
  const leaked = tokens.filter((t) => text.includes(t));
  return leaked.length
    ? [{ kind: 'problem', area: 'testing instructions', where: 'certification', message: `give access tokens (${leaked.join(', ')}); testers link through the login page and need a test account` }]
    : [];
}

export async function checkCertification(merchantFile = MERCHANT_FILE): Promise<Finding[]> {
  const raw = JSON.parse(readFileSync(merchantFile, 'utf8'));
  const merchant = readMerchant(merchantFile);
  const models = new Map(alexaSources(await loadModelSources()).map((s) => [s.locale, compileAlexaModel(s)]));
  const readBack = await readBackFindings(demoSeedData(), [...models.keys()]);
  return [
    ...placeholderFindings(raw),
    ...await generatedFindings(merchant),
    ...listingFindings(merchant, models),
    ...testingFindings(merchant),
    ...promptFindings(models),
    ...await chipFindings(),
    ...[...models].flatMap(([locale, model]) => modelFindings(locale, model).map((f): Finding => ({ kind: 'problem', area: 'interaction model', ...f }))),
    ...readBack.map((f): Finding => ({ kind: 'problem', area: 'purchase read-back', ...f })),
    ...mailFindings(merchant),
  ];
}

export async function main(argv: string[]): Promise<number> {
  const allowPlaceholders = argv.includes('--allow-merchant-placeholders');
  const findings = await checkCertification();
  const placeholders = findings.filter((f) => f.kind === 'placeholder');
  const problems = findings.filter((f) => f.kind === 'problem');
  if (placeholders.length) {
    console.log(`${placeholders.length} merchant placeholder${placeholders.length === 1 ? '' : 's'} in merchant.json${allowPlaceholders ? ' (allowed: --allow-merchant-placeholders)' : ''}:`);
    for (const f of placeholders) console.log(`  ${f.where}: ${f.message}`);
  }
  if (problems.length) {
    console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const f of problems) console.log(`  [${f.area}] ${f.where}: ${f.message}`);
  }
  const failed = problems.length > 0 || (!allowPlaceholders && placeholders.length > 0);
  console.log(failed ? 'certification check: FAILED' : `certification check: passed${placeholders.length ? ' apart from the merchant placeholders' : ''}`);
  return failed ? 1 : 0;
}

runAsScript(import.meta.url, main);
