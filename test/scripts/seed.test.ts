// `npm run seed`: loads a seed file into SQLite or DynamoDB, can be run again without duplicating anything,
// and turns a bad file away with the field named and no stack trace.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { expect } from 'chai';
import { DynamoStore } from '../../lambda/store/dynamodb.js';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import { localDynamoClient, localDynamoEndpoint } from '../support/local-dynamodb.js';
import { aCustomer, anOrder, aSeed } from '../support/seed.js';

const SCRIPT = join(process.cwd(), 'scripts', 'seed.ts');
const FAR = new Date('2100-01-01');

interface Run { status: number | null; stdout: string; stderr: string }

/** Runs the CLI in a child process. Asynchronously: the local DynamoDB server answers from this process. */
function seedCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('seed CLI (scripts/seed.ts)', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'seed-cli-'));
  const customers = [
    aCustomer({ orders: [anOrder(), anOrder({ placedAt: '2026-11-10T10:00:00Z' })] }),
    ...Array.from({ length: 30 }, () => aCustomer()),
  ];
  const file = join(dir, 'seed.json');
  writeFileSync(file, JSON.stringify(aSeed(customers)));

  it('loads a seed into a DynamoDB table it creates, and a second run duplicates nothing', async () => {
    const table = `seed-cli-${process.pid}`;
    const env = { SKILL_DYNAMODB_TABLE: table, SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint() };
    const first = await seedCli(['--store', 'dynamodb', file], env);
    expect(first.status, first.stderr).to.equal(0);
    expect(first.stdout).to.include(`seeded DynamoDB table ${table}`).and.to.include('31 customers, 32 orders');
    const second = await seedCli(['--store', 'dynamodb', file], env);
    expect(second.status, second.stderr).to.equal(0);
    const store = new DynamoStore(await localDynamoClient(), table, false);
    expect(await store.recentOrders(customers[0].id, FAR)).to.have.length(2);
    expect((await store.findCustomer({ accessToken: customers[30].accessToken, platform: 'alexa' }))?.id).to.equal(customers[30].id);
  });

  it('loads a seed into SQLite, and a second run duplicates nothing', async () => {
    const db = join(dir, 'skill.db');
    for (let run = 0; run < 2; run++) {
      const result = await seedCli(['--store', 'sqlite', file], { SKILL_DB: db });
      expect(result.status, result.stderr).to.equal(0);
    }
    const store = new SqliteStore(db);
    expect(await store.recentOrders(customers[0].id, FAR)).to.have.length(2);
    await store.close();
  });

  it('turns a bad seed away with the field named, no stack trace, and no table created', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(aSeed([aCustomer({ orders: [anOrder({ status: 'lost' as 'placed' })] })])));
    const table = `seed-cli-bad-${process.pid}`;
    const run = await seedCli(['--store', 'dynamodb', bad], { SKILL_DYNAMODB_TABLE: table, SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint() });
    expect(run.status).to.equal(1);
    expect(run.stderr).to.include('customers[0].orders[0].status');
    expect(run.stderr).to.not.match(/^\s+at /m);
    let created = true;
    try { await (await localDynamoClient()).send(new DescribeTableCommand({ TableName: table })); } catch { created = false; }
    expect(created).to.equal(false);
  });

  it('shows how to call it when the file is missing from the command line', async () => {
    const run = await seedCli(['--store', 'dynamodb']);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.include('usage: npm run seed');
  });
});
