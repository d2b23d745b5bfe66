// Name-based ids for the agent's files: same sources, same bytes.
import { createHash } from 'node:crypto';

/** A fixed namespace, so an id depends only on the name it is made from. */
const ID_NAMESPACE = Buffer.from('5f3c2a9e6b1d4e7a8c0f1b2d3e4f5a6b', 'hex');

/** A name-based UUID (version 5): stable across builds, unlike the random ones an export has. */
export function stableId(...name: string[]): string {
  const hash = createHash('sha1').update(ID_NAMESPACE).update(name.join('\u001f')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
