// Order numbers: short enough to read aloud, derived from the cart so every store and every retry of the same
// confirmation names the same order. A collision with an existing order moves on to the next salt.
import { createHash } from 'node:crypto';

export function orderIdFor(cartId: string, salt: number): string {
  const n = parseInt(createHash('sha256').update(`${cartId}:${salt}`).digest('hex').slice(0, 8), 16) % 900000 + 100000;
  return `NW${n}`;
}
