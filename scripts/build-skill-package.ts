/**
 * Writes what merchant.json decides for Alexa (part of `npm run build`):
 *   skill/skill.json                              the manifest ask deploy uploads (with the models in skill/)
 *   skill/assets/images/*.png                     icons given as files, referenced as file://assets/images/...
 *   skill-package-extras/account-linking.json     the SMAPI account-linking request, outside the uploaded package
 *                                                 (the Skill Package API does not take account linking); no secret
 *   merchant.schema.json                          the JSON Schema of merchant.json, for editors
 *   ask-resources.json                            the stack parameters merchant.json decides (MailFrom), rest kept
 *
 *   tsx scripts/build-skill-package.ts            write them
 *   tsx scripts/build-skill-package.ts --check    exit 1 when a written file differs from what merchant.json gives
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { merchantSchema, parseMerchant, type Merchant } from '../lambda/merchant.js';
import { alexaSources, serializeModel } from '../tools/models/alexa.js';
import { loadModelSources } from '../tools/models/load.js';
import { ROOT_DIR } from '../tools/models/paths.js';
import { runAsScript } from './run-as-script.js';

export const MERCHANT_FILE = join(ROOT_DIR, 'merchant.json');
export const SKILL_DIR = join(ROOT_DIR, 'skill');
export const SKILL_MANIFEST = join(SKILL_DIR, 'skill.json');
export const EXTRAS_DIR = join(ROOT_DIR, 'skill-package-extras');
export const ACCOUNT_LINKING_FILE = join(EXTRAS_DIR, 'account-linking.json');
export const MERCHANT_SCHEMA_FILE = join(ROOT_DIR, 'merchant.schema.json');
export const ASK_RESOURCES_FILE = join(ROOT_DIR, 'ask-resources.json');

/** ask-resources.json with the stack parameters merchant.json decides (the order e-mail's sender), the rest kept. */
export function askResources(current: Record<string, unknown>, merchant: Merchant): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const next = structuredClone(current) as any;
  const userConfig = next.profiles.default.skillInfrastructure.userConfig;
  userConfig.cfn = { ...userConfig.cfn, parameters: { ...userConfig.cfn?.parameters, MailFrom: merchant.email.from } };
  return next;
}

export function readMerchant(file = MERCHANT_FILE): Merchant {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return parseMerchant(json, file);
}

/** Where an icon ends up: a URL stays; a file becomes a skill-package asset. */
export function iconUri(value: string, locale: string, size: 'small' | 'large'): { uri: string; copy?: { from: string; to: string } } {
  if (/^https:\/\//.test(value)) return { uri: value };
  const name = `${locale}_${size}IconUri${extname(value).toLowerCase()}`;
  return { uri: `file://assets/images/${name}`, copy: { from: join(ROOT_DIR, value), to: join(SKILL_DIR, 'assets', 'images', name) } };
}

/** The testing instructions: the test accounts to link with first, then the merchant's steps. */
export function testingInstructions(merchant: Merchant): string {
  const accounts = merchant.certification.testAccounts
    .map((a) => `${a.locale}: user name ${a.username}, password ${a.password}${a.notes ? ` (${a.notes})` : ''}`)
    .join('; ');
  return `Link the skill in the Alexa app with one of these test accounts on the account-linking login page: ${accounts}. ${merchant.certification.testingInstructions}`;
}

/** skill.json for the locales Alexa serves; `endpoint` is what ask deploy wrote there (the Lambda ARN), kept. */
export function compileSkillManifest(merchant: Merchant, alexaLocales: string[], endpoint?: unknown): { manifest: unknown; copies: { from: string; to: string }[] } {
  const copies: { from: string; to: string }[] = [];
  const locales: Record<string, unknown> = {};
  const privacy: Record<string, unknown> = {};
  for (const locale of alexaLocales) {
    const block = merchant.locales[locale];
    if (!block) throw new Error(`merchant.json: locales.${locale} is missing (the models serve ${locale} on Alexa)`);
    const listing = block.alexa;
    if (!listing) throw new Error(`merchant.json: locales.${locale}.alexa is missing (the store listing of an Alexa locale)`);
    const small = iconUri(listing.smallIcon, locale, 'small');
    const large = iconUri(listing.largeIcon, locale, 'large');
    copies.push(...[small.copy, large.copy].filter((c) => c !== undefined));
    locales[locale] = {
      name: listing.name ?? block.sellerName,
      summary: listing.summary,
      description: listing.description,
      examplePhrases: listing.examplePhrases,
      keywords: listing.keywords,
      smallIconUri: small.uri,
      largeIconUri: large.uri,
    };
    privacy[locale] = { privacyPolicyUrl: listing.privacyPolicyUrl, termsOfUseUrl: listing.termsOfUseUrl };
  }
  const manifest = {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales,
        isAvailableWorldwide: false,
        distributionCountries: merchant.distributionCountries,
        distributionMode: 'PUBLIC',
        category: merchant.category,
        testingInstructions: testingInstructions(merchant),
      },
      apis: { custom: { ...(endpoint ? { endpoint } : {}), interfaces: [] } },
      privacyAndCompliance: {
        allowsPurchases: merchant.allowsPurchases,
        usesPersonalInfo: true,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        locales: privacy,
      },
      permissions: [],
    },
  };
  return { manifest, copies };
}

