// Picks the commerce connector from the environment: SKILL_COMMERCE=embedded (default: the shop in our own store,
// loaded from the seed) or vendure (VENDURE_* variables, README "Connect your shop"). Each connector's module is
// imported only when chosen.
import type { EmbeddedShopStore } from './embedded.js';
import type { Commerce } from './port.js';

export type CommerceKind = 'embedded' | 'vendure';

export function commerceKind(env: NodeJS.ProcessEnv = process.env): CommerceKind {
  const kind = env.SKILL_COMMERCE || 'embedded';
  if (kind !== 'embedded' && kind !== 'vendure') throw new Error(`SKILL_COMMERCE=${kind} is not a commerce connector; use embedded or vendure`);
  return kind;
}

/** The connector; the embedded shop lives in the same store as the conversation's own state. */
export async function openCommerce(store: EmbeddedShopStore, env: NodeJS.ProcessEnv = process.env): Promise<Commerce> {
  if (commerceKind(env) === 'vendure') {
    const { VendureCommerce, vendureConfigFromEnv } = await import('./vendure/connector.js');
    return new VendureCommerce(vendureConfigFromEnv(env));
  }
  const { EmbeddedCommerce } = await import('./embedded.js');
  return new EmbeddedCommerce(store);
}
