// What only the DynamoDB outbox has to get right, with no transactions to lean on: the placement's e-mail rides in
// the cart's commit, so a retry after a crash before the roll-forward still queues it; a cancellation's e-mail is
// held until the cancellation is in, and a sender settles one whose canceller died, either way.
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'chai';
import { DynamoStore } from '../../lambda/store/dynamodb.js';
import { keys, orderItemSk } from '../../lambda/store/dynamodb/items.js';
import { doneKey, HELD_GRACE_MS, outboxItem, outboxKey } from '../../lambda/store/dynamodb/outbox.js';
import type { Order, PendingCart } from '../../lambda/store/types.js';
import { aCustomer, aLine, aSeed } from '../support/seed.js';
import { localDynamoClient } from '../support/local-dynamodb.js';
import { freshDynamoTable } from '../support/stores.js';
import { aDraft } from './outbox-contract.js';

const PLACED_AT = '2026-11-22T15:00:00.000Z';
const afterGrace = () => new Date(Date.now() + HELD_GRACE_MS + 1000);

async function setUp() {
  const customer = aCustomer({ email: 'robin@example.com', orders: [] });
  const { table } = await freshDynamoTable();
  const client = await localDynamoClient();
  const store = new DynamoStore(client, table, false);
  await store.loadSeed(aSeed([customer]));
  const raw = DynamoDBDocumentClient.from(client);
  const cart: PendingCart = {
    id: `cart-${Math.random().toString(36).slice(2)}`, customerId: customer.id, createdAt: PLACED_AT, status: 'open',
    lines: [aLine('oat milk', { quantity: 2 })], shippingFee: 4.99, taxIncluded: true,
  };
  await store.saveCart(cart);
  const order: Omit<Order, 'id'> = {
    customerId: customer.id, placedAt: PLACED_AT, status: 'placed', lines: cart.lines, shippingFee: 4.99, taxIncluded: true,
  };
  return { store, raw, table, cart, order, outbox: store.outbox };
}

describe('DynamoDB outbox across crashes', () => {
  it('queues the e-mail when a confirmation is retried after a crash before the roll-forward', async () => {
    const { store, raw, table, cart, order, outbox } = await setUp();
    const { order: placed } = await store.placeOrder(cart.id, order, aDraft());
    // As if the process died right after the commit: nothing of the roll-forward was written.
    await raw.send(new DeleteCommand({ TableName: table, Key: outboxKey(`${placed.id}.placed`) }));
    await raw.send(new DeleteCommand({ TableName: table, Key: keys.placed(cart.id) }));
    expect(await outbox.due(afterGrace(), 10)).to.deep.equal([]);
    // The retry carries no draft of its own; the committed cart has it.
    const retried = await store.placeOrder(cart.id, order);
    expect(retried).to.deep.include({ created: false });
    expect((await outbox.due(afterGrace(), 10)).map((m) => m.id)).to.deep.equal([`${placed.id}.placed`]);
  });

  it('promotes a held cancellation e-mail whose canceller died after cancelling, once its grace is over', async () => {
    const { store, raw, table, cart, order, outbox } = await setUp();
    const { order: placed } = await store.placeOrder(cart.id, order);
    const id = await outbox.enqueue(placed.id, aDraft('cancelled'), new Date(), 'held');
    // The cancellation went in, naming the e-mail; the promotion never did.
    await raw.send(new UpdateCommand({
      TableName: table, Key: { pk: keys.customer(placed.customerId).pk, sk: orderItemSk(placed) },
      UpdateExpression: 'SET #status = :cancelled, #cancelMailId = :id',
      ExpressionAttributeNames: { '#status': 'status', '#cancelMailId': 'cancelMailId' },
      ExpressionAttributeValues: { ':cancelled': 'cancelled', ':id': id },
    }));
    expect(await outbox.due(new Date(), 10), 'a canceller may still be at work').to.deep.equal([]);
    expect((await outbox.due(afterGrace(), 10)).map((m) => [m.id, m.status])).to.deep.equal([[id, 'pending']]);
    expect((await outbox.get(id))?.status).to.equal('pending');
  });

  it('drops a held cancellation e-mail whose canceller died before cancelling', async () => {
    const { store, cart, order, outbox } = await setUp();
    const { order: placed } = await store.placeOrder(cart.id, order);
    const id = await outbox.enqueue(placed.id, aDraft('cancelled'), new Date(), 'held');
    expect(await outbox.due(afterGrace(), 10)).to.deep.equal([]);
    expect(await outbox.get(id)).to.equal(undefined);
    expect((await store.getOrder(placed.id))?.status).to.equal('placed');
  });

  it('keeps only unsent e-mails in the outbox partition; a sent one moves to its own record', async () => {
    const { store, raw, table, cart, order, outbox } = await setUp();
    const { order: placed } = await store.placeOrder(cart.id, order, aDraft());
    const id = `${placed.id}.placed`;
    const now = afterGrace();
    await outbox.claim(id, now, new Date(now.getTime() + 60_000));
    await outbox.markSent(id, now);
    expect((await raw.send(new GetCommand({ TableName: table, Key: outboxKey(id) }))).Item).to.equal(undefined);
    expect((await raw.send(new GetCommand({ TableName: table, Key: doneKey(id) }))).Item).to.include({ status: 'sent', attempts: 1 });
    expect(await outbox.get(id)).to.include({ status: 'sent', sentAt: now.toISOString() });
  });

  it('drops, without sending, an e-mail queued again after it was sent', async () => {
    const { store, raw, table, cart, order, outbox } = await setUp();
    const { order: placed } = await store.placeOrder(cart.id, order, aDraft());
    const id = `${placed.id}.placed`;
    const [queued] = await outbox.due(afterGrace(), 10);
    const now = afterGrace();
    await outbox.claim(id, now, new Date(now.getTime() + 60_000));
    await outbox.markSent(id, now);
    // A roll-forward that read "not sent yet" just before the sender finished puts the queue item back.
    await raw.send(new PutCommand({ TableName: table, Item: outboxItem(queued) }));
    const later = new Date(now.getTime() + 1000);
    expect((await outbox.due(later, 10)).map((m) => m.id)).to.deep.equal([id]);
    expect(await outbox.claim(id, later, new Date(later.getTime() + 60_000))).to.equal(false);
    expect(await outbox.due(later, 10)).to.deep.equal([]);
    expect(await outbox.get(id)).to.include({ status: 'sent', attempts: 1 });
  });
});
