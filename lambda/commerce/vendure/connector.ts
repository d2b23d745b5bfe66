// The Vendure connector (SKILL_COMMERCE=vendure): the commerce port over Vendure's Admin API (history, catalog, the
// draft-order flow for reorders, cancellation) and its Shop API (the account-linking login). Every failure of the
// shop becomes CommerceUnavailable; an order is placed exactly once per idempotency key, which is stored on the order.
import {
  CommerceUnavailable, type CancelOutcome, type CatalogItem, type Commerce, type ConfirmedCart, type Customer, type LinkedIdentity,
  type Order, type PlacedOrder, type Seller, type ShopPolicies,
} from '../port.js';
import { merchant, type Merchant } from '../../merchant.js';
import { adminLogin, GraphqlClient, unwrap, VendureError } from './graphql.js';
import { fromMinor } from './money.js';
import { manualPayment, type VendurePayment } from './payment.js';
import * as q from './queries.js';
import { CANCELLABLE_STATES, orderStatus, UNPLACED_STATES } from './states.js';

/** The most results one Vendure list query may take (adminListQueryLimit's default). */
const VENDURE_LIST_LIMIT = 1000;

export interface VendureConfig {
  adminApiUrl: string;
  shopApiUrl: string;
  adminUser: string;
  adminPassword: string;
  /** Code of the payment method orders by voice are paid with (the method on file). */
  paymentMethod: string;
  /** Code of the shipping method for orders by voice; unset: the cheapest eligible one. */
  shippingMethod?: string;
  timeoutMs: number;
  /** VENDURE_SELLER_NAME: one name for every language; unset, merchant.json's sellerName per locale. */
  sellerName?: string;
  deliveryDays: number;
  /** VENDURE_RETURNS_POLICY: one text for every language; unset, merchant.json's returnsPolicy per locale. */
  returnsPolicy?: string;
  supportContact?: string;
  /** What merchant.json says per locale (seller name, returns policy) and where its support answers. */
  merchant: Pick<Merchant, 'locales' | 'support'>;
  /** Optional Customer custom fields the shop has: `locale`, `timeZone`, `voiceCode`. */
  customerFields: ('locale' | 'timeZone' | 'voiceCode')[];
  /** Locale and time zone for shoppers without the Customer custom fields `locale` and `timeZone`. */
  defaultLocale: string;
  defaultTimeZone: string;
}

export function vendureConfigFromEnv(env: NodeJS.ProcessEnv, shop: Pick<Merchant, 'locales' | 'support'> = merchant()): VendureConfig {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`SKILL_COMMERCE=vendure needs ${name}`);
    return value;
  };
  return {
    adminApiUrl: need('VENDURE_ADMIN_API_URL'),
    shopApiUrl: need('VENDURE_SHOP_API_URL'),
    adminUser: need('VENDURE_ADMIN_USER'),
    adminPassword: need('VENDURE_ADMIN_PASSWORD'),
    paymentMethod: need('VENDURE_PAYMENT_METHOD'),
    shippingMethod: env.VENDURE_SHIPPING_METHOD || undefined,
    timeoutMs: Number(env.VENDURE_TIMEOUT_MS) || 4000,
    sellerName: env.VENDURE_SELLER_NAME || undefined,
    deliveryDays: Number(env.VENDURE_DELIVERY_DAYS ?? 2),
    returnsPolicy: env.VENDURE_RETURNS_POLICY || undefined,
    supportContact: env.VENDURE_SUPPORT_CONTACT || shop.support.phone || shop.support.email,
    merchant: shop,
    customerFields: (env.VENDURE_CUSTOMER_FIELDS || '').split(',').map((f) => f.trim()).filter((f): f is VendureConfig['customerFields'][number] => {
      if (!f) return false;
      if (f === 'locale' || f === 'timeZone' || f === 'voiceCode') return true;
      throw new Error(`VENDURE_CUSTOMER_FIELDS: ${f} is not one of locale, timeZone, voiceCode`);
    }),
    defaultLocale: env.VENDURE_DEFAULT_LOCALE || 'en-US',
    defaultTimeZone: env.VENDURE_DEFAULT_TIME_ZONE || 'UTC',
  };
}

interface VOrder {
  id: string;
  code: string;
  state: string;
  orderPlacedAt: string | null;
  currencyCode: string;
  customer: { id: string } | null;
  lines: { quantity: number; orderPlacedQuantity: number; unitPriceWithTax: number; productVariant: { sku: string; name: string } }[];
  shippingWithTax: number;
  shippingLines: { shippingMethod: { name: string } }[];
  fulfillments: { state: string; method: string; trackingCode: string | null; updatedAt: string; customFields: { eta: string | null } }[] | null;
  customFields: { idempotencyKey: string | null };
}

