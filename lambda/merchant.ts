// The merchant's configuration: `merchant.json` at the repository root, the one file a merchant edits. The build
// writes skill/skill.json, the account-linking request and the Dialogflow agent from it; runtime code reads it through
// merchant() (the JSON is bundled, so the Lambda needs no file beside index.js). It never holds a secret: the
// account-linking client secret is named by where it comes from (an environment variable or an SSM parameter).
import * as z from './core/zod-mini.js';
import merchantJson from '../merchant.json' with { type: 'json' };

const https = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });
/** An https URL, or a PNG file path relative to the repository root (copied into the skill package's assets). */
const icon = z.union([https, z.string().check(z.regex(/^[^:]+\.png$/i, 'expected an https:// URL or a .png file path'))]);
const text = z.string().check(z.trim(), z.minLength(1));
/** Trimmed, not empty, at most `max` characters. */
const textUpTo = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const alexaListingSchema = z.object({
  /** The skill's name in the Alexa app; defaults to the seller's name. */
  name: z.optional(z.string().check(z.minLength(2), z.maxLength(50))),
  summary: textUpTo(160),
  description: textUpTo(4000),
  /** The first one must be the open form ("Alexa, open <invocation name>"): on Alexa+ it is the reliable entry. */
  examplePhrases: z.array(text).check(z.minLength(1), z.maxLength(3)),
  keywords: z._default(z.array(text).check(z.maxLength(30)), []),
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
  alexa: z.optional(alexaListingSchema),
});

const secretSourceSchema = z.union([
  z.strictObject({ env: z.string().check(z.regex(/^[A-Z_][A-Z0-9_]*$/, 'expected an environment variable name')) }),
  z.strictObject({ ssmParameter: z.string().check(z.regex(/^\/[\w.\-/]+$/, 'expected an SSM parameter name such as /shop/alexa/client-secret')) }),
], { error: 'expected { "env": "VARIABLE" } or { "ssmParameter": "/name" }: the secret itself never goes in merchant.json' });

const accountLinkingSchema = z.object({
  authorizationUrl: https,
  accessTokenUrl: https,
  clientId: text,
  clientSecret: secretSourceSchema,
  scopes: z.array(text).check(z.minLength(1)),
  accessTokenScheme: z._default(z.enum(['HTTP_BASIC', 'REQUEST_BODY_CREDENTIALS']), 'HTTP_BASIC'),
  domains: z._default(z.array(text), []),
  defaultTokenExpirationInSeconds: z._default(z.int().check(z.positive()), 3600),
});

const testAccountSchema = z.object({
  locale: z.string().check(z.regex(/^[a-z]{2}-[A-Z]{2}$/)),
  /** What a certification tester types on the account-linking login page. */
  username: text,
  password: text,
  /** What is special about the account ("voice code 1234", "nothing on the way"). */
  notes: z.optional(z.string()),
});

export const merchantSchema = z.object({
  $schema: z.optional(z.string()),
  /** Per locale (en-US, de-DE, zh-CN, ...); every locale the models serve needs one. */
  locales: z.record(z.string().check(z.regex(/^[a-z]{2}-[A-Z]{2}$/, 'expected a locale such as en-US')), localeSchema),
  distributionCountries: z.array(z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code'))).check(z.minLength(1)),
  category: z._default(z.string(), 'SHOPPING'),
  /** The skill places orders: certification then asks for an order e-mail, a card and a voice confirmation. */
  allowsPurchases: z.boolean(),
  support: z.object({
    email: z.email(),
    phone: z.optional(z.string()),
    url: z.optional(https),
  }),
  email: z.object({
    /** The sender of order and cancellation e-mails ("Shop <orders@shop.com>"). */
    from: text.check(z.refine((v) => /<[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>$|^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/.test(v), 'expected an address or "Name <address>"')),
    replyTo: z.optional(z.email()),
  }),
  accountLinking: accountLinkingSchema,
  certification: z.object({
    testAccounts: z.array(testAccountSchema).check(z.minLength(1)),
    /** What to say and what to expect; the build puts the test accounts first. */
    testingInstructions: textUpTo(4000),
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
