import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { buildLambda, LAMBDA_DIR } from '../../scripts/build-lambda.js';
import { envelope } from '../alexa/envelopes.js';
import { DynamoStore } from '../../lambda/store/dynamodb.js';
import { invokeHandler } from '../support/invoke-handler.js';
import { localDynamoClient, localDynamoEndpoint } from '../support/local-dynamodb.js';
import { LoopbackSmtp } from '../support/smtp.js';
import { aDraft } from '../store/outbox-contract.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';

const BUNDLE = join(LAMBDA_DIR, 'index.js');

const avery = aCustomer({
  name: 'Avery',
  accessToken: 'token-build-avery',
  orders: [anOrder({
    placedAt: '2026-11-20T10:00:00Z',
    status: 'shipped',
    lines: [aLine('sparkling water', { quantity: 3, unitPrice: 6.5 })],
    shipment: { carrier: 'FedEx', eta: '2026-11-24' },
  })],
});

/** Calls the bundle's `handler` the way Lambda does, in a fresh node with only the given environment. */
const invokeBundle = (dir: string, event: unknown, env: Record<string, string>, packages: string[] = []) => invokeHandler({
  module: BUNDLE, event, cwd: dir, packages,
  env: { SKILL_LOG: 'off', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
});

describe('Lambda bundle (scripts/build-lambda.ts)', function () {
  this.timeout(180_000);

  let inputs: string[];
  let dir: string;

  before(async () => {
    ({ inputs } = await buildLambda());
    dir = mkdtempSync(join(tmpdir(), 'lambda-test-'));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('bundles the Alexa entry point', () => {
    expect(inputs.some((file) => file.endsWith('lambda/alexa/lambda.ts'))).to.equal(true);
  });

  it('takes nothing from actions-on-google into the bundle', () => {
    expect(inputs.filter((file) => file.includes('actions-on-google'))).to.deep.equal([]);
    expect(readFileSync(BUNDLE, 'utf8')).to.not.include('actions-on-google');
  });

  it('neither bundles nor ships better-sqlite3: the deployed function runs on DynamoDB', () => {
    expect(inputs.filter((file) => file.includes('node_modules/better-sqlite3/'))).to.deep.equal([]);
    expect(existsSync(join(LAMBDA_DIR, 'node_modules'))).to.equal(false);
    expect(JSON.parse(readFileSync(join(LAMBDA_DIR, 'package.json'), 'utf8')).dependencies).to.deep.equal({});
  });

  it('leaves the AWS SDK to the Lambda runtime: required, not bundled', () => {
    expect(inputs.filter((file) => /node_modules\/@(aws-sdk|smithy)\//.test(file))).to.deep.equal([]);
    const code = readFileSync(BUNDLE, 'utf8');
    expect(code).to.include('require("@aws-sdk/client-dynamodb")');
    expect(code).to.not.match(/class DynamoDBClient\b/);
  });

  it('answers from DynamoDB with SKILL_STORE=dynamodb, creating and seeding the table, without loading better-sqlite3', async () => {
    const seedFile = join(dir, 'dynamo-seed.json');
    writeFileSync(seedFile, JSON.stringify(aSeed([avery])));
    const run = await invokeBundle(dir, envelope('order-status', { token: avery.accessToken, timestamp: '2026-11-22T15:00:00Z' }), {
      SKILL_STORE: 'dynamodb',
      SKILL_DYNAMODB_TABLE: `lambda-test-${process.pid}`,
      SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint(),
      SKILL_SEED_FILE: seedFile,
    }, ['better-sqlite3', '@aws-sdk/client-dynamodb']);
    expect(run.status, run.error).to.equal(0);
    const response = run.result as ResponseEnvelope;
    expect((response.response.outputSpeech as { ssml: string }).ssml).to.include('sparkling water').and.to.include('FedEx');
    expect(run.loaded).to.deep.equal(['@aws-sdk/client-dynamodb']);
  });

  it('outside Lambda, as a local harness inside the project, loads better-sqlite3 (the project\'s) and not the AWS SDK', async () => {
    const seedFile = join(dir, 'sqlite-seed.json');
    writeFileSync(seedFile, JSON.stringify(aSeed([avery])));
    const run = await invokeBundle(dir, envelope('order-status', { token: avery.accessToken, timestamp: '2026-11-22T15:00:00Z' }), {
      SKILL_DB: ':memory:', SKILL_SEED_FILE: seedFile,
    }, ['better-sqlite3', '@aws-sdk/client-dynamodb']);
    expect(run.status, run.error).to.equal(0);
    expect(run.loaded).to.deep.equal(['better-sqlite3']);
  });

  it("answers a status request from the seed file in SKILL_SEED_FILE through the exported handler", async () => {
    const seedFile = join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify(aSeed([avery])));
    const run = await invokeBundle(dir, envelope('order-status', { token: avery.accessToken, timestamp: '2026-11-22T15:00:00Z' }), {
      SKILL_DB: ':memory:',
      SKILL_SEED_FILE: seedFile,
    });
    expect(run.status, run.error).to.equal(0);
    const response = run.result as ResponseEnvelope;
    expect((response.response.outputSpeech as { ssml: string }).ssml).to.include('sparkling water').and.to.include('FedEx');
  });

  it('rejects with a message naming the field when the seed file breaks the format', async () => {
    const broken = aSeed([aCustomer({ accessToken: 'token-build-broken', currency: 'euro' })]);
    const seedFile = join(dir, 'broken-seed.json');
    writeFileSync(seedFile, JSON.stringify(broken));
    const run = await invokeBundle(dir, envelope('launch', { token: 'token-build-broken' }), { SKILL_DB: ':memory:', SKILL_SEED_FILE: seedFile });
    expect(run.status).to.equal(3);
    expect(run.error).to.include('customers[0].currency');
  });

  it('delivers the outbox when woken by the schedule or the stream, not by a shopper\'s request', async () => {
    const smtp = await new LoopbackSmtp().start();
    try {
      const table = `lambda-mail-${process.pid}`;
      const store = new DynamoStore(await localDynamoClient(), table, false);
      await store.ensureTable();
      await store.loadSeed(aSeed([avery]));
      const cart = { id: 'cart-lambda-mail', customerId: avery.id, createdAt: '2026-11-22T15:00:00Z', status: 'open' as const,
        lines: [aLine('sparkling water', { quantity: 3, unitPrice: 6.5 })], shippingFee: 4.99, taxIncluded: true };
      await store.saveCart(cart);
      const { order } = await store.placeOrder(cart.id, { ...cart, placedAt: cart.createdAt, status: 'placed' }, aDraft('placed', { lines: cart.lines }));
      const env = {
        SKILL_STORE: 'dynamodb', SKILL_DYNAMODB_TABLE: table, SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint(),
        SKILL_SMTP_URL: smtp.url, SKILL_MAIL_FROM: 'Harbor Goods <orders@harbor.example>',
      };
      const packages = ['@aws-sdk/client-sesv2'];
      const status = await invokeBundle(dir, envelope('order-status', { token: avery.accessToken, timestamp: '2026-11-22T15:00:00Z' }), env, packages);
      expect(status.status, status.error).to.equal(0);
      expect(smtp.received, 'a shopper\'s request sends nothing').to.have.length(0);
      const scheduled = { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} };
      const run = await invokeBundle(dir, scheduled, env, packages);
      expect(run.status, run.error).to.equal(0);
      expect(run.result).to.deep.include({ sent: 1 });
      expect(run.loaded, 'SMTP needs no SES client').to.deep.equal([]);
      const stream = { Records: [{ eventSource: 'aws:dynamodb', eventName: 'INSERT', dynamodb: { Keys: { pk: { S: 'OUTBOX' } } } }] };
      const again = await invokeBundle(dir, stream, env, packages);
      expect(again.result).to.deep.include({ sent: 0 });
      expect(smtp.received.map((m) => m.messageId)).to.deep.equal([`<${order.id}.placed@harbor.example>`]);
    } finally {
      await smtp.stop();
    }
  });
});
