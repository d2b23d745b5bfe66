import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import request from 'supertest';
import type { Express } from 'express';
import { createConversation } from '../../lambda/core/conversation.js';
import type { Runtime } from '../../lambda/runtime.js';
import { createApp } from '../../lambda/server/app.js';
import type { SqliteStore } from '../../lambda/store/sqlite.js';
import { envelope } from '../alexa/envelopes.js';
import { ROOT_DIR as ROOT } from '../../tools/models/paths.js';
import { webhookRequest } from '../google/webhook-requests.js';
import { memoryStore } from '../support/fake-platform.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';

const NOW = '2026-11-22T15:00:00Z'; // a Sunday

const jonas = aCustomer({
  name: 'Jonas',
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
  currency: 'EUR',
  accessToken: 'token-server-google-jonas',
  googleUserIds: ['google-user-server-jonas'],
  orders: [anOrder({
    placedAt: '2026-11-20T09:00:00Z',
    status: 'shipped',
    lines: [aLine('Schreibtischlampe', { unitPrice: 34.9 })],
    shipment: { carrier: 'DHL', eta: '2026-11-26' },
  })],
});

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('POST /google (Dialogflow fulfillment)', () => {
  let store: SqliteStore;
  let runtime: Runtime;
  let app: Express;

  beforeEach(() => {
    store = memoryStore(aSeed([jonas]));
    const commerce = new EmbeddedCommerce(store);
    runtime = { store, commerce, conversation: createConversation({ store, commerce }) };
    app = createApp(runtime, { verifyAlexa: false, google: {} });
  });

  afterEach(() => store.close());

  const statusQuestion = () => webhookRequest('console-order-status', { timestamp: NOW, userId: 'google-user-server-jonas' });

  it('answers a German status question with fulfillmentText, fulfillmentMessages and payload.google', async () => {
    const res = await request(app).post('/google').send(statusQuestion()).expect('content-type', /json/).expect(200);
    // Thursday 26 November, said by Intl in de-DE.
    expect(res.body.fulfillmentText).to.include('Schreibtischlampe').and.to.include('DHL').and.to.include('Donnerstag');
    expect(res.body.fulfillmentMessages[0].text.text[0]).to.equal(res.body.fulfillmentText);
    expect(res.body.payload.google.richResponse.items[0].simpleResponse.displayText).to.equal(res.body.fulfillmentText);
  });

  it('answers every channel\'s fixture with all three parts', async () => {
    for (const name of ['assistant-launch', 'assistant-reorder', 'followup-yes', 'fallback', 'console-order-status', 'telephony-order-status', 'web-demo-last-order.zh-cn'] as const) {
      const res = await request(app).post('/google').send(webhookRequest(name, { timestamp: NOW })).expect(200);
      expect(Object.keys(res.body), name).to.include.members(['fulfillmentText', 'fulfillmentMessages', 'payload']);
      expect(res.body.payload.google, name).to.be.an('object');
    }
  });

  it('keeps the dialog state in the skill_dialog output context', async () => {
    const res = await request(app).post('/google').send(webhookRequest('assistant-launch', { timestamp: NOW, token: jonas.accessToken })).expect(200);
    const context = res.body.outputContexts.find((c: { name: string }) => c.name.endsWith('/contexts/skill_dialog'));
    expect(JSON.parse(context.parameters.state)).to.have.property('last');
  });

  describe('rejects a body that is not a Dialogflow webhook request with a 400 that says why', () => {
    const post = (body: string, type = 'application/json') => request(app).post('/google').set('content-type', type).send(body);
    const without = (path: string[]) => {
      const body = statusQuestion() as unknown as Record<string, Record<string, unknown>>;
      let at: Record<string, unknown> = body;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
      delete at[path[path.length - 1]];
      return JSON.stringify(body);
    };

    it('a body that is not JSON', async () => {
      const res = await post('where is my order').expect(400);
      expect(res.body).to.deep.equal({ error: 'the body is not valid JSON', code: 'bad_json' });
    });

    it('plain text sent as text/plain', async () => {
      const res = await post('hello google', 'text/plain').expect(400);
      expect(res.body).to.deep.equal({ error: 'the body is not valid JSON', code: 'bad_json' });
    });

    it('a JSON array', async () => {
      const res = await post(JSON.stringify([statusQuestion()])).expect(400);
      expect(res.body.error).to.include('expected a JSON object');
    });

    it('a request without queryResult', async () => {
      const res = await post(without(['queryResult'])).expect(400);
      expect(res.body).to.deep.equal({ error: 'the request has no "queryResult"', code: 'invalid_request' });
    });

    it('a request without queryResult.intent.displayName', async () => {
      const res = await post(without(['queryResult', 'intent', 'displayName'])).expect(400);
      expect(res.body).to.deep.equal({ error: 'the request has no "queryResult.intent.displayName"', code: 'invalid_request' });
    });

    it('a request without queryResult.languageCode', async () => {
      const res = await post(without(['queryResult', 'languageCode'])).expect(400);
      expect(res.body).to.deep.equal({ error: 'the request has no "queryResult.languageCode"', code: 'invalid_request' });
    });

    it('a request without session', async () => {
      const res = await post(without(['session'])).expect(400);
      expect(res.body).to.deep.equal({ error: 'the request has no "session"', code: 'invalid_request' });
    });

    it('an output context without a name', async () => {
      const body = statusQuestion();
      body.queryResult.outputContexts = [{ lifespanCount: 1 } as never];
      const res = await post(JSON.stringify(body)).expect(400);
      expect(res.body.error).to.include('outputContexts.0.name');
    });

    it('an Alexa request envelope', async () => {
      const res = await post(JSON.stringify(envelope('order-status', { token: jonas.accessToken }))).expect(400);
      expect(res.body).to.deep.equal({ error: 'the body is an Alexa request envelope, not a Dialogflow webhook request', code: 'wrong_platform' });
    });
  });

  describe('with basic auth configured', () => {
    let guarded: Express;
    beforeEach(() => {
      guarded = createApp(runtime, { verifyAlexa: false, google: { user: 'dialogflow', password: 's3cret-passw0rd' } });
    });

    it('answers 401 without credentials', async () => {
      const res = await request(guarded).post('/google').send(statusQuestion()).expect(401);
      expect(res.headers['www-authenticate']).to.match(/^Basic/);
    });

    it('answers 401 with a wrong password', async () => {
      await request(guarded).post('/google').set('authorization', basic('dialogflow', 'guess')).send(statusQuestion()).expect(401);
    });

    it('answers 401 with another user name', async () => {
      await request(guarded).post('/google').set('authorization', basic('someone', 's3cret-passw0rd')).send(statusQuestion()).expect(401);
    });

    it('answers 200 with the configured credentials', async () => {
      const res = await request(guarded).post('/google').set('authorization', basic('dialogflow', 's3cret-passw0rd')).send(statusQuestion()).expect(200);
      expect(res.body.fulfillmentText).to.include('Schreibtischlampe');
    });

    it('leaves /alexa alone', async () => {
      await request(guarded).post('/alexa').send(envelope('launch', { token: jonas.accessToken, timestamp: NOW })).expect(200);
    });
  });
});

