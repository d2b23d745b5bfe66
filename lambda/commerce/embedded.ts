// The embedded shop: the commerce port over our own store (SQLite or DynamoDB, loaded from a seed file), the default
// when no shop system is connected. It delegates to the store, which already guarantees what the port asks: an order
// is placed exactly once per cart (the idempotency key is the cart id), and only an unshipped order is cancelled.
import { scrypt, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/port.js';
import type { OrderMailDraft } from '../store/types.js';
import type {
  CancelOutcome, CatalogItem, Commerce, ConfirmedCart, Customer, LinkedIdentity, Order, PlacedOrder, Seller, ShopPolicies,
} from './port.js';

/** The store the embedded shop lives in (the same that keeps the conversation's state). */
export type EmbeddedShopStore = Store;

/**
 * Checks a password against a hash in the seed's format: `scrypt$<N>$<r>$<p>$<salt base64>$<key base64>`
 * (scripts/hash-password.ts writes one). Constant-time; a malformed hash never matches.
 */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  if (![N, r, p].every(Number.isInteger) || expected.length < 16) return false;
  const actual = await new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, expected.length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key)));
  });
  return timingSafeEqual(actual, expected);
}

export class EmbeddedCommerce implements Commerce {
  readonly name = 'embedded';
  readonly queuesOrderMail = true;

  constructor(private readonly store: EmbeddedShopStore) {}

  seller(): Promise<Seller> {
    return this.store.seller();
  }

  async shopperFor(identity: LinkedIdentity): Promise<Customer | undefined> {
    if (identity.subject) return this.store.customerById(identity.subject);
    return this.store.findCustomer({ accessToken: identity.accessToken, platform: identity.platform, userId: identity.userId });
  }

  async authenticate(email: string, password: string): Promise<string | undefined> {
    const found = await this.store.customerCredentials(email.trim().toLowerCase());
    if (!found) return undefined;
    return (await verifyPassword(password, found.passwordHash)) ? found.customerId : undefined;
  }

  recentOrders(shopperId: string, asOf: Date, limit?: number): Promise<Order[]> {
    return this.store.recentOrders(shopperId, asOf, limit);
  }

  async order(shopperId: string, orderId: string): Promise<Order | undefined> {
    const order = await this.store.getOrder(orderId);
    return order?.customerId === shopperId ? order : undefined;
  }

  catalog(skus: string[]): Promise<CatalogItem[]> {
    return this.store.catalogItems(skus);
  }

  async placeOrder(cart: ConfirmedCart, idempotencyKey: string): Promise<PlacedOrder> {
    // The key is the cart's id: the conversation saved the cart under it. A caller with only a key (another host,
    // the contract test) gets a cart written first, so the store's once-per-cart guard applies the same way.
    const saved = await this.store.getCart(idempotencyKey);
    if (!saved) {
      await this.store.saveCart({
        id: idempotencyKey, customerId: cart.shopperId, createdAt: cart.confirmedAt, status: 'open', lines: cart.lines,
        shippingFee: cart.shippingFee, taxIncluded: cart.taxIncluded,
      });
    } else if (saved.customerId !== cart.shopperId) {
      throw new Error('the idempotency key belongs to another shopper\'s cart');
    }
    return this.store.placeOrder(idempotencyKey, {
      customerId: cart.shopperId,
      placedAt: cart.confirmedAt,
      status: 'placed',
      lines: cart.lines,
      shippingFee: cart.shippingFee,
      taxIncluded: cart.taxIncluded,
      ...(cart.eta ? { shipment: { carrier: cart.carrier ?? (await this.store.seller()).name, eta: cart.eta } } : {}),
    }, cart.mail);
  }

  async cancelOrder(shopperId: string, orderId: string, _idempotencyKey: string, mail?: OrderMailDraft): Promise<CancelOutcome> {
    const order = await this.order(shopperId, orderId);
    if (!order) return 'not_found';
    if (order.status === 'cancelled') return 'cancelled';
    return (await this.store.cancelOrder(orderId, mail)) ? 'cancelled' : 'too_late';
  }

  async policies(): Promise<ShopPolicies> {
    return {};
  }

  /** The store belongs to whoever opened it (it also keeps the conversation's state): it stays open. */
  async close(): Promise<void> {}
}
