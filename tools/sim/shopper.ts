// Who is speaking: a customer of the seed (account linked, or not), and the ids each platform gives them.
import { createHash } from 'node:crypto';
import type { Seed } from '../../lambda/store/seed.js';
import type { Platform } from './skill-models.js';

type SeedCustomer = Seed['customers'][number];

export interface Shopper {
  /** The seed customer, or undefined when the seed has none. */
  customer?: SeedCustomer;
  linked: boolean;
}

export class UnknownCustomerError extends Error {
  constructor(id: string, seed: Seed) {
    const ids = seed.customers.map((c) => `${c.id} (${c.locale})`);
    super(`no customer "${id}" in the seed; the seed has: ${ids.length ? ids.join(', ') : 'no customers'}`);
    this.name = 'UnknownCustomerError';
  }
}

/**
 * The customer who speaks: `--customer ID` when given; otherwise, as the contract says, the first customer
 * of the seed. With the shipped demo seed (one shopper per locale) the first customer whose locale is the
 * session's (de-DE), then of the same language (en-GB for en-US), so `--locale ja-JP` alone talks Japanese.
 */
export function chooseCustomer(seed: Seed, locale: string, id?: string, byLocale = false): SeedCustomer | undefined {
  if (id !== undefined) {
    const named = seed.customers.find((c) => c.id === id);
    if (!named) throw new UnknownCustomerError(id, seed);
    return named;
  }
  if (!byLocale) return seed.customers[0];
  const language = locale.split('-')[0].toLowerCase();
  return seed.customers.find((c) => c.locale.toLowerCase() === locale.toLowerCase())
    ?? seed.customers.find((c) => c.locale.split('-')[0].toLowerCase() === language)
    ?? seed.customers[0];
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24).toUpperCase();
}

/**
 * The user id the platform sends: the customer's own from the seed when it lists one, else one derived from
 * the customer id (stable across runs). An unlinked shopper gets an id no seed customer has, so the store
 * cannot find them by it either.
 */
export function platformUserId(platform: Platform, shopper: Shopper): string {
  const customer = shopper.linked ? shopper.customer : undefined;
  if (platform === 'alexa') {
    const known = customer?.alexaUserIds?.[0];
    return known ?? `amzn1.ask.account.SIM${digest(customer ? `alexa:${customer.id}` : 'alexa:unlinked')}`;
  }
  const known = customer?.googleUserIds?.[0];
  return known ?? `sim-${digest(customer ? `google:${customer.id}` : 'google:unlinked').toLowerCase()}`;
}

export function accessToken(shopper: Shopper): string | undefined {
  return shopper.linked ? shopper.customer?.accessToken : undefined;
}