/** The body of `ask smapi update-account-linking-info --account-linking-request file:…`, without the client secret. */
export function accountLinkingRequest(merchant: Merchant): { accountLinkingRequest: Record<string, unknown> } {
  const { clientSecret: _secret, ...linking } = merchant.accountLinking;
  return {
    accountLinkingRequest: {
      skipOnEnablement: false,
      type: 'AUTH_CODE',
      authorizationUrl: linking.authorizationUrl,
      accessTokenUrl: linking.accessTokenUrl,
      clientId: linking.clientId,
      scopes: linking.scopes,
      accessTokenScheme: linking.accessTokenScheme,
      domains: linking.domains,
      defaultTokenExpirationInSeconds: linking.defaultTokenExpirationInSeconds,
    },
  };
}

export function merchantJsonSchema(): unknown {
  return z.toJSONSchema(merchantSchema, { io: 'input', unrepresentable: 'any' });
}

/** Every file the step writes, by path (icons not included: they are copied). */
export async function skillPackageFiles(merchant: Merchant): Promise<{ files: Map<string, string>; copies: { from: string; to: string }[] }> {
  const served = alexaSources(await loadModelSources()).map((s) => s.locale);
  // In merchant.json's order; a locale the models serve that merchant.json lacks fails in compileSkillManifest.
  const locales = [...Object.keys(merchant.locales).filter((l) => served.includes(l)), ...served.filter((l) => !(l in merchant.locales))];
  const current = existsSync(SKILL_MANIFEST) ? JSON.parse(readFileSync(SKILL_MANIFEST, 'utf8')) : undefined;
  const { manifest, copies } = compileSkillManifest(merchant, locales, current?.manifest?.apis?.custom?.endpoint);
  const files = new Map<string, string>([
    [SKILL_MANIFEST, serializeModel(manifest)],
    [ACCOUNT_LINKING_FILE, serializeModel(accountLinkingRequest(merchant))],
    [MERCHANT_SCHEMA_FILE, serializeModel(merchantJsonSchema())],
    [ASK_RESOURCES_FILE, serializeModel(askResources(JSON.parse(readFileSync(ASK_RESOURCES_FILE, 'utf8')), merchant))],
  ]);
  return { files, copies };
}

async function main(argv: string[]): Promise<number> {
  const merchant = readMerchant();
  const { files, copies } = await skillPackageFiles(merchant);
  if (argv.includes('--check')) {
    const stale = [...files].filter(([path, content]) => (existsSync(path) ? readFileSync(path, 'utf8') : null) !== content).map(([path]) => path);
    if (stale.length) console.error(`stale files (run \`npm run build\`):\n  ${stale.join('\n  ')}`);
    return stale.length ? 1 : 0;
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${path}`);
  }
  rmSync(join(SKILL_DIR, 'assets', 'images'), { recursive: true, force: true });
  for (const { from, to } of copies) {
    if (!existsSync(from)) throw new Error(`merchant.json names the icon ${from}, which does not exist`);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    console.log(`copied ${from} -> ${to}`);
  }
  // Account linking used to sit in the uploaded package, where SMAPI ignores it with a warning.
  rmSync(join(SKILL_DIR, 'accountLinking.json'), { force: true });
  return 0;
}

runAsScript(import.meta.url, main);
