// `npm run load [-- --levels 1,8,32,64 --seconds 6]`: mixed conversations against the real server (a child process
// running `npm start`'s code on loopback, a fresh SQLite file, request checks off as in local work) at rising
// concurrency, with autocannon. Each connection repeats one conversation: a reorder read back and confirmed with
// "yes" (Alexa), a status question (Alexa), a status question (Dialogflow). Reports req/s, p50 and p99 latency and
// errors per level, then the orders the database holds against the confirmations the server acknowledged (an
// order number spoken back): they must be equal. Loopback only; bounded by levels × seconds.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type RawRequest, type RequestStep } from 'autocannon';
import Database from 'better-sqlite3';
import type { Seed } from '../lambda/store/seed.js';

const { values } = parseArgs({ options: { levels: { type: 'string', default: '1,8,32,64' }, seconds: { type: 'string', default: '6' }, shoppers: { type: 'string', default: '48' } } });
const LEVELS = values.levels.split(',').map(Number);
const SECONDS = Number(values.seconds);
const SHOPPERS = Number(values.shoppers);
/** Alexa gives a skill 8 seconds; a slower answer counts as an error. */
const TIMEOUT_S = 8;

function seed(): Seed {
  const catalog = [
    { sku: 'COFFEE', name: 'coffee beans', unitPrice: 12.5, available: true },
    { sku: 'OAT', name: 'oat milk', unitPrice: 3, available: true },
  ];
  return {
    seller: { name: 'Harbor Goods' },
    catalog,
    customers: Array.from({ length: SHOPPERS }, (_, i) => ({
      id: `c-load-${i}`, name: `Shopper ${i}`, locale: 'en-US', timeZone: 'America/Chicago', currency: 'USD', accessToken: `token-load-${i}`,
      address: { label: 'home', line1: `${i} Elm Street`, city: 'Madison', postalCode: '53703', country: 'US' },
      paymentMethod: { label: 'Mastercard ending in 1111' },
      orders: [{
        id: `o-load-${i}`, placedAt: '2026-11-01T10:00:00Z', status: 'delivered', shippingFee: 4.99, taxIncluded: true,
        lines: [{ sku: 'COFFEE', name: 'coffee beans', quantity: 2, unitPrice: 12.5 }, { sku: 'OAT', name: 'oat milk', quantity: 4, unitPrice: 3 }],
        shipment: { carrier: 'UPS', eta: '2026-11-03', deliveredAt: '2026-11-03T15:00:00Z' },
      }],
    })),
  } as Seed;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function alexa(token: string, sessionId: string, intent: string, attributes: unknown): string {
  const user = { userId: `amzn1.ask.account.${token}`, accessToken: token };
  const application = { applicationId: 'amzn1.ask.skill.load' };
  return JSON.stringify({
    version: '1.0',
    session: { new: attributes === undefined, sessionId, application, attributes: attributes ?? {}, user },
    context: { System: { application, user, device: { supportedInterfaces: {} } } },
    request: { type: 'IntentRequest', requestId: randomUUID(), timestamp: new Date().toISOString(), locale: 'en-US', intent: { name: intent, slots: {} } },
  });
}

const orderIdIn = (body: string) => /interpret-as=\\?"characters\\?">(NW\d+)</.exec(body)?.[1];

function google(token: string): string {
  return JSON.stringify({
    responseId: randomUUID(), session: `projects/load/agent/sessions/${randomUUID()}`,
    queryResult: { queryText: 'where is my order', languageCode: 'en', parameters: {}, intent: { displayName: 'OrderStatusIntent' }, outputContexts: [] },
    originalDetectIntentRequest: { source: 'google', version: '2', payload: { user: { accessToken: token, locale: 'en-US' } } },
  });
}

const acknowledged = new Set<string>();
let conversationsWrong = 0;
/** Confirmations sent whose answer has not been read yet (a level's end can cut one off): resent at the end. */
const unanswered = new Map<string, string>();
const json = { 'content-type': 'application/json' };

/** One conversation per pass of the steps; the context carries the shopper and the session between them. */
function steps(): RequestStep[] {
  let next = 0;
  const post = (path: string): RawRequest => ({ method: 'POST', path, headers: json });
  return [
    { ...post('/alexa'), setupRequest(req, ctx) {
      ctx.token = `token-load-${next++ % SHOPPERS}`;
      ctx.session = randomUUID();
      return { ...req, body: alexa(ctx.token as string, ctx.session as string, 'ReorderIntent', undefined) };
    }, onResponse(status, body, ctx) {
      ctx.attributes = status === 200 ? (JSON.parse(body) as { sessionAttributes?: unknown }).sessionAttributes : undefined;
    } },
    { ...post('/alexa'), setupRequest(req, ctx) {
      const body = alexa(ctx.token as string, ctx.session as string, 'AMAZON.YesIntent', ctx.attributes ?? {});
      unanswered.set(ctx.session as string, body);
      return { ...req, body };
    }, onResponse(status, body, ctx) {
      unanswered.delete(ctx.session as string);
      const id = status === 200 ? orderIdIn(body) : undefined;
      if (id) acknowledged.add(id);
      else conversationsWrong += 1;
    } },
    { ...post('/alexa'), setupRequest: (req, ctx) => ({ ...req, body: alexa(ctx.token as string, randomUUID(), 'OrderStatusIntent', undefined) }) },
    { ...post('/google'), setupRequest: (req, ctx) => ({ ...req, body: google(ctx.token as string) }) },
  ];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'load-'));
  const dbFile = join(dir, 'skill.db');
  const seedFile = join(dir, 'seed.json');
  writeFileSync(seedFile, JSON.stringify(seed()));
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'lambda/server/main.ts'], {
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', ALEXA_VERIFY: 'false', SKILL_DB: dbFile, SKILL_SEED_FILE: seedFile, SKILL_LOG: 'off',
      SKILL_STORE: 'sqlite', SKILL_PURCHASE_LIMIT_PER_HOUR: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
      server.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('listening')) { clearTimeout(timer); resolve(); } });
      server.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}`;
    console.log(`server pid ${server.pid} on ${url}; ${SHOPPERS} shoppers; ${SECONDS} s per level; levels ${LEVELS.join(', ')}`);
    console.log('| concurrency | requests | req/s | p50 ms | p99 ms | max ms | errors |');
    console.log('|---|---|---|---|---|---|---|');
    let failed = false;
    for (const connections of LEVELS) {
      const result = await autocannon({ url, connections, duration: SECONDS, timeout: TIMEOUT_S, requests: steps() });
      const errors = result.errors + result.non2xx;
      failed ||= errors > 0;
      console.log(`| ${connections} | ${result.requests.total} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${errors}${result.timeouts ? ` (${result.timeouts} timeouts)` : ''} |`);
    }
    // A confirmation cut off by the end of a level is sent again, as a platform would retry it: it names the
    // order it placed, if it placed one, and places it otherwise (exactly once either way).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const retried = unanswered.size;
    for (const body of unanswered.values()) {
      const answer = await fetch(`${url}/alexa`, { method: 'POST', headers: json, body });
      const id = answer.ok ? orderIdIn(await answer.text()) : undefined;
      if (id) acknowledged.add(id);
    }
    const db = new Database(dbFile, { readonly: true });
    const stored = (db.prepare("SELECT id FROM orders WHERE id NOT LIKE 'o-load-%'").all() as { id: string }[]).map((r) => r.id);
    const orphans = (db.prepare('SELECT COUNT(*) AS n FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)').get() as { n: number }).n;
    db.close();
    const missing = [...acknowledged].filter((id) => !stored.includes(id));
    console.log(`\norders in the database: ${stored.length}; confirmations acknowledged: ${acknowledged.size}; acknowledged but missing: ${missing.length}; orders without lines: ${orphans}; confirmations answered without an order: ${conversationsWrong}; cut off and resent: ${retried}`);
    if (stored.length !== acknowledged.size || missing.length || orphans) failed = true;
    console.log(failed ? 'LOAD: FAILED' : 'LOAD: OK (no errors; orders in the database = confirmations acknowledged)');
    process.exitCode = failed ? 1 : 0;
  } finally {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
