// The server sends order e-mails in the background: the shopper's answer comes first, the e-mail after it, with no
// request waiting on the mail server.
import { expect } from 'chai';
import request from 'supertest';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createRuntime, type Runtime } from '../../lambda/runtime.js';
import { createApp } from '../../lambda/server/app.js';
import { envelope } from '../alexa/envelopes.js';
import { memoryStore } from '../support/fake-platform.js';
import { LoopbackSmtp } from '../support/smtp.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';

const avery = aCustomer({
  name: 'Avery', accessToken: 'token-server-mail', email: 'avery@example.com',
  orders: [anOrder({ lines: [aLine('sparkling water', { quantity: 3, unitPrice: 6.5 })] })],
});

function ssml(body: ResponseEnvelope): string {
  return (body.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
}

describe('express server and order e-mail', () => {
  let smtp: LoopbackSmtp;
  let runtime: Runtime;

  beforeEach(async () => {
    smtp = await new LoopbackSmtp().start();
    runtime = await createRuntime({ SKILL_LOG: 'off', SKILL_SMTP_URL: smtp.url, SKILL_MAIL_FROM: 'Shop <orders@shop.example>' }, memoryStore(aSeed([avery])));
  });

  afterEach(async () => {
    await runtime.mail?.stop();
    await runtime.store.close();
    await smtp.stop();
  });

  it('answers the yes with the order and the e-mail promise, then sends the e-mail once the answer is out', async () => {
    const app = createApp(runtime, { verifyAlexa: false });
    const timestamp = '2026-11-22T15:00:00Z';
    const readBack = await request(app).post('/alexa')
      .send(envelope('reorder-item', { token: avery.accessToken, timestamp, slots: { item: undefined } })).expect(200);
    // The mail server stops answering before the yes: the answer must not depend on it.
    await smtp.stop();
    const yes = await request(app).post('/alexa').send(envelope('yes', {
      token: avery.accessToken, timestamp, newSession: false, attributes: (readBack.body as ResponseEnvelope).sessionAttributes,
    })).expect(200);
    expect(ssml(yes.body as ResponseEnvelope)).to.include("You'll also get the details by email.");
    const [order] = await runtime.store.recentOrders(avery.id, new Date('2030-01-01'), 1);
    await runtime.mail!.idle();
    const message = await runtime.store.outbox!.get(`${order.id}.placed`);
    expect(message).to.include({ status: 'pending', attempts: 1 });
    expect(smtp.received).to.have.length(0);
  });

  it('reads the outbox after a turn only when that turn queued an e-mail (the timer drains the rest)', async () => {
    const app = createApp(runtime, { verifyAlexa: false });
    const outbox = runtime.store.outbox!;
    let reads = 0;
    const due = outbox.due.bind(outbox);
    outbox.due = async (now, limit) => {
      reads += 1;
      return due(now, limit);
    };
    const timestamp = '2026-11-22T15:00:00Z';
    const readBack = await request(app).post('/alexa')
      .send(envelope('reorder-item', { token: avery.accessToken, timestamp, slots: { item: undefined } })).expect(200);
    await runtime.mail!.idle();
    expect(reads, 'after the read-back').to.equal(0);
    await request(app).post('/alexa').send(envelope('yes', {
      token: avery.accessToken, timestamp, newSession: false, attributes: (readBack.body as ResponseEnvelope).sessionAttributes,
    })).expect(200);
    await runtime.mail!.idle();
    expect(reads, 'after the yes that placed the order').to.be.greaterThan(0);
    expect(smtp.received).to.have.length(1);
  });

  it('sends the e-mail in the background after the answer when the mail server is up', async () => {
    const app = createApp(runtime, { verifyAlexa: false });
    const timestamp = '2026-11-22T15:00:00Z';
    const readBack = await request(app).post('/alexa')
      .send(envelope('reorder-item', { token: avery.accessToken, timestamp, slots: { item: undefined } })).expect(200);
    await request(app).post('/alexa').send(envelope('yes', {
      token: avery.accessToken, timestamp, newSession: false, attributes: (readBack.body as ResponseEnvelope).sessionAttributes,
    })).expect(200);
    await runtime.mail!.idle();
    const [order] = await runtime.store.recentOrders(avery.id, new Date('2030-01-01'), 1);
    expect(smtp.received.map((m) => m.subject)).to.deep.equal([`Your Harbor Goods order ${order.id}`]);
    expect(smtp.received[0].text).to.include('3 × sparkling water: $19.50');
  });
});
