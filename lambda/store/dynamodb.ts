// The DynamoDB store: the same port as SQLite, for many Lambda instances at once. One table (dynamodb/table.ts),
// keys in dynamodb/items.ts. No Scan anywhere and no transactions: every guarantee rests on conditional writes,
// which any DynamoDB-compatible server implements.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { getAll, inParallel, writeAll, type WriteRequest } from './dynamodb/batch.js';
import { isConditionFailure, names } from './dynamodb/expressions.js';
import {
  expiresIn, identity, instant, keys, orderItem, orderItemSk, orderRange, seedItems, toCart, toCustomer, toHandoff,
  toOrder, toSeller, TTL_ATTRIBUTE, type Item, type Key,
} from './dynamodb/items.js';
import { DynamoOutbox } from './dynamodb/outbox.js';
import { createTableIfMissing, IDENTITY_ATTRIBUTE, IDENTITY_INDEX, isNamed } from './dynamodb/table.js';
import { orderIdFor } from './order-id.js';
import type { PlaceResult, Store } from './port.js';
import type { Seed } from './seed.js';
import { DEFAULT_SELLER, type SeedProgress, type SeedTarget } from './seeding.js';
import type {
  CatalogItem, Customer, HandoffTicket, Order, OrderMailDraft, PendingCart, Seller, ShopperIdentity, TranscriptEntry, VoiceCodeState,
} from './types.js';

const DAY = 24 * 60 * 60;
/** A cart waits for a yes within one session; a day is generous. */
export const CART_TTL_SECONDS = DAY;
/** A retried confirmation arrives within seconds; the receipt outlives the cart by far. */
export const RECEIPT_TTL_SECONDS = 7 * DAY;
/** Transcripts serve handoffs, which copy them; they are personal data, so they do not linger. */
export const TRANSCRIPT_TTL_SECONDS = 30 * DAY;
/** An order number reserved by a confirmation that then failed is released after this long. */
const RESERVATION_TTL_SECONDS = DAY;

export interface DynamoConfig {
  table: string;
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}


/** The SDK clients for a configuration. A local endpoint gets dummy credentials unless real ones are set, so
 * pointing the skill at a DynamoDB-compatible server needs nothing but the endpoint. */
export function dynamoClient(config: Omit<DynamoConfig, 'table'>, env: NodeJS.ProcessEnv = process.env): DynamoDBClient {
  const local = config.endpoint && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE;
  return new DynamoDBClient({
    region: config.region ?? 'us-east-1',
    endpoint: config.endpoint,
    credentials: config.credentials ?? (local ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined),
  });
}

export class DynamoStore implements Store, SeedTarget {
  private readonly doc: DynamoDBDocumentClient;
  readonly outbox: DynamoOutbox;

