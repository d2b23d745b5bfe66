// The merchant's configuration: `merchant.json` at the repository root, the one file a merchant edits. The build
// writes skill/skill.json, the account-linking request and the Dialogflow agent from it; runtime code reads it through
// merchant() (the JSON is bundled, so the Lambda needs no file beside index.js). It never holds a secret: the
// account-linking client secret is named by where it comes from (an environment variable or an SSM parameter).
import { z } from 'zod';
import merchantJson from '../merchant.json' with { type: 'json' };

const https = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });
/** An https URL, or a PNG file path relative to the repository root (copied into the skill package's assets). */
const icon = z.union([https, z.string().regex(/^[^:]+\.png$/i, 'expected an https:// URL or a .png file path')]);
const text = z.string().trim().min(1);

const alexaListingSchema = z.object({
  /** The skill's name in the Alexa app; defaults to the seller's name. */
  name: z.string().min(2).max(50).optional(),
  summary: text.max(160),
  description: text.max(4000),
  /** The first one must be the open form ("Alexa, open <invocation name>"): on Alexa+ it is the reliable entry. */
  examplePhrases: z.array(text).min(1).max(3),
  keywords: z.array(text).max(30).default([]),
  privacyPolicyUrl: https,
  termsOfUseUrl: https,
  /** 108 x 108 PNG. */
  smallIcon: icon,
  /** 512 x 512 PNG. */
  largeIcon: icon,
});

const localeSchema = z.object({
  /** How the seller is named to shoppers in this language. */
  sellerName: text,
  /** Alexa's invocation name (lower case); Dialogflow's welcome phrases use it too. */
  invocationName: text,
  /** When the support contact answers, said in this language ("Monday to Friday, 9 am to 6 pm"). */
  supportHours: text,
  /** The returns policy, as a shopper should hear or read it. */
  returnsPolicy: text,
  /** The Alexa store listing; required for every locale Alexa serves (the build names a missing one). */
  alexa: alexaListingSchema.optional(),
});

const secretSourceSchema = z.union([
  z.object({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'expected an environment variable name') }).strict(),
  z.object({ ssmParameter: z.string().regex(/^\/[\w.\-/]+$/, 'expected an SSM parameter name such as /shop/alexa/client-secret') }).strict(),
], { error: 'expected { "env": "VARIABLE" } or { "ssmParameter": "/name" }: the secret itself never goes in merchant.json' });

const accountLinkingSchema = z.object({
  authorizationUrl: https,
  accessTokenUrl: https,
  clientId: text,
  clientSecret: secretSourceSchema,
  scopes: z.array(text).min(1),
  accessTokenScheme: z.enum(['HTTP_BASIC', 'REQUEST_BODY_CREDENTIALS']).default('HTTP_BASIC'),
  domains: z.array(text).default([]),
  defaultTokenExpirationInSeconds: z.int().positive().default(3600),
});

const testAccountSchema = z.object({
  locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/),
  /** What a certification tester types on the account-linking login page. */
  username: text,
  password: text,
  /** What is special about the account ("voice code 1234", "nothing on the way"). */
  notes: z.string().optional(),
});

export const merchantSchema = z.object({
  $schema: z.string().optional(),
  /** Per locale (en-US, de-DE, zh-CN, ...); every locale the models serve needs one. */
  locales: z.record(z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'expected a locale such as en-US'), localeSchema),
  distributionCountries: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code')).min(1),
  category: z.string().default('SHOPPING'),
  /** The skill places orders: certification then asks for an order e-mail, a card and a voice confirmation. */
  allowsPurchases: z.boolean(),
  support: z.object({
    email: z.email(),
    phone: z.string().optional(),
    url: https.optional(),
  }),
  email: z.object({
    /** The sender of order and cancellation e-mails ("Shop <orders@shop.com>"). */
    from: text.refine((v) => /<[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>$|^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/.test(v), 'expected an address or "Name <address>"'),
    replyTo: z.email().optional(),
  }),
  accountLinking: accountLinkingSchema,
  certification: z.object({
    testAccounts: z.array(testAccountSchema).min(1),
    /** What to say and what to expect; the build puts the test accounts first. */
    testingInstructions: text.max(4000),
  }),
});

export type Merchant = z.infer<typeof merchantSchema>;
export type MerchantLocale = z.infer<typeof localeSchema>;
export type AlexaListing = z.infer<typeof alexaListingSchema>;
export type SecretSource = z.infer<typeof secretSourceSchema>;

export class MerchantConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MerchantConfigError';
  }
}

/** Checks a parsed merchant.json; the error names each offending field (`locales.de-DE.alexa.privacyPolicyUrl: …`). */
export function parseMerchant(json: unknown, origin = 'merchant.json'): Merchant {
  const result = merchantSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  throw new MerchantConfigError(`${origin} is invalid:\n  ${lines.join('\n  ')}`);
}

let cached: Merchant | undefined;

/** The shipped merchant.json, checked once. Runtime code reads the sender, support and texts through this. */
export function merchant(): Merchant {
  cached ??= parseMerchant(merchantJson);
  return cached;
}

/** A locale's block, else the same language's (en-AU -> en-US), else undefined. */
export function merchantLocale(config: Merchant, locale: string): MerchantLocale | undefined {
  const language = locale.split('-')[0];
  return config.locales[locale] ?? Object.entries(config.locales).find(([l]) => l.split('-')[0] === language)?.[1];
}