describe('actions-on-google stays off the Alexa path', function () {
  this.timeout(60_000);

  it('is not loaded by starting the server and serving an Alexa request, only by the first /google request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'google-lazy-'));
    try {
      const bodies = join(dir, 'bodies.json');
      writeFileSync(bodies, JSON.stringify({
        alexa: envelope('launch', { token: jonas.accessToken, timestamp: NOW }),
        google: webhookRequest('assistant-launch', { timestamp: NOW }),
      }));
      const url = (path: string) => JSON.stringify(pathToFileURL(join(ROOT, path)).href);
      const script = `
        import { createRequire } from 'node:module';
        import { readFileSync } from 'node:fs';
        const require = createRequire(import.meta.url);
        const loaded = () => Object.keys(require.cache).some((path) => path.includes('actions-on-google'));
        const { default: request } = await import('supertest');
        const { createApp } = await import(${url('lambda/server/app.ts')});
        const { createConversation } = await import(${url('lambda/core/conversation.ts')});
        const { SqliteStore } = await import(${url('lambda/store/sqlite.ts')});
        const { EmbeddedCommerce } = await import(${url('lambda/commerce/embedded.ts')});
        const bodies = JSON.parse(readFileSync(${JSON.stringify(bodies)}, 'utf8'));
        const store = new SqliteStore(':memory:');
        store.loadSeed({ seller: { name: 'Harbor Goods' }, customers: [] });
        const commerce = new EmbeddedCommerce(store);
        const app = createApp({ store, commerce, conversation: createConversation({ store, commerce }) }, { verifyAlexa: false });
        const afterStart = loaded();
        const alexa = await request(app).post('/alexa').send(bodies.alexa);
        const afterAlexa = loaded();
        const google = await request(app).post('/google').send(bodies.google);
        const afterGoogle = loaded();
        process.stdout.write(JSON.stringify({ afterStart, afterAlexa, afterGoogle, alexa: alexa.status, google: google.status }));
      `;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: ROOT,
        env: { ...process.env, SKILL_LOG: 'off' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stderr).to.equal('');
      expect(JSON.parse(run.stdout)).to.deep.equal({ afterStart: false, afterAlexa: false, afterGoogle: true, alexa: 200, google: 200 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
