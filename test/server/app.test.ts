import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { expect } from 'chai';
import request from 'supertest';
import type { Express } from 'express';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createConversation } from '../../lambda/core/conversation.js';
import type { Runtime } from '../../lambda/runtime.js';
import { createApp } from '../../lambda/server/app.js';
import type { SqliteStore } from '../../lambda/store/sqlite.js';
import { envelope } from '../alexa/envelopes.js';
import { memoryStore } from '../support/fake-platform.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';

const NOW = '2026-11-22T15:00:00Z'; // a Sunday
const OTHER_SKILL = 'amzn1.ask.skill.99999999-9999-9999-9999-999999999999';

const jonas = aCustomer({
  name: 'Jonas',
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
  currency: 'EUR',
  accessToken: 'token-server-jonas',
  address: { label: 'home', line1: 'Hauptstraße 5', city: 'Leipzig', postalCode: '04109', country: 'DE' },
  orders: [anOrder({
    placedAt: '2026-11-20T09:00:00Z',
    status: 'shipped',
    lines: [aLine('Zahnbürstenköpfe', { quantity: 2, unitPrice: 9.99 })],
    shipment: { carrier: 'DHL', eta: '2026-11-26' },
  })],
});

function ssml(body: ResponseEnvelope): string {
  return (body.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
}

describe('express server', () => {
  let store: SqliteStore;
  let runtime: Runtime;
  let app: Express;

  beforeEach(() => {
    store = memoryStore(aSeed([jonas]));
    const commerce = new EmbeddedCommerce(store);
    runtime = { store, commerce, conversation: createConversation({ store, commerce }) };
    app = createApp(runtime, { verifyAlexa: false });
  });

  afterEach(() => store.close());

  describe('GET /health', () => {
    it('answers 200 with a JSON status when the store is reachable', async () => {
      const res = await request(app).get('/health').expect('content-type', /json/).expect(200);
      expect(res.body).to.deep.equal({ status: 'ok' });
    });

    it('answers 503 when the store cannot answer', async () => {
      const broken: Runtime = { ...runtime, store: { ...store, seller: () => Promise.reject(new Error('database is locked')) } as unknown as SqliteStore };
      await request(createApp(broken, { verifyAlexa: false })).get('/health').expect(503);
    });
  });

  describe('POST /alexa', () => {
    it('answers a German status question from the store, in German date words', async () => {
      const res = await request(app)
        .post('/alexa')
        .send(envelope('order-status', { locale: 'de-DE', token: jonas.accessToken, timestamp: NOW }))
        .expect(200);
      // Thursday 26 November, said by Intl in de-DE.
      expect(ssml(res.body)).to.include('Zahnbürstenköpfe').and.to.include('DHL').and.to.include('Donnerstag');
    });

    it('returns the response envelope as JSON', async () => {
      const res = await request(app).post('/alexa').send(envelope('launch', { token: jonas.accessToken, timestamp: NOW })).expect(200);
      expect(res.body.version).to.equal('1.0');
    });

    it('reads the body itself: no body parser runs before the Alexa adapter', async () => {
      // The adapter answers 500 "Do not register any parsers" when something parsed the body first.
      await request(app).post('/alexa').set('content-type', 'application/json').send(JSON.stringify(envelope('launch', { token: jonas.accessToken }))).expect(200);
      const appLevel = (app as unknown as { router: { stack: { name: string; route?: unknown }[] } }).router.stack.filter((layer) => !layer.route);
      expect(appLevel.map((layer) => layer.name).filter((name) => /Parser$/.test(name))).to.deep.equal([]);
    });

    describe('rejects a body that is not an Alexa request envelope with a 400 that says why', () => {
      const post = (body: string | undefined, type = 'application/json') => {
        const req = request(app).post('/alexa').set('content-type', type);
        return body === undefined ? req : req.send(body);
      };

      it('a body that is not JSON', async () => {
        const res = await post('where is my order').expect(400);
        expect(res.body).to.deep.equal({ error: 'the body is not valid JSON', code: 'bad_json' });
      });

      it('a JSON array', async () => {
        const res = await post(JSON.stringify([envelope('launch')])).expect(400);
        expect(res.text).to.include('not an Alexa request envelope');
      });

      it('an envelope without request.type', async () => {
        const env = envelope('launch') as unknown as { request: Record<string, unknown> };
        delete env.request.type;
        const res = await post(JSON.stringify(env)).expect(400);
        expect(res.body).to.deep.equal({ error: 'the envelope has no "request.type"', code: 'invalid_request' });
      });

      it('an envelope without version', async () => {
        const env = envelope('launch') as unknown as Record<string, unknown>;
        delete env.version;
        const res = await post(JSON.stringify(env)).expect(400);
        expect(res.body).to.deep.equal({ error: 'the envelope has no "version"', code: 'invalid_request' });
      });

      it('an empty body', async () => {
        const res = await post(undefined).expect(400);
        expect(res.body).to.deep.equal({ error: 'the body is not valid JSON', code: 'bad_json' });
      });

      it('plain text sent as text/plain', async () => {
        const res = await post('hello alexa', 'text/plain').expect(400);
        expect(res.body).to.deep.equal({ error: 'the body is not valid JSON', code: 'bad_json' });
      });
    });

    it('rejects an unsigned request with 400 when verification is on', async () => {
      const verified = createApp(runtime, { verifyAlexa: true });
      const res = await request(verified).post('/alexa').send(envelope('launch', { token: jonas.accessToken, timestamp: new Date().toISOString() })).expect(400);
      expect(res.body.code).to.equal('signature_missing');
    });

    it('rejects a request for another skill id with 400 when alexaSkillId is set', async () => {
      const guarded = createApp(runtime, { verifyAlexa: false, alexaSkillId: OTHER_SKILL });
      const res = await request(guarded).post('/alexa').send(envelope('launch', { token: jonas.accessToken })).expect(400);
      expect(res.body).to.deep.equal({ error: 'the request is for another skill', code: 'wrong_skill' });
    });

    it('answers a request for its own skill id when alexaSkillId is set', async () => {
      const guarded = createApp(runtime, { verifyAlexa: false, alexaSkillId: OTHER_SKILL });
      await request(guarded).post('/alexa').send(envelope('launch', { token: jonas.accessToken, applicationId: OTHER_SKILL })).expect(200);
    });
  });

  describe('other routes', () => {
    it('answers 404 JSON for an unknown route', async () => {
      const res = await request(app).get('/nowhere').expect(404);
      expect(res.body).to.deep.equal({ error: 'not found', code: 'not_found' });
    });

    it('answers 404 for GET /alexa, which only takes POST', async () => {
      await request(app).get('/alexa').expect(404);
    });
  });
});
