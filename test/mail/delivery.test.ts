// Order e-mails from the conversation to a real SMTP server on loopback, on both stores: the shopper's language and
// facts, exactly once across crashes, retried through an outage, given up and logged when it lasts, and skipped
// (with nothing promised) when no mail transport is configured.
import { expect } from 'chai';
import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { createConversation } from '../../lambda/core/conversation.js';
import { MailSender, type MailLog } from '../../lambda/mail/sender.js';
import { smtpTransport } from '../../lambda/mail/transport.js';
import { createRuntime } from '../../lambda/runtime.js';
import type { Outbox, Store } from '../../lambda/store/port.js';
import type { Seed } from '../../lambda/store/seed.js';
import { FakeShopper, memoryStore } from '../support/fake-platform.js';
import { LoopbackSmtp } from '../support/smtp.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';
import { seededDynamoStore } from '../support/stores.js';

const FROM = 'Harbor Goods <orders@harbor.example>';

const jonas = () => aCustomer({
  name: 'Jonas', locale: 'de-DE', timeZone: 'Europe/Berlin', currency: 'EUR', email: 'jonas@example.com',
  address: { label: 'Zuhause', line1: 'Hauptstraße 5', city: 'Leipzig', postalCode: '04109', country: 'DE' },
  orders: [anOrder({ lines: [aLine('Kaffeebohnen', { quantity: 2, unitPrice: 12.5 }), aLine('Hafermilch', { quantity: 3, unitPrice: 2 })], shippingFee: 3.9 })],
});

const STORES: Record<string, (seed: Seed) => Promise<Store>> = {
  SQLite: async (seed) => memoryStore(seed),
  DynamoDB: (seed) => seededDynamoStore(seed),
};

/** A clock the test moves, starting at the wall clock (outbox times are the wall clock's). */
function clock() {
  let now = Date.now();
  return { now: () => new Date(now), advance: (ms: number) => { now += ms; } };
}

