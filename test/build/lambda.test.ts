import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { buildLambda, LAMBDA_DIR } from '../../scripts/build-lambda.js';
import { envelope } from '../alexa/envelopes.js';
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

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Calls the bundle's `handler` the way Lambda does, in a fresh node with only the given environment. */
function invokeBundle(dir: string, event: unknown, env: Record<string, string>): Run {
  const eventFile = join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  const script = `
    const event = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(eventFile)}, 'utf8'));
    require(${JSON.stringify(BUNDLE)}).handler(event, {}).then(
      (result) => { process.stdout.write(JSON.stringify(result)); },
      (error) => { process.stderr.write(String(error && error.message)); process.exitCode = 3; },
    );`;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: dir, // not the project: the bundle must not need files from it
    env: { PATH: process.env.PATH ?? '', SKILL_LOG: 'off', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

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

  it('ships better-sqlite3 beside the bundle instead of inside it', () => {
    expect(inputs.filter((file) => file.includes('node_modules/better-sqlite3/'))).to.deep.equal([]);
    expect(existsSync(join(LAMBDA_DIR, 'node_modules', 'better-sqlite3', 'package.json'))).to.equal(true);
  });

  it("answers a status request from the seed file in SKILL_SEED_FILE through the exported handler", () => {
    const seedFile = join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify(aSeed([avery])));
    const run = invokeBundle(dir, envelope('order-status', { token: avery.accessToken, timestamp: '2026-11-22T15:00:00Z' }), {
      SKILL_DB: ':memory:',
      SKILL_SEED_FILE: seedFile,
    });
    expect(run.status, run.stderr).to.equal(0);
    const response = JSON.parse(run.stdout) as ResponseEnvelope;
    expect((response.response.outputSpeech as { ssml: string }).ssml).to.include('sparkling water').and.to.include('FedEx');
  });

  it('rejects with a message naming the field when the seed file breaks the format', () => {
    const broken = aSeed([aCustomer({ accessToken: 'token-build-broken', currency: 'euro' })]);
    const seedFile = join(dir, 'broken-seed.json');
    writeFileSync(seedFile, JSON.stringify(broken));
    const run = invokeBundle(dir, envelope('launch', { token: 'token-build-broken' }), { SKILL_DB: ':memory:', SKILL_SEED_FILE: seedFile });
    expect(run.status).to.equal(3);
    expect(run.stderr).to.include('customers[0].currency');
  });
});
