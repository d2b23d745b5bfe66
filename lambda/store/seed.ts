// The seed file of ../shared/contracts/fixture.md: parsed and checked as a whole before anything is written.
import { readFileSync } from 'node:fs';
import * as z from '../core/zod-mini.js';
import demoSeed from '../../seeds/demo.json' with { type: 'json' };

const nonEmpty = z.string().check(z.trim(), z.minLength(1));
const money = z.number().check(z.nonnegative());
const isoInstant = nonEmpty.check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 timestamp'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
const timeZone = nonEmpty.check(z.refine((tz) => {
  try { new Intl.DateTimeFormat('en', { timeZone: tz }); return true; } catch { return false; }
}, 'expected an IANA time zone such as Europe/Berlin'));
const currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as EUR'));

const line = z.object({
  sku: nonEmpty,
  name: nonEmpty,
  quantity: z.number().check(z.int(), z.positive()),
  unitPrice: money,
});

const order = z.object({
  id: nonEmpty,
  placedAt: isoInstant,
  status: z.enum(['placed', 'shipped', 'out_for_delivery', 'delivered', 'cancelled']),
  lines: z.array(line).check(z.minLength(1)),
  shippingFee: money,
  taxIncluded: z.boolean(),
  shipment: z.optional(z.object({
    carrier: nonEmpty,
    trackingId: z.optional(z.string()),
    lastLocation: z.optional(z.string()),
    eta: z.optional(isoDate),
    deliveredAt: z.optional(isoInstant),
  })),
});

const unit = z.union([nonEmpty, z.object({ one: nonEmpty, other: nonEmpty, gender: z.optional(z.enum(['m', 'f', 'n'])) })]);
const grammar = z.object({
  unit: z.optional(unit),
  plural: z.optional(nonEmpty),
  gender: z.optional(z.enum(['m', 'f', 'n'])),
  number: z.optional(z.enum(['singular', 'plural'])),
  article: z.optional(nonEmpty),
  cases: z.optional(z.object({ nom: z.optional(nonEmpty), acc: z.optional(nonEmpty), dat: z.optional(nonEmpty), gen: z.optional(nonEmpty) })),
});
/** Keys of per-language maps: a language ("ja") or a locale ("en-GB"). */
const languageKey = z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'expected a language such as de or a locale such as en-GB'));

const customer = z.object({
  id: nonEmpty,
  name: nonEmpty,
  locale: z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'expected a locale such as de-DE')),
  timeZone,
  currency,
  accessToken: nonEmpty,
  alexaUserIds: z.optional(z.array(nonEmpty)),
  googleUserIds: z.optional(z.array(nonEmpty)),
  voiceCode: z.optional(z.string().check(z.regex(/^\d{4}$/, 'expected four digits'))),
  /** Sign-in on the account-linking page: `email` below and a scrypt hash (scripts/hash-password.ts). */
  passwordHash: z.optional(z.string().check(z.regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, 'expected a hash from scripts/hash-password.ts'))),
  address: z.object({ label: nonEmpty, line1: nonEmpty, city: nonEmpty, postalCode: nonEmpty, country: nonEmpty }),
  paymentMethod: z.object({
    label: z.optional(nonEmpty),
    brand: z.optional(nonEmpty),
    last4: z.optional(z.string().check(z.regex(/^\d{4}$/, 'expected the last four digits'))),
  }).check(z.refine((p) => p.label !== undefined || (p.brand !== undefined && p.last4 !== undefined), 'expected a label, or a brand and last4')),
  /** Optional: where order e-mails go. */
  email: z.optional(z.email('expected an e-mail address such as robin@example.com')),
  orders: z.array(order),
});

export const seedSchema = z.object({
  seller: z.object({
    name: nonEmpty,
    names: z.optional(z.record(languageKey, nonEmpty)),
    deliveryDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(30))),
    taxRate: z.optional(z.number().check(z.gte(0), z.lte(1))),
    /** How returns work, per language or locale ("en", "en-GB", "de"); without one, a general sentence is said. */
    returnsPolicy: z.optional(z.record(z.string().check(z.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'expected a language like "de" or a locale like "en-GB"')), z.string().check(z.minLength(1), z.maxLength(600)))),
  }),
  customers: z.array(customer),
  catalog: z.optional(z.array(z.object({
    sku: nonEmpty,
    name: nonEmpty,
    synonyms: z.optional(z.array(nonEmpty)),
    unitPrice: money,
    available: z.boolean(),
    grammar: z.optional(z.record(languageKey, grammar)),
  }))),
}).check(z.superRefine((seed, ctx) => {
  // Ids and credentials must be unique or a shopper could see someone else's orders.
  const seen = new Map<string, string>();
  const claim = (kind: string, value: string, path: (string | number)[]) => {
    const key = `${kind}:${value}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path, message: `duplicate ${kind} "${value}" (also at ${seen.get(key)})` });
    else seen.set(key, path.join('.'));
  };
  seed.customers.forEach((c, i) => {
    claim('customer id', c.id, ['customers', i, 'id']);
    claim('access token', c.accessToken, ['customers', i, 'accessToken']);
    if (c.email && c.passwordHash) claim('sign-in e-mail', c.email.toLowerCase(), ['customers', i, 'email']);
    if (c.passwordHash && !c.email) ctx.addIssue({ code: 'custom', path: ['customers', i, 'passwordHash'], message: 'a passwordHash needs an email' });
    c.alexaUserIds?.forEach((u, j) => claim('Alexa user id', u, ['customers', i, 'alexaUserIds', j]));
    c.googleUserIds?.forEach((u, j) => claim('Google user id', u, ['customers', i, 'googleUserIds', j]));
    c.orders.forEach((o, j) => claim('order id', o.id, ['customers', i, 'orders', j, 'id']));
  });
  seed.catalog?.forEach((item, i) => claim('catalog sku', item.sku, ['catalog', i, 'sku']));
}));

export type Seed = z.infer<typeof seedSchema>;

export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }

  /** By name: the store's start imports this module lazily (its checker stays off a cold start), and a runner that
   * mixes module systems (mocha with tsx) can then hold two copies of this class. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === 'SeedError';
  }
}

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** Validates a parsed seed; the error names the first offending fields. */
export function parseSeed(data: unknown, source = 'seed'): Seed {
  const result = seedSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => `${fieldPath(issue.path) || '(top level)'}: ${issue.message}`);
  throw new SeedError(`${source} does not match the seed format: ${problems.join('; ')}`);
}

export function readSeedFile(file: string): Seed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SeedError(`cannot read seed file ${file}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SeedError(`seed file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  return parseSeed(data, `seed file ${file}`);
}

/** The shipped demo seed, bundled so the Lambda build needs no files beside index.js. */
export function demoSeedData(): Seed {
  return parseSeed(demoSeed, 'demo seed');
}