interface VCustomer {
  id: string;
  firstName: string;
  lastName: string;
  emailAddress: string;
  customFields?: { locale?: string | null; timeZone?: string | null; voiceCode?: string | null };
  addresses: { fullName: string; streetLine1: string; streetLine2: string; city: string; province: string; postalCode: string;
    phoneNumber: string; country: { code: string }; defaultShippingAddress: boolean }[];
}

/** The language Vendure should name products in: the Admin API takes `?languageCode=`. */
function languageCode(locale: string): string {
  return locale.split('-')[0];
}

export class VendureCommerce implements Commerce {
  readonly name = 'vendure';
  /** Vendure sends its own order e-mails (its EmailPlugin). */
  readonly queuesOrderMail = false;
  private readonly admins = new Map<string, GraphqlClient>();
  private readonly shop: GraphqlClient;
  private channel?: Promise<{ defaultCurrencyCode: string; pricesIncludeTax: boolean }>;
  /** Shopper id -> language, so order lines are named in the shopper's language. */
  private readonly languages = new Map<string, string>();

  private readonly customerQuery: string;

  constructor(private readonly config: VendureConfig, private readonly payment: VendurePayment = manualPayment(config.paymentMethod)) {
    this.customerQuery = q.customerQuery(config.customerFields);
    this.shop = new GraphqlClient({ url: config.shopApiUrl, timeoutMs: config.timeoutMs });
  }

  /** One admin session per language (the session is shared; only the URL differs). */
  private admin(language = languageCode(this.config.defaultLocale)): GraphqlClient {
    let client = this.admins.get(language);
    if (!client) {
      const url = new URL(this.config.adminApiUrl);
      url.searchParams.set('languageCode', language);
      client = new GraphqlClient({ url: url.toString(), timeoutMs: this.config.timeoutMs, login: adminLogin(this.config.adminUser, this.config.adminPassword) });
      this.admins.set(language, client);
    }
    return client;
  }