for (const [storeName, open] of Object.entries(STORES)) {
  describe(`order e-mail over SMTP (${storeName})`, () => {
    let smtp: LoopbackSmtp;
    beforeEach(async () => {
      smtp = await new LoopbackSmtp().start();
    });
    afterEach(async () => {
      await smtp.stop();
    });

    /** A German shopper with an e-mail address reorders and says yes, on a deployment that sends e-mail. */
    async function orderPlaced(customer = jonas()) {
      const store = await open(aSeed([customer]));
      const shopper = new FakeShopper(createConversation({ store, commerce: new EmbeddedCommerce(store), orderMail: true }), { locale: customer.locale, accessToken: customer.accessToken });
      await shopper.says('ReorderIntent');
      await shopper.says('AMAZON.YesIntent');
      const [order] = await store.recentOrders(customer.id, new Date('2030-01-01'), 1);
      return { store, shopper, order, outbox: store.outbox! };
    }

    const sender = (outbox: Outbox, options: Partial<ConstructorParameters<typeof MailSender>[0]> = {}) =>
      new MailSender({ outbox, transport: smtpTransport(smtp.url, FROM), log: () => {}, ...options });

    it('e-mails a placed order in the shopper\'s language: seller, number, items, total, address, day; HTML and plain text', async () => {
      const { shopper, order, outbox } = await orderPlaced();
      expect(shopper.speech).to.include('per E-Mail');
      expect(smtp.received, 'nothing is sent while the shopper is answered').to.have.length(0);
      expect(await sender(outbox).drain()).to.deep.include({ sent: 1 });
      const [mail] = smtp.received;
      expect(mail.to).to.deep.equal(['jonas@example.com']);
      expect(mail.subject).to.equal(`Deine Bestellung ${order.id} bei Harbor Goods`);
      expect(mail.headers.get('content-language')).to.equal('de-DE');
      expect(mail.headers.get('content-type')).to.match(/^multipart\/alternative/);
      expect(mail.text).to.include('Hallo Jonas,').and.include(order.id).and.include('2 × Kaffeebohnen: 25,00')
        .and.include('3 × Hafermilch: 6,00').and.include('Zuhause (Hauptstraße 5, Leipzig)').and.include('Voraussichtliche Lieferung')
        .and.include('„storniere meine Bestellung“');
      expect(mail.text).to.match(/Gesamt: 34,90\s€/u);
      expect(mail.html).to.include('<html lang="de-DE">').and.include('Kaffeebohnen').and.include(order.id);
      expect(mail.messageId).to.equal(`<${order.id}.placed@harbor.example>`);
      expect((await outbox.get(`${order.id}.placed`))?.status).to.equal('sent');
    });

    it('e-mails a cancellation, and the answer says so', async () => {
      const { shopper, order, outbox } = await orderPlaced();
      shopper.endSession();
      await shopper.says('CancelOrderIntent');
      await shopper.says('AMAZON.YesIntent');
      expect(shopper.speech).to.include('Bestätigung per E-Mail');
      await sender(outbox).drain();
      expect(smtp.received.map((m) => m.subject)).to.have.members([
        `Deine Bestellung ${order.id} bei Harbor Goods`, `Deine Bestellung ${order.id} bei Harbor Goods ist storniert`,
      ]);
    });

    it('sends no e-mail and promises none to a shopper without an address', async () => {
      const { shopper, outbox } = await orderPlaced(aCustomer({ orders: [anOrder()] }));
      expect(shopper.speech).to.not.match(/e-?mail/i);
      expect(await sender(outbox).drain()).to.deep.equal({ sent: 0, retried: 0, failed: 0, skipped: 0 });
      expect(smtp.received).to.have.length(0);
    });

    it('loses nothing when the process dies between the order and the send: the next sender delivers it once', async () => {
      // The order was committed and answered; the process died before any sender ran.
      const { order, outbox } = await orderPlaced();
      const next = sender(outbox);
      await next.drain();
      await next.drain();
      await sender(outbox).drain();
      expect(smtp.received.map((m) => m.messageId)).to.deep.equal([`<${order.id}.placed@harbor.example>`]);
    });

    it('after a sender died between the server\'s acceptance and the mark, resends with the same Message-ID, once', async () => {
      const { order, outbox } = await orderPlaced();
      const time = clock();
      // The sender "dies" right after the SMTP server accepted: its mark never reaches the store.
      const dying: Outbox = Object.assign(Object.create(outbox) as Outbox, {
        markSent: () => Promise.reject(new Error('process killed')),
      });
      await sender(dying, { now: time.now, leaseMs: 60_000 }).drain().catch(() => {});
      expect(smtp.received).to.have.length(1);
      // A new sender at once leaves it alone: the dead sender's claim still holds.
      await sender(outbox, { now: time.now }).drain();
      expect(smtp.received).to.have.length(1);
      time.advance(60_001);
      await sender(outbox, { now: time.now }).drain();
      await sender(outbox, { now: time.now }).drain();
      expect(smtp.received.map((m) => m.messageId)).to.deep.equal([
        `<${order.id}.placed@harbor.example>`, `<${order.id}.placed@harbor.example>`,
      ]);
      expect(await outbox.get(`${order.id}.placed`)).to.include({ status: 'sent', attempts: 2 });
    });

    it('retries through an SMTP outage (server down, then refusing, then up) and delivers once', async () => {
      const { order, outbox } = await orderPlaced();
      const time = clock();
      const logs: MailLog[] = [];
      const run = () => sender(outbox, { now: time.now, log: (l) => logs.push(l), backoffMs: (n) => n * 1000 }).drain();
      await smtp.stop();
      expect(await run()).to.deep.include({ retried: 1, sent: 0 });
      expect(await outbox.get(`${order.id}.placed`)).to.include({ status: 'pending', attempts: 1 });
      expect(await run(), 'not yet due: it waits its backoff').to.deep.include({ retried: 0, sent: 0 });
      time.advance(1000);
      await smtp.start();
      smtp.refuseNext = 1;
      expect(await run()).to.deep.include({ retried: 1 });
      time.advance(2000);
      expect(await run()).to.deep.include({ sent: 1 });
      expect(smtp.received).to.have.length(1);
      expect(smtp.received[0].subject).to.include(order.id);
      expect(logs.map((l) => l.outcome)).to.deep.equal(['retry', 'retry', 'sent']);
      expect(logs[1].error).to.match(/451/);
    });

    it('gives up after the last attempt and logs it as failed, without the shopper\'s address', async () => {
      const { order, outbox } = await orderPlaced();
      await smtp.stop();
      const time = clock();
      const logs: MailLog[] = [];
      const run = () => sender(outbox, { now: time.now, log: (l) => logs.push(l), maxAttempts: 2, backoffMs: () => 1000 }).drain();
      await run();
      time.advance(1000);
      expect(await run()).to.deep.include({ failed: 1 });
      time.advance(60 * 60_000);
      expect(await run()).to.deep.include({ sent: 0, retried: 0, failed: 0 });
      expect(logs.map((l) => l.outcome)).to.deep.equal(['retry', 'failed']);
      expect(logs[1]).to.include({ id: `${order.id}.placed`, kind: 'placed', locale: 'de-DE', level: 'error', attempt: 2 });
      expect(JSON.stringify(logs)).to.not.include('jonas@example.com');
      expect((await outbox.get(`${order.id}.placed`))?.status).to.equal('failed');
    });
  });
}

describe('order e-mail without a mail transport', () => {
  it('is logged as skipped, and no answer promises it', async () => {
    const customer = jonas();
    const store = memoryStore(aSeed([customer]));
    const runtime = await createRuntime({ SKILL_LOG: 'off' }, store);
    expect(runtime.mail?.delivers).to.equal(false);
    const shopper = new FakeShopper(runtime.conversation, { locale: 'de-DE', accessToken: customer.accessToken });
    await shopper.says('ReorderIntent');
    await shopper.says('AMAZON.YesIntent');
    expect(shopper.speech).to.not.include('E-Mail');
    const logs: MailLog[] = [];
    const skipped = await new MailSender({ outbox: store.outbox, log: (l) => logs.push(l) }).drain();
    expect(skipped).to.deep.include({ skipped: 1 });
    expect(logs).to.have.length(1);
    expect(logs[0]).to.include({ event: 'mail', outcome: 'skipped', kind: 'placed' });
    expect(JSON.stringify(logs[0])).to.not.include('jonas@example.com');
  });

  it('refuses a transport without its settings, before opening anything', async () => {
    await createRuntime({ SKILL_MAIL_TRANSPORT: 'smtp', SKILL_MAIL_FROM: FROM }).then(() => expect.fail('started'), (err: Error) => {
      expect(err.message).to.include('SKILL_SMTP_URL');
    });
    await createRuntime({ SKILL_SMTP_URL: 'smtp://127.0.0.1:25' }).then(() => expect.fail('started'), (err: Error) => {
      expect(err.message).to.include('SKILL_MAIL_FROM');
    });
  });
});
