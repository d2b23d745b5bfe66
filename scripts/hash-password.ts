// Prints a scrypt hash for the embedded shop's seed field `passwordHash` (the account-linking login page checks it):
//   npm run --silent hash-password -- 'the password'      or      echo -n 'the password' | tsx scripts/hash-password.ts
import { randomBytes, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function hashPassword(password: string, cost = { N: 16384, r: 8, p: 1 }): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const password = process.argv[2] ?? readFileSync(0, 'utf8');
  if (!password) {
    console.error('usage: tsx scripts/hash-password.ts <password>');
    process.exit(2);
  }
  console.log(hashPassword(password));
}