  /** Runs one operation; anything the shop throws becomes CommerceUnavailable with the operation named. */
  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof CommerceUnavailable) throw err;
      throw new CommerceUnavailable(operation, { cause: err });
    }
  }

  private activeChannel() {
    this.channel ??= this.admin().request<{ activeChannel: { defaultCurrencyCode: string; pricesIncludeTax: boolean } }>(q.CHANNEL)
      .then((r) => r.activeChannel).catch((err) => {
        this.channel = undefined;
        throw err;
      });
    return this.channel;
  }

  async seller(): Promise<Seller> {
    // Prices are read with tax (priceWithTax), so the core adds none. Vendure keeps neither a spoken seller name nor a
    // returns policy: the merchant's own texts per locale (merchant.json), unless one text was set for all languages.
    const { sellerName, returnsPolicy, merchant: shop, defaultLocale } = this.config;
    const locales = Object.entries(shop.locales);
    const names = Object.fromEntries(locales.map(([locale, texts]) => [locale, texts.sellerName]));
    return {
      name: sellerName ?? shop.locales[defaultLocale]?.sellerName ?? locales[0]?.[1].sellerName ?? 'our shop',
      ...(sellerName ? {} : { names }),
      deliveryDays: this.config.deliveryDays, taxRate: 0,
      returnsPolicy: returnsPolicy
        ? { [languageCode(defaultLocale)]: returnsPolicy }
        : Object.fromEntries(locales.map(([locale, texts]) => [locale, texts.returnsPolicy])),
    };
  }

  async shopperFor(identity: LinkedIdentity): Promise<Customer | undefined> {
    if (!identity.subject) return undefined;
    return this.guard('find the shopper', async () => {
      const [{ customer }, channel] = await Promise.all([
        this.admin().request<{ customer: VCustomer | null }>(this.customerQuery, { id: identity.subject }),
        this.activeChannel(),
      ]);
      if (!customer) return undefined;
      const locale = customer.customFields?.locale || this.config.defaultLocale;
      this.languages.set(customer.id, languageCode(locale));
      const address = customer.addresses.find((a) => a.defaultShippingAddress) ?? customer.addresses[0];
      return {
        id: customer.id,
        name: customer.firstName || customer.lastName,
        locale,
        timeZone: customer.customFields?.timeZone || this.config.defaultTimeZone,
        currency: channel.defaultCurrencyCode,
        ...(customer.customFields?.voiceCode ? { voiceCode: customer.customFields.voiceCode } : {}),
        address: address
          ? { label: 'home', line1: address.streetLine1, city: address.city, postalCode: address.postalCode, country: address.country.code }
          : { label: 'home', line1: '', city: '', postalCode: '', country: '' },
        paymentMethod: { label: await this.payment.label(this.admin(), customer.id) },
      };
    });
  }

  async authenticate(email: string, password: string): Promise<string | undefined> {
    return this.guard('check the login', async () => {
      const { data, token } = await this.shop.raw<{ login: { id?: string; errorCode?: string } }>(
        `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { ... on CurrentUser { id } ... on ErrorResult { errorCode } } }`,
        { u: email, p: password });
      if (!data.login.id || !token) return undefined;
      const { data: me } = await this.shop.raw<{ activeCustomer: { id: string } | null }>(`{ activeCustomer { id } }`, {}, token);
      // Sign the Shop API session out again: the skill keeps no shopper session in Vendure.
      await this.shop.raw(`mutation { logout { success } }`, {}, token).catch(() => undefined);
      return me.activeCustomer?.id;
    });
  }

  async recentOrders(shopperId: string, asOf: Date, limit = 20): Promise<Order[]> {
    return this.guard('read the orders', async () => {
      const { customer } = await this.admin(this.languages.get(shopperId)).request<{ customer: { id: string; orders: { items: VOrder[] } } | null }>(
        q.CUSTOMER_ORDERS, {
          id: shopperId,
          options: {
            // Vendure refuses a list query that takes more than 1,000 results (its default shopListQueryLimit).
            take: Math.min(limit, VENDURE_LIST_LIMIT),
            sort: { orderPlacedAt: 'DESC' },
            filter: { orderPlacedAt: { before: asOf.toISOString() }, state: { notIn: UNPLACED_STATES } },
          },
        });
      if (!customer) return [];
      return customer.orders.items.map((o) => this.toOrder(o, shopperId)).filter((o): o is Order => o !== undefined);
    });
  }

  async order(shopperId: string, orderId: string): Promise<Order | undefined> {
    return this.guard('read the order', async () => {
      const found = await this.orderByCode(orderId, this.languages.get(shopperId));
      return found && found.customer?.id === shopperId ? this.toOrder(found, shopperId) : undefined;
    });
  }

  async catalog(skus: string[], locale: string): Promise<CatalogItem[]> {
    if (skus.length === 0) return [];
    return this.guard('read the catalog', async () => {
      const language = languageCode(locale);
      const { productVariants } = await this.admin(language).request<{ productVariants: { items: {
        sku: string; name: string; enabled: boolean; priceWithTax: number; stockOnHand: number; stockAllocated: number;
        trackInventory: string; outOfStockThreshold: number; product: { enabled: boolean }; translations: { languageCode: string; name: string }[];
      }[] } }>(q.VARIANTS, { skus });
      return productVariants.items.filter((v) => skus.includes(v.sku)).map((v) => ({
        sku: v.sku,
        name: v.name,
        // Names in other languages are no synonyms; only this language's own name is kept (in `name`).
        synonyms: [],
        unitPrice: fromMinor(v.priceWithTax),
        // INHERIT follows the global default, which tracks inventory (Vendure 2+).
        available: v.enabled && v.product.enabled
          && (v.trackInventory === 'FALSE' || v.stockOnHand - v.stockAllocated > v.outOfStockThreshold),
      }));
    });
  }

  async placeOrder(cart: ConfirmedCart, idempotencyKey: string): Promise<PlacedOrder> {
    return this.guard('place the order', async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const existing = await this.orderByKey(idempotencyKey);
        if (existing) {
          if (existing.customer?.id !== cart.shopperId) throw new VendureError('the idempotency key belongs to another shopper\'s order');
          if (existing.state === 'Draft') {
            // A draft an interrupted attempt left behind: start it again from nothing.
            await this.admin().request(q.DELETE_DRAFT, { o: existing.id });
          } else if (existing.state === 'ArrangingPayment') {
            await this.payment.pay(this.admin(), { orderId: existing.id, customerId: cart.shopperId, idempotencyKey });
            return { order: await this.placed(existing.code, cart.shopperId), created: true };
          } else {
            return { order: this.toOrder(existing, cart.shopperId)!, created: false };
          }
        }
        const orderId = await this.claimDraft(idempotencyKey);
        if (!orderId) continue; // another attempt with the same key claimed it first: read that one
        try {
          await this.buildDraft(orderId, cart);
        } catch (err) {
          // Nothing half-made stays behind: the draft goes (the customer never saw it).
          await this.admin().request(q.DELETE_DRAFT, { o: orderId }).catch(() => undefined);
          throw err;
        }
        // From here the order is out of Draft: a failure leaves it awaiting payment, and a retry with the key pays it.
        await this.payment.pay(this.admin(), { orderId, customerId: cart.shopperId, idempotencyKey });
        const code = (await this.orderByKey(idempotencyKey))?.code;
        if (!code) throw new VendureError('the order vanished after payment');
        return { order: await this.placed(code, cart.shopperId), created: true };
      }
      throw new VendureError('the idempotency key is taken by an order being placed right now');
    });
  }

  /** A new draft carrying the key; undefined when the key is already on another order (unique custom field). */
  private async claimDraft(idempotencyKey: string): Promise<string | undefined> {
    const { createDraftOrder } = await this.admin().request<{ createDraftOrder: { id: string } }>(q.CREATE_DRAFT);
    try {
      await this.admin().request(q.SET_KEY, { id: createDraftOrder.id, key: idempotencyKey });
      return createDraftOrder.id;
    } catch (err) {
      await this.admin().request(q.DELETE_DRAFT, { o: createDraftOrder.id }).catch(() => undefined);
      if (err instanceof VendureError && /unique|duplicate/i.test(err.message)) return undefined;
      throw err;
    }
  }

  private async buildDraft(orderId: string, cart: ConfirmedCart): Promise<void> {
    const admin = this.admin();
    const { customer } = await admin.request<{ customer: VCustomer | null }>(this.customerQuery, { id: cart.shopperId });
    if (!customer) throw new VendureError(`no customer ${cart.shopperId}`);
    const address = customer.addresses.find((a) => a.defaultShippingAddress) ?? customer.addresses[0];
    if (!address) throw new VendureError('the shopper has no address on file');
    unwrap((await admin.request<{ setCustomerForDraftOrder: object }>(q.SET_CUSTOMER, { o: orderId, c: customer.id })).setCustomerForDraftOrder, 'setCustomerForDraftOrder');
    const { productVariants } = await admin.request<{ productVariants: { items: { id: string; sku: string }[] } }>(q.VARIANTS, { skus: cart.lines.map((l) => l.sku) });
    for (const line of cart.lines) {
      const variant = productVariants.items.find((v) => v.sku === line.sku);
      if (!variant) throw new VendureError(`no product variant with SKU ${line.sku}`);
      unwrap((await admin.request<{ addItemToDraftOrder: object }>(q.ADD_ITEM, { o: orderId, input: { productVariantId: variant.id, quantity: line.quantity } })).addItemToDraftOrder, 'addItemToDraftOrder');
    }
    const input = {
      fullName: address.fullName || `${customer.firstName} ${customer.lastName}`, streetLine1: address.streetLine1, streetLine2: address.streetLine2,
      city: address.city, province: address.province, postalCode: address.postalCode, phoneNumber: address.phoneNumber, countryCode: address.country.code,
    };
    await admin.request(q.SET_SHIPPING_ADDRESS, { o: orderId, input });
    await admin.request(q.SET_BILLING_ADDRESS, { o: orderId, input });
    const { eligibleShippingMethodsForDraftOrder: methods } = await admin.request<{ eligibleShippingMethodsForDraftOrder: { id: string; code: string; priceWithTax: number }[] }>(q.SHIPPING_METHODS, { o: orderId });
    const method = this.config.shippingMethod
      ? methods.find((m) => m.code === this.config.shippingMethod)
      : [...methods].sort((a, b) => a.priceWithTax - b.priceWithTax)[0];
    if (!method) throw new VendureError(`no eligible shipping method${this.config.shippingMethod ? ` ${this.config.shippingMethod}` : ''}`);
    unwrap((await admin.request<{ setDraftOrderShippingMethod: object }>(q.SET_SHIPPING_METHOD, { o: orderId, m: method.id })).setDraftOrderShippingMethod, 'setDraftOrderShippingMethod');
    unwrap((await admin.request<{ transitionOrderToState: object }>(q.TRANSITION, { o: orderId, s: 'ArrangingPayment' })).transitionOrderToState, 'transitionOrderToState');
  }

  private async placed(code: string, shopperId: string): Promise<Order> {
    const order = await this.orderByCode(code, this.languages.get(shopperId));
    const mapped = order && this.toOrder(order, shopperId);
    if (!mapped) throw new VendureError(`order ${code} is not placed (state ${order?.state ?? 'missing'})`);
    return mapped;
  }

  async cancelOrder(shopperId: string, orderId: string, idempotencyKey: string): Promise<CancelOutcome> {
    return this.guard('cancel the order', async () => {
      const order = await this.orderByCode(orderId);
      if (!order || order.customer?.id !== shopperId || orderStatus(order.state) === undefined) return 'not_found';
      const reason = `cancelled by the shopper by voice (${idempotencyKey})`;
      if (order.state !== 'Cancelled') {
        if (!CANCELLABLE_STATES.has(order.state) || order.fulfillments?.some((f) => f.state !== 'Cancelled')) return 'too_late';
        const { cancelOrder } = await this.admin().request<{ cancelOrder: object }>(q.CANCEL, { input: { orderId: order.id, cancelShipping: true, reason } });
        unwrap(cancelOrder, 'cancelOrder');
      }
      // Vendure cancels without paying anything back; a cancelled order is refunded in full. Asked again (a retry after
      // a failure between the two steps), only what is still unrefunded is refunded.
      await this.refundUnrefunded(order.id, reason);
      return 'cancelled';
    });
  }

  /** Refunds each settled payment of the order what has not been refunded yet, through its payment method's handler. */
  private async refundUnrefunded(orderId: string, reason: string): Promise<void> {
    type VPayment = { id: string; state: string; amount: number; refunds: { total: number; state: string }[] };
    const { order } = await this.admin().request<{ order: { payments: VPayment[] } | null }>(q.ORDER_PAYMENTS, { id: orderId });
    for (const payment of order?.payments ?? []) {
      if (payment.state !== 'Settled') continue;
      const amount = payment.amount - payment.refunds.filter((r) => r.state !== 'Failed').reduce((sum, r) => sum + r.total, 0);
      if (amount <= 0) continue;
      // `amount` is the field to use since Vendure 2.2; 3.x on SQLite still needs the deprecated shipping and adjustment
      // columns filled (NOT NULL), so they are sent as zero.
      const input = { paymentId: payment.id, amount, reason, lines: [], shipping: 0, adjustment: 0 };
      const { refundOrder } = await this.admin().request<{ refundOrder: { state?: string } }>(q.REFUND, { input });
      unwrap(refundOrder, 'refundOrder');
      // The order is cancelled either way; a refund its payment handler refused is the merchant's to settle by hand.
      if (refundOrder.state === 'Failed') console.error(JSON.stringify({ level: 'error', where: 'vendure-refund', orderId, paymentId: payment.id }));
    }
  }

  async policies(): Promise<ShopPolicies> {
    return { returns: this.config.returnsPolicy, supportContact: this.config.supportContact };
  }

  async close(): Promise<void> {}

  private async orderByKey(key: string): Promise<VOrder | undefined> {
    const { orders } = await this.admin().request<{ orders: { items: VOrder[] } }>(q.ORDERS, { options: { take: 1, filter: { idempotencyKey: { eq: key } } } });
    return orders.items[0];
  }

  private async orderByCode(code: string, language?: string): Promise<VOrder | undefined> {
    const { orders } = await this.admin(language).request<{ orders: { items: VOrder[] } }>(q.ORDERS, { options: { take: 1, filter: { code: { eq: code } } } });
    return orders.items[0];
  }

  private toOrder(o: VOrder, shopperId: string): Order | undefined {
    // Belt and braces: whatever the query, never hand out another shopper's order.
    if (o.customer?.id !== shopperId || !o.orderPlacedAt) return undefined;
    const shipped = (o.fulfillments ?? []).filter((f) => f.state !== 'Cancelled').at(-1);
    const status = orderStatus(o.state, shipped?.state);
    if (!status) return undefined;
    return {
      id: o.code,
      customerId: shopperId,
      placedAt: new Date(o.orderPlacedAt).toISOString(),
      status,
      // A cancelled order's lines drop to quantity 0 in Vendure: it still says what was ordered.
      lines: o.lines.map((l) => ({ l, quantity: status === 'cancelled' ? l.orderPlacedQuantity : l.quantity })).filter(({ quantity }) => quantity > 0)
        .map(({ l, quantity }) => ({ sku: l.productVariant.sku, name: l.productVariant.name, quantity, unitPrice: fromMinor(l.unitPriceWithTax) })),
      shippingFee: fromMinor(o.shippingWithTax),
      taxIncluded: true,
      shipment: shipped ? {
        carrier: shipped.method,
        trackingId: shipped.trackingCode || undefined,
        eta: shipped.customFields?.eta || undefined,
        deliveredAt: shipped.state === 'Delivered' ? new Date(shipped.updatedAt).toISOString() : undefined,
      } : undefined,
    };
  }
}
