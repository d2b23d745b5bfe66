// The order e-mail as composed from its outbox record: every language's own words from locales/<lang>/mail.json,
// the facts the shopper heard, and the shop's and shopper's data escaped in the HTML.
import { expect } from 'chai';
import { composeMail, messageIdDomain } from '../../lambda/mail/compose.js';
import { newOutboxMessage } from '../../lambda/store/outbox.js';
import type { OrderMailDraft } from '../../lambda/store/types.js';
import enMail from '../../locales/en/mail.json' with { type: 'json' };
import enGBMail from '../../locales/en-GB/mail.json' with { type: 'json' };
import deMail from '../../locales/de/mail.json' with { type: 'json' };
import itMail from '../../locales/it/mail.json' with { type: 'json' };
import jaMail from '../../locales/ja/mail.json' with { type: 'json' };
import zhMail from '../../locales/zh/mail.json' with { type: 'json' };
import { aDraft } from '../store/outbox-contract.js';

const FROM = 'Harbor Goods <orders@harbor.example>';
const compose = (draft: OrderMailDraft, orderId = 'HG123456') => composeMail(newOutboxMessage(orderId, draft, new Date()), FROM);

interface Tree { [key: string]: string | Tree }
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
}
const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('order e-mail texts (locales/<lang>/mail.json)', () => {
  const en = keysOf(enMail as Tree);
  for (const [lang, texts] of Object.entries({ de: deMail, it: itMail, ja: jaMail, zh: zhMail })) {
    it(`${lang} says everything English says, with the same placeholders`, () => {
      expect(keysOf(texts as Tree)).to.have.members(en);
      const flat = (t: Tree, key: string) => key.split('.').reduce<Tree | string>((node, k) => (node as Tree)[k], t) as string;
      for (const key of en) expect(placeholders(flat(texts as Tree, key)), `${lang} ${key}`).to.deep.equal(placeholders(flat(enMail as Tree, key)));
    });
  }

  it('en-GB only overrides keys English has', () => {
    expect(en).to.include.members(keysOf(enGBMail as Tree));
  });
});

describe('composing an order e-mail', () => {
  it('says who sells, the order number, each item with its quantity, the total, the address and the day', () => {
    const mail = compose(aDraft('placed', { lines: [{ sku: 'A', name: 'oat milk', quantity: 2, unitPrice: 3.5 }, { sku: 'B', name: 'coffee beans', quantity: 1, unitPrice: 12 }], total: 23.99 }));
    expect(mail.subject).to.equal('Your Harbor Goods order HG123456');
    for (const part of [mail.text, mail.html]) {
      expect(part).to.include('HG123456').and.include('Harbor Goods').and.include('oat milk').and.include('coffee beans')
        .and.include('$23.99').and.include('$4.99').and.include('home').and.include('12 Elm Street')
        .and.include('Tuesday, November 24, 2026').and.include('cancel my order').and.include('talk to a person');
    }
    expect(mail.text).to.include('2 × oat milk: $7.00').and.include('1 × coffee beans: $12.00');
  });

  it('writes the German e-mail in German, with euro amounts and the day written the German way', () => {
    const mail = compose(aDraft('placed', { locale: 'de-DE', currency: 'EUR', name: 'Jonas', addressLabel: 'Zuhause', line1: 'Hauptstraße 5', city: 'Leipzig' }));
    expect(mail.subject).to.equal('Deine Bestellung HG123456 bei Harbor Goods');
    expect(mail.text).to.match(/Gesamt: 11,99\s€/u);
    expect(mail.text).to.include('Hallo Jonas,').and.include('Dienstag, 24. November 2026')
      .and.include('Zuhause (Hauptstraße 5, Leipzig)').and.include('„storniere meine Bestellung“');
    expect(mail.html).to.include('<html lang="de-DE">');
  });

  it('writes every language from its own texts, with nothing left as a bare key', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'it-IT', 'ja-JP', 'zh-CN']) {
      for (const kind of ['placed', 'cancelled'] as const) {
        const mail = compose(aDraft(kind, { locale }));
        expect(mail.text, `${locale} ${kind}`).to.not.match(/\b(label|help|intro|subject)\.\w+/);
        expect(mail.text).to.include('HG123456');
        expect(mail.language).to.equal(locale);
      }
    }
    expect(compose(aDraft('placed', { locale: 'ja-JP', currency: 'JPY', total: 1200 })).text).to.include('ご注文の内容').and.include('￥1,200');
    expect(compose(aDraft('placed', { locale: 'zh-CN', currency: 'CNY' })).subject).to.equal('您在Harbor Goods的订单 HG123456');
    expect(compose(aDraft('placed', { locale: 'en-GB', currency: 'GBP' })).text).to.include('Hello Robin,').and.include('customer service team');
  });

  it('tells a cancellation as one, without a delivery day or a way to cancel', () => {
    const mail = compose(aDraft('cancelled'));
    expect(mail.subject).to.equal('Your Harbor Goods order HG123456 is cancelled');
    expect(mail.text).to.include("you won't be charged").and.include('oat milk').and.include('talk to a person');
    expect(mail.text).to.not.include('Expected delivery').and.not.include('cancel my order');
  });

  it('adds the tax line when prices exclude tax, and the tax note when they include it', () => {
    expect(compose(aDraft('placed', { taxIncluded: false, tax: 0.96, total: 12.95 })).text).to.include('Tax: $0.96').and.not.include('include tax');
    expect(compose(aDraft('placed')).text).to.include('All prices include tax.').and.not.include('Tax:');
  });

  it('escapes the shop\'s and the shopper\'s data in the HTML, and leaves the plain text as written', () => {
    const mail = compose(aDraft('placed', {
      name: '<b>Robin</b>', seller: 'Tom & Jerry\'s', addressLabel: '"home"', line1: '<img src=x onerror=alert(1)>',
      lines: [{ sku: 'X', name: '<script>alert(1)</script>', quantity: 1, unitPrice: 1 }],
    }));
    expect(mail.html).to.not.include('<script>').and.not.include('<img').and.not.include('<b>Robin');
    expect(mail.html).to.include('&lt;script&gt;').and.include('Tom &amp; Jerry');
    expect(mail.text).to.include('<script>alert(1)</script>').and.include("Tom & Jerry's");
  });

  it('gives each order and kind one Message-ID in the sender\'s domain', () => {
    expect(compose(aDraft('placed')).messageId).to.equal('<HG123456.placed@harbor.example>');
    expect(compose(aDraft('cancelled')).messageId).to.equal('<HG123456.cancelled@harbor.example>');
    expect(messageIdDomain('orders@shop.example')).to.equal('shop.example');
  });
});
