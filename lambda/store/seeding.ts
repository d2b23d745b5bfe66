// Seeding shared by every store: what a seed means (seller defaults) and when it is loaded at start (only
// into an empty store). Validation lives in seed.ts; each store writes the validated seed its own way.
import type { Seed } from './seed.js';
import type { Seller } from './types.js';

export const DEFAULT_SELLER: Seller = { name: 'Northwind Market', deliveryDays: 2, taxRate: 0 };

/** The seller as stored: the seed's fields over the defaults. */
export function sellerOf(seed: Seed): Seller {
  return { ...DEFAULT_SELLER, ...seed.seller };
}

export interface SeedProgress {
  /** Called as the seed is written: items written so far and in all (a store that loads in one step may not call it). */
  onProgress?: (written: number, total: number) => void;
}

/** What a store offers for seeding. Loading is an upsert keyed by the seed's ids, so loading a file twice
 * leaves the store as loading it once. */
export interface SeedTarget {
  isEmpty(): boolean | Promise<boolean>;
  loadSeed(seed: Seed, options?: SeedProgress): void | Promise<void>;
}

/** Loads the seed only into an empty store, so a restart never overwrites what shoppers have done since. */
export async function seedIfEmpty(target: SeedTarget, seed: Seed | undefined): Promise<boolean> {
  if (!seed || !(await target.isEmpty())) return false;
  await target.loadSeed(seed);
  return true;
}
