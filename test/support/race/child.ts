// One racing process: opens its own store on a shared SQLite file or a shared DynamoDB table, waits for the common
// start time, then creates handoff tickets and confirms the shared carts, and prints what it got as one JSON line.
import { DynamoStore, dynamoClient } from '../../../lambda/store/dynamodb.js';
import { SqliteStore } from '../../../lambda/store/sqlite.js';
import type { Store } from '../../../lambda/store/port.js';

interface Job {
  kind: 'sqlite' | 'dynamodb';
  file?: string;
  endpoint?: string;
  table?: string;
  customerId: string;
  tickets: number;
  cartIds: string[];
  startAt: number;
}

const job = JSON.parse(process.argv[2]) as Job;
const store: Store = job.kind === 'sqlite'
  ? new SqliteStore(job.file!)
  : new DynamoStore(dynamoClient({ endpoint: job.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }), job.table!);

await new Promise((resolve) => setTimeout(resolve, Math.max(0, job.startAt - Date.now())));
const at = new Date().toISOString();
const results = await Promise.allSettled([
  ...Array.from({ length: job.tickets }, (_, i) => store.createHandoff({
    customerId: job.customerId, sessionId: `${process.pid}-${i}`, platform: 'alexa', locale: 'en-US', createdAt: at, transcript: [],
  }).then((t) => ({ ticket: t.id }))),
  ...job.cartIds.map(async (cartId) => {
    const cart = (await store.getCart(cartId))!;
    const placed = await store.placeOrder(cartId, {
      customerId: job.customerId, placedAt: at, status: 'placed', lines: cart.lines, shippingFee: cart.shippingFee, taxIncluded: cart.taxIncluded,
    });
    return { cartId, order: placed.order.id, created: placed.created };
  }),
]);
await store.close();
console.log(JSON.stringify(results.map((r) => (r.status === 'fulfilled' ? r.value : { error: String((r.reason as Error)?.message ?? r.reason) }))));