  /** @param ownsClient false when several stores share one client (tests): close() then leaves it open. */
  constructor(private readonly client: DynamoDBClient, readonly table: string, private readonly ownsClient = true) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    // A held e-mail is wanted once the cancellation that carries it is in (the order names it).
    this.outbox = new DynamoOutbox(this.doc, table, async (m) => (await this.orderItem(m.mail.orderId))?.cancelMailId === m.id);
  }

  static connect(config: DynamoConfig, env: NodeJS.ProcessEnv = process.env): DynamoStore {
    return new DynamoStore(dynamoClient(config, env), config.table);
  }

  /** Creates the table when it does not exist. A GetItem tells, so the deployed function needs no DescribeTable. */
  async ensureTable(): Promise<void> {
    try {
      await this.get(keys.seller(), false);
    } catch (err) {
      if (!isNamed(err, 'ResourceNotFoundException')) throw err;
      await createTableIfMissing(this.client, this.table);
    }
  }

  // ------------------------------------------------------------------------------------------ seeding

  async isEmpty(): Promise<boolean> {
    return !(await this.get(keys.seller()));
  }

  /** Writes the seed in batches. Items are keyed by the seed's ids, so a second load overwrites rather than
   * duplicates; what an earlier load wrote and this seed no longer has (a platform id, an order's old place in
   * the history) is deleted. The seller goes last: until it is there the store counts as empty, so an
   * interrupted load is finished by the next start or run. */
  async loadSeed(seed: Seed, options: SeedProgress = {}): Promise<void> {
    const { items, seller, orders } = seedItems(seed);
    const stale = (await this.isEmpty()) ? [] : await this.staleItems(seed, items, orders);
    const requests: WriteRequest[] = [
      ...stale.map((Key) => ({ DeleteRequest: { Key } })),
      ...items.map((Item) => ({ PutRequest: { Item } })),
    ];
    const total = requests.length + 1;
    options.onProgress?.(0, total);
    await writeAll(this.doc, this.table, requests, { onProgress: (written) => options.onProgress?.(written, total) });
    await this.doc.send(new PutCommand({ TableName: this.table, Item: seller }));
    options.onProgress?.(total, total);
  }

  private async staleItems(seed: Seed, items: Item[], orders: Order[]): Promise<Key[]> {
    const keep = new Set(items.map((i) => `${String(i.pk)}\u0000${String(i.sk)}`));
    const stale: Key[] = [];
    await inParallel(seed.customers, 8, async (c) => {
      for (const user of await this.queryAll({
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :user)',
        ExpressionAttributeNames: names('pk', 'sk'),
        ExpressionAttributeValues: { ':pk': keys.customer(c.id).pk, ':user': 'USER#' },
        ProjectionExpression: '#pk, #sk',
      })) {
        if (!keep.has(`${String(user.pk)}\u0000${String(user.sk)}`)) stale.push({ pk: String(user.pk), sk: String(user.sk) });
      }
      // A customer the seed no longer gives a login loses the one an earlier load wrote (a no-op when none).
      if (!c.email || !c.passwordHash) stale.push(keys.login(c.id));
    });
    const refs = await getAll(this.doc, this.table, orders.map((o) => keys.orderRef(o.id)));
    const wanted = new Map(orders.map((o) => [o.id, keys.order(o.customerId, o.placedAt, o.id)]));
    for (const ref of refs) {
      const now = wanted.get(String(ref.pk).slice('ORDER#'.length));
      const before = { pk: keys.customer(String(ref.customerId)).pk, sk: String(ref.orderKey) };
      if (ref.orderKey && now && (now.pk !== before.pk || now.sk !== before.sk)) stale.push(before);
    }
    return stale;
  }

  // ---------------------------------------------------------------------------------- shopper and orders

  async seller(): Promise<Seller> {
    const item = await this.get(keys.seller(), false);
    return item ? { ...DEFAULT_SELLER, ...toSeller(item) } : DEFAULT_SELLER;
  }

  async findCustomer(who: ShopperIdentity): Promise<Customer | undefined> {
    let found: Item | undefined;
    if (who.accessToken) found = await this.byIdentity(identity.token(who.accessToken));
    if (!found && who.userId) found = await this.byIdentity(identity.platformUser(who.platform, who.userId));
    return found ? toCustomer(found) : undefined;
  }

  async customerById(customerId: string): Promise<Customer | undefined> {
    const item = await this.get(keys.customer(customerId), false);
    return item ? toCustomer(item) : undefined;
  }

  async customerCredentials(email: string): Promise<{ customerId: string; passwordHash: string } | undefined> {
    const item = await this.byIdentity(identity.email(email));
    return item?.type === 'login' ? { customerId: String(item.customerId), passwordHash: String(item.passwordHash) } : undefined;
  }

  private async byIdentity(value: string): Promise<Item | undefined> {
    const { Items } = await this.doc.send(new QueryCommand({
      TableName: this.table, IndexName: IDENTITY_INDEX, Limit: 1,
      KeyConditionExpression: `#${IDENTITY_ATTRIBUTE} = :identity`,
      ExpressionAttributeNames: names(IDENTITY_ATTRIBUTE),
      ExpressionAttributeValues: { ':identity': value },
    }));
    return Items?.[0];
  }

  async recentOrders(customerId: string, asOf: Date, limit = 20): Promise<Order[]> {
    const { from, to } = orderRange(asOf);
    const orders: Order[] = [];
    let start: Record<string, unknown> | undefined;
    // Pages only when a page's 1 MB ends before the limit.
    do {
      const page = await this.doc.send(new QueryCommand({
        TableName: this.table, ConsistentRead: true, ScanIndexForward: false, Limit: limit - orders.length, ExclusiveStartKey: start,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: names('pk', 'sk'),
        ExpressionAttributeValues: { ':pk': keys.customer(customerId).pk, ':from': from, ':to': to },
      }));
      orders.push(...(page.Items ?? []).map(toOrder));
      start = page.LastEvaluatedKey;
    } while (start && orders.length < limit);
    return orders;
  }

  async getOrder(orderId: string): Promise<Order | undefined> {
    const item = await this.orderItem(orderId);
    return item ? toOrder(item) : undefined;
  }

  private async orderItem(orderId: string): Promise<Item | undefined> {
    const ref = await this.get(keys.orderRef(orderId));
    if (!ref?.orderKey) return undefined;
    return this.get({ pk: keys.customer(String(ref.customerId)).pk, sk: String(ref.orderKey) });
  }

  async catalogItems(skus: string[]): Promise<CatalogItem[]> {
    if (skus.length === 0) return [];
    const found = new Map((await getAll(this.doc, this.table, skus.map(keys.catalog))).map((i) => [String(i.sku), i]));
    return [...new Set(skus)].filter((sku) => found.has(sku)).map((sku) => {
      const i = found.get(sku)!;
      return {
        sku, name: String(i.name), synonyms: (i.synonyms as string[]) ?? [], unitPrice: Number(i.unitPrice), available: i.available === true,
        ...(i.grammar ? { grammar: i.grammar as CatalogItem['grammar'] } : {}),
      };
    });
  }

  // ------------------------------------------------------------------------------------------- carts

  async saveCart(cart: PendingCart): Promise<void> {
    // Creates the cart, or changes the lines of an open one; a placed or discarded cart stays as it is.
    try {
      await this.doc.send(new UpdateCommand({
        TableName: this.table, Key: keys.cart(cart.id),
        UpdateExpression: `SET #type = :type, #cartId = :id, #lines = :lines, #customerId = if_not_exists(#customerId, :customer),
          #createdAt = if_not_exists(#createdAt, :createdAt), #status = if_not_exists(#status, :status),
          #shippingFee = if_not_exists(#shippingFee, :fee), #taxIncluded = if_not_exists(#taxIncluded, :tax),
          #${TTL_ATTRIBUTE} = if_not_exists(#${TTL_ATTRIBUTE}, :ttl)`,
        ConditionExpression: 'attribute_not_exists(#pk) OR #status = :open',
        ExpressionAttributeNames: names('pk', 'type', 'cartId', 'lines', 'customerId', 'createdAt', 'status', 'shippingFee', 'taxIncluded', TTL_ATTRIBUTE),
        ExpressionAttributeValues: {
          ':type': 'cart', ':id': cart.id, ':lines': cart.lines, ':customer': cart.customerId, ':createdAt': cart.createdAt,
          ':status': cart.status, ':fee': cart.shippingFee, ':tax': cart.taxIncluded, ':ttl': expiresIn(CART_TTL_SECONDS), ':open': 'open',
        },
      }));
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  async getCart(cartId: string): Promise<PendingCart | undefined> {
    const item = await this.get(keys.cart(cartId));
    return item ? toCart(item) : undefined;
  }

  async markCartPlaced(cartId: string, orderId: string): Promise<void> {
    try {
      await this.doc.send(new UpdateCommand({
        TableName: this.table, Key: keys.cart(cartId),
        UpdateExpression: 'SET #status = :placed, #orderId = :orderId',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: names('status', 'orderId'),
        ExpressionAttributeValues: { ':placed': 'placed', ':open': 'open', ':orderId': orderId },
      }));
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  async discardCart(cartId: string): Promise<void> {
    try {
      await this.doc.send(new UpdateCommand({
        TableName: this.table, Key: keys.cart(cartId),
        UpdateExpression: 'SET #status = :discarded',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: names('status'),
        ExpressionAttributeValues: { ':discarded': 'discarded', ':open': 'open' },
      }));
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  /**
   * Exactly once, across any number of instances, with conditional writes only:
   * 1. reserve an order number (the order-ref item, created only if the number is free or already this cart's);
   * 2. commit: flip the cart from open to placed *with the whole order in it* — only one caller can;
   * 3. roll forward from the committed order: the idempotency item (cart -> order, kept after the cart
   *    expires), the order in the shopper's history and the ref to it. Each is written only if missing, so
   *    every caller that lost the race, or retries after a crash between steps, completes the same order.
   */
  async placeOrder(cartId: string, order: Omit<Order, 'id'>, mail?: OrderMailDraft): Promise<PlaceResult> {
    const cart = await this.get(keys.cart(cartId));
    if (!cart) {
      // A confirmation retried after its cart expired still finds its order.
      const receipt = await this.get(keys.placed(cartId));
      if (receipt) return { order: await this.rollForward(cartId, receipt.order as Order, receipt.mail as OrderMailDraft | undefined), created: false };
      throw new Error(`no cart ${cartId}`);
    }
    if (cart.status === 'placed') return { order: await this.rollForward(cartId, cart.order as Order, cart.mail as OrderMailDraft | undefined), created: false };
    if (cart.status !== 'open') throw new Error(`cart ${cartId} is ${String(cart.status)}`);

    const id = await this.reserveOrderId(cartId, String(cart.customerId));
    const committed: Order = { ...order, id, placedAt: instant(order.placedAt) };
    try {
      await this.doc.send(new UpdateCommand({
        TableName: this.table, Key: keys.cart(cartId),
        // The e-mail's draft commits with the order, so whoever rolls the placement forward also queues it.
        UpdateExpression: `SET #status = :placed, #orderId = :id, #order = :order${mail ? ', #mail = :mail' : ''}`,
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: names('status', 'orderId', 'order', ...(mail ? ['mail'] : [])),
        ExpressionAttributeValues: { ':placed': 'placed', ':open': 'open', ':id': id, ':order': committed, ...(mail ? { ':mail': mail } : {}) },
      }));
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      const now = await this.get(keys.cart(cartId));
      if (now?.status !== 'placed') throw new Error(`cart ${cartId} is ${String(now?.status ?? 'gone')}`, { cause: err });
      return { order: await this.rollForward(cartId, now.order as Order, now.mail as OrderMailDraft | undefined), created: false };
    }
    return { order: await this.rollForward(cartId, committed, mail), created: true };
  }

  private async reserveOrderId(cartId: string, customerId: string): Promise<string> {
    for (let salt = 0; ; salt++) {
      const id = orderIdFor(cartId, salt);
      try {
        await this.doc.send(new UpdateCommand({
          TableName: this.table, Key: keys.orderRef(id),
          UpdateExpression: `SET #type = :type, #cartId = :cart, #customerId = :customer, #${TTL_ATTRIBUTE} = if_not_exists(#${TTL_ATTRIBUTE}, :ttl)`,
          // Racing confirmations of one cart derive the same number and may all hold it.
          ConditionExpression: 'attribute_not_exists(#pk) OR #cartId = :cart',
          ExpressionAttributeNames: names('pk', 'type', 'cartId', 'customerId', TTL_ATTRIBUTE),
          ExpressionAttributeValues: { ':type': 'orderRef', ':cart': cartId, ':customer': customerId, ':ttl': expiresIn(RESERVATION_TTL_SECONDS) },
        }));
        return id;
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
      }
    }
  }

  private async rollForward(cartId: string, order: Order, mail?: OrderMailDraft): Promise<Order> {
    await Promise.all([
      this.putIfMissing({ ...keys.placed(cartId), type: 'placed', cartId, orderId: order.id, order, mail, [TTL_ATTRIBUTE]: expiresIn(RECEIPT_TTL_SECONDS) }),
      // Written only if missing: a sent e-mail outlives every retry of its placement (the receipt's 7 days).
      mail ? this.outbox.enqueue(order.id, mail, new Date()) : undefined,
      this.putIfMissing(orderItem(order, cartId)),
      this.doc.send(new UpdateCommand({
        TableName: this.table, Key: keys.orderRef(order.id),
        // The order exists now: the number is no longer a reservation that may lapse.
        UpdateExpression: `SET #type = :type, #cartId = :cart, #customerId = :customer, #orderKey = :orderKey REMOVE #${TTL_ATTRIBUTE}`,
        ExpressionAttributeNames: names('type', 'cartId', 'customerId', 'orderKey', TTL_ATTRIBUTE),
        ExpressionAttributeValues: { ':type': 'orderRef', ':cart': cartId, ':customer': order.customerId, ':orderKey': orderItemSk(order) },
      })),
    ]);
    return order;
  }

  async cancelOrder(orderId: string, mail?: OrderMailDraft): Promise<boolean> {
    const ref = await this.get(keys.orderRef(orderId));
    if (!ref?.orderKey) return false;
    // Held until the cancellation is in: a crash after this leaves a held e-mail that a sender settles
    // from the order's state (dynamodb/outbox.ts).
    const mailToSend = mail ? await this.outbox.enqueue(orderId, mail, new Date(), 'held') : undefined;
    try {
      await this.doc.send(new UpdateCommand({
        TableName: this.table, Key: { pk: keys.customer(String(ref.customerId)).pk, sk: String(ref.orderKey) },
        // The order names the e-mail its cancellation sends, which is how a sender tells a held one is wanted.
        UpdateExpression: `SET #status = :cancelled${mailToSend ? ', #cancelMailId = :mail' : ''}`,
        ConditionExpression: '#status = :placed',
        ExpressionAttributeNames: names('status', ...(mailToSend ? ['cancelMailId'] : [])),
        ExpressionAttributeValues: { ':cancelled': 'cancelled', ':placed': 'placed', ...(mailToSend ? { ':mail': mailToSend } : {}) },
      }));
      if (mailToSend) await this.outbox.promote(mailToSend);
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  // -------------------------------------------------------------------------------------- voice code

  async voiceCodeState(customerId: string): Promise<VoiceCodeState> {
    return toVoiceCodeState(await this.get(keys.voiceCode(customerId)));
  }

  async recordVoiceCodeFailure(customerId: string, at: Date, lockAfter: number, requestId: string): Promise<VoiceCodeState> {
    let state: Item | undefined;
    try {
      // The request id makes a platform retry of the same wrong code a no-op, on whichever instance it lands.
      ({ Attributes: state } = await this.doc.send(new UpdateCommand({
        TableName: this.table, Key: keys.voiceCode(customerId),
        UpdateExpression: 'SET #type = :type, #customerId = :customer, #failures = if_not_exists(#failures, :zero) + :one, #lastRequestId = :request',
        ConditionExpression: 'attribute_not_exists(#lastRequestId) OR #lastRequestId <> :request',
        ExpressionAttributeNames: names('type', 'customerId', 'failures', 'lastRequestId'),
        ExpressionAttributeValues: { ':type': 'voiceCode', ':customer': customerId, ':zero': 0, ':one': 1, ':request': requestId },
        ReturnValues: 'ALL_NEW',
      })));
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      state = await this.get(keys.voiceCode(customerId));
    }
    if (state && Number(state.failures) >= lockAfter && !state.lockedAt) {
      try {
        ({ Attributes: state } = await this.doc.send(new UpdateCommand({
          TableName: this.table, Key: keys.voiceCode(customerId),
          UpdateExpression: 'SET #lockedAt = :at',
          // The first lock time stands, whichever instance counted the last failure.
          ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#lockedAt)',
          ExpressionAttributeNames: names('pk', 'lockedAt'),
          ExpressionAttributeValues: { ':at': at.toISOString() },
          ReturnValues: 'ALL_NEW',
        })));
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
        state = await this.get(keys.voiceCode(customerId));
      }
    }
    return toVoiceCodeState(state);
  }

  async resetVoiceCode(customerId: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.table, Key: keys.voiceCode(customerId) }));
  }

  // ------------------------------------------------------------------------- transcripts and handoffs

  async appendTranscript(sessionId: string, entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // One item per session; list_append keeps concurrent appends whole and in arrival order.
    await this.doc.send(new UpdateCommand({
      TableName: this.table, Key: keys.transcript(sessionId),
      UpdateExpression: `SET #type = :type, #entries = list_append(if_not_exists(#entries, :none), :entries), #${TTL_ATTRIBUTE} = :ttl`,
      ExpressionAttributeNames: names('type', 'entries', TTL_ATTRIBUTE),
      ExpressionAttributeValues: { ':type': 'transcript', ':none': [], ':entries': entries, ':ttl': expiresIn(TRANSCRIPT_TTL_SECONDS) },
    }));
  }

  async transcript(sessionId: string): Promise<TranscriptEntry[]> {
    const item = await this.get(keys.transcript(sessionId));
    return (item?.entries as TranscriptEntry[] | undefined) ?? [];
  }

  async createHandoff(ticket: Omit<HandoffTicket, 'id'>): Promise<HandoffTicket> {
    // An atomic counter gives short references ("H1001") that stay unique across instances.
    const { Attributes } = await this.doc.send(new UpdateCommand({
      TableName: this.table, Key: keys.handoffCounter(),
      UpdateExpression: 'ADD #n :one',
      ExpressionAttributeNames: names('n'),
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }));
    const id = `H${Number(Attributes?.n) + 1000}`;
    const stored: HandoffTicket = {
      id, customerId: ticket.customerId, sessionId: ticket.sessionId, platform: ticket.platform, locale: ticket.locale,
      createdAt: ticket.createdAt, transcript: ticket.transcript,
    };
    await this.doc.send(new PutCommand({
      TableName: this.table, Item: { ...keys.handoff(id), type: 'handoff', ticketId: id, ...stored },
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: names('pk'),
    }));
    return stored;
  }

  async getHandoff(ticketId: string): Promise<HandoffTicket | undefined> {
    const item = await this.get(keys.handoff(ticketId));
    return item ? toHandoff(item) : undefined;
  }

  async close(): Promise<void> {
    if (this.ownsClient) this.client.destroy();
  }

  // ------------------------------------------------------------------------------------------ helpers

  private async get(key: Key, consistent = true): Promise<Item | undefined> {
    const { Item } = await this.doc.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: consistent }));
    return Item;
  }

  private async putIfMissing(item: Item): Promise<void> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: names('pk') }));
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  private async queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(new QueryCommand({ ...input, TableName: this.table, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}

function toVoiceCodeState(item: Item | undefined): VoiceCodeState {
  return { failures: item ? Number(item.failures ?? 0) : 0, lockedAt: item?.lockedAt ? String(item.lockedAt) : undefined };
}
