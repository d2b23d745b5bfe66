// Shoppers of the live Vendure as the skill meets them: linked through our account-linking server (real tokens),
// talking to a conversation on the Vendure connector with an in-memory conversation store.
import { VendureCommerce, vendureConfigFromEnv } from '../../lambda/commerce/vendure/connector.js';
import { DEFAULT_POLICY } from '../../lambda/core/context.js';
import { createConversation, type Conversation } from '../../lambda/core/conversation.js';
import { identifyWith } from '../../lambda/linking/identify.js';
import { tokenVerifier } from '../../lambda/linking/tokens.js';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import { FakeShopper, type ShopperOptions } from './fake-platform.js';
import { recording } from './store-doubles.js';
import type { HandoffTicket } from '../../lambda/store/types.js';
import { Browser, codeFrom, exchangeCode, startLinkingServer } from './linking.js';
import { adminLogin, GraphqlClient } from '../../lambda/commerce/vendure/graphql.js';
import { liveVendure, VENDURE_ADMIN, vendureEnv, type LiveVendure } from './vendure.js';
import type { SeededShopper } from './vendure-seed.js';

/** Signs the shopper in on the linking page and trades the code for an access token, as Alexa does. */
export async function linkAccount(base: string, shopper: SeededShopper): Promise<string> {
  const browser = new Browser(base, shopper.locale);
  const code = codeFrom(await browser.signIn(await browser.authorize(), shopper.email, shopper.password));
  const { status, json } = await exchangeCode(base, code);
  if (status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(json)}`);
  return String(json.access_token);
}

export interface VendureSkill {
  live: LiveVendure;
  commerce: VendureCommerce;
  store: SqliteStore;
  /** Handoff tickets the conversation created. */
  handoffs: HandoffTicket[];
  conversation: Conversation;
  /** The linking server's base URL. */
  base: string;
  tokens: Record<keyof LiveVendure['shoppers'], string>;
  shopper(name: keyof LiveVendure['shoppers'], options?: ShopperOptions): FakeShopper;
  /** Vendure's orders carrying this idempotency key (our cart id). */
  ordersWithKey(key: string): Promise<{ code: string; state: string; lines: { quantity: number; productVariant: { sku: string } }[] }[]>;
  orderState(code: string): Promise<string | undefined>;
  close(): Promise<void>;
}

export async function vendureSkill(): Promise<VendureSkill> {
  const live = await liveVendure();
  const commerce = new VendureCommerce(vendureConfigFromEnv(await vendureEnv()));
  const store = new SqliteStore(':memory:');
  const { server, base, config } = await startLinkingServer(commerce, { seller: 'Harbor Goods' });
  const identify = identifyWith(tokenVerifier({ issuer: config.issuer, keys: config.keys }));
  const recorder = recording(store);
  // The suites share this Vendure and its shoppers: the purchase limit (tested in test/core) is set out of the way.
  const conversation = createConversation({ store: recorder.store, commerce, identify, policy: { ...DEFAULT_POLICY, purchaseLimitPerHour: 100 } });
  const tokens = {} as VendureSkill['tokens'];
  for (const [name, s] of Object.entries(live.shoppers)) tokens[name as keyof VendureSkill['tokens']] = await linkAccount(base, s);
  const admin = new GraphqlClient({ url: live.adminApiUrl, timeoutMs: 10_000, login: adminLogin(VENDURE_ADMIN.username, VENDURE_ADMIN.password) });
  return {
    live, commerce, store, conversation, base, tokens, handoffs: recorder.handoffs,
    shopper: (name, options = {}) => new FakeShopper(conversation, {
      locale: live.shoppers[name].locale, accessToken: tokens[name], now: new Date().toISOString(), ...options,
    }),
    async ordersWithKey(key) {
      const { orders } = await admin.request<{ orders: { items: Awaited<ReturnType<VendureSkill['ordersWithKey']>> } }>(
        `query ($key: String!) { orders(options: { filter: { idempotencyKey: { eq: $key } } }) { items { code state lines { quantity productVariant { sku } } } } }`, { key });
      return orders.items;
    },
    async orderState(code) {
      const { orders } = await admin.request<{ orders: { items: { state: string }[] } }>(
        `query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) { items { state } } }`, { code });
      return orders.items[0]?.state;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await store.close();
    },
  };
}
