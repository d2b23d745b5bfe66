// `npm run bench [-- --iterations N]`: latency of whole conversation turns through the core on each store,
// measured the same way: a status turn ("where is my order?") and an order placement (the "yes" that places a
// read-back cart). SQLite is a WAL file on local disk; DynamoDB is dynalite in its own process on loopback, so
// its figures are request round trips plus an emulator, not AWS (add a few ms a call in a region).
// A separate script, never a test: timings depend on the machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createConversation, type Conversation } from '../lambda/core/conversation.js';
import type { DialogState, Turn } from '../lambda/core/types.js';
import { connectStore, type StoreConfig } from '../lambda/store/open.js';
import type { Store } from '../lambda/store/port.js';
import type { Seed } from '../lambda/store/seed.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '300' }, warmup: { type: 'string', default: '30' } } });
const ITERATIONS = Number(values.iterations);
const WARMUP = Number(values.warmup);
const NOW = new Date('2026-11-22T15:00:00Z');
const TOKEN = 'token-bench';

const SEED: Seed = {
  seller: { name: 'Harbor Goods' },
  customers: [{
    id: 'c-bench', name: 'Robin', locale: 'en-US', timeZone: 'America/Chicago', currency: 'USD', accessToken: TOKEN,
    address: { label: 'home', line1: '12 Elm Street', city: 'Madison', postalCode: '53703', country: 'US' },
    paymentMethod: { label: 'Mastercard ending in 1111' },
    orders: [
      { id: 'o-bench-1', placedAt: '2026-11-01T10:00:00Z', status: 'delivered', shippingFee: 4.99, taxIncluded: true,
        lines: [{ sku: 'COFFEE', name: 'coffee beans', quantity: 2, unitPrice: 12.5 }, { sku: 'OAT', name: 'oat milk', quantity: 4, unitPrice: 3 }],
        shipment: { carrier: 'UPS', eta: '2026-11-03', deliveredAt: '2026-11-03T15:00:00Z' } },
      { id: 'o-bench-2', placedAt: '2026-11-20T10:00:00Z', status: 'shipped', shippingFee: 4.99, taxIncluded: true,
        lines: [{ sku: 'LAMP', name: 'desk lamp', quantity: 1, unitPrice: 39 }],
        shipment: { carrier: 'FedEx', lastLocation: 'Chicago', eta: '2026-11-24' } },
    ],
  }],
};

function turn(intent: string, state: DialogState = {}, sessionId = randomUUID()): Turn {
  return {
    requestId: randomUUID(), platform: 'alexa', sessionId, newSession: Object.keys(state).length === 0, now: NOW, locale: 'en-US',
    kind: 'intent', intent, slots: {}, user: { accessToken: TOKEN }, capabilities: { screen: false, accountLinkingCard: true }, state,
  };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The status turn: find the shopper, read the history, answer. */
async function statusTurn(conversation: Conversation): Promise<number> {
  return time(() => conversation(turn('OrderStatusIntent')));
}

/** The placement turn: a reorder builds the cart (not timed), then the timed yes places it. */
async function placementTurn(conversation: Conversation): Promise<number> {
  const sessionId = randomUUID();
  const readBack = await conversation(turn('ReorderIntent', {}, sessionId));
  if (readBack.state.pending?.kind !== 'confirmOrder') throw new Error('the reorder did not ask for a confirmation');
  let placed: string | undefined;
  const ms = await time(async () => { placed = (await conversation(turn('AMAZON.YesIntent', readBack.state, sessionId))).speech; });
  if (!placed?.includes('NW')) throw new Error(`the yes placed no order: ${placed}`);
  return ms;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Row { store: string; turn: string; median: number; p99: number }

async function measure(store: string, open: () => Promise<Store>): Promise<Row[]> {
  const s = await open();
  const conversation = createConversation({ store: s });
  const rows: Row[] = [];
  for (const [name, run] of [['status', statusTurn], ['placement', placementTurn]] as const) {
    for (let i = 0; i < WARMUP; i++) await run(conversation);
    const samples: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) samples.push(await run(conversation));
    samples.sort((a, b) => a - b);
    rows.push({ store, turn: name, median: percentile(samples, 50), p99: percentile(samples, 99) });
  }
  await s.close();
  return rows;
}

async function seeded(config: StoreConfig): Promise<Store> {
  const store = await connectStore(config);
  await store.loadSeed(SEED);
  return store;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** dynalite in its own process, so the emulator does not share the bench's event loop. */
async function startDynalite(): Promise<{ endpoint: string; child: ChildProcess }> {
  const port = await freePort();
  const cli = join(process.cwd(), 'node_modules', 'dynalite', 'cli.js');
  const child = spawn(process.execPath, [cli, '--host', '127.0.0.1', '--port', String(port), '--createTableMs', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('listening')) resolve(); });
    child.on('exit', (code) => reject(new Error(`dynalite exited with ${code}`)));
  });
  return { endpoint: `http://127.0.0.1:${port}`, child };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const dynalite = await startDynalite();
  try {
    const rows = [
      ...await measure('SQLite (WAL file)', () => seeded({ store: 'sqlite', dbFile: join(dir, 'bench.db') })),
      ...await measure('DynamoDB (dynalite, loopback)', () => seeded({ store: 'dynamodb', table: 'bench', endpoint: dynalite.endpoint, region: 'us-east-1' })),
    ];
    console.log(`\n${ITERATIONS} turns each after ${WARMUP} warm-up, Node ${process.version}, whole turn through the core\n`);
    console.log(`${'store'.padEnd(32)}${'turn'.padEnd(12)}${'median'.padStart(10)}${'p99'.padStart(10)}`);
    for (const r of rows) {
      console.log(`${r.store.padEnd(32)}${r.turn.padEnd(12)}${`${r.median.toFixed(2)} ms`.padStart(10)}${`${r.p99.toFixed(2)} ms`.padStart(10)}`);
    }
  } finally {
    dynalite.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
