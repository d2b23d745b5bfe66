// The seed file of contracts/fixture.md: checked as a whole, rejected with the offending field named, and
// loaded all or nothing.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { openStore } from '../../lambda/store/open.js';
import { parseSeed, readSeedFile, SeedError } from '../../lambda/store/seed.js';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';

/** A deep copy of a valid seed with one change, for breaking exactly one field. */
function broken(change: (seed: Record<string, any>) => void): unknown { // eslint-disable-line @typescript-eslint/no-explicit-any
  const seed = JSON.parse(JSON.stringify(aSeed([aCustomer()], { catalog: [{ sku: 'X', name: 'x', unitPrice: 1, available: true }] })));
  change(seed);
  return seed;
}

function rejection(data: unknown): string {
  try {
    parseSeed(data);
  } catch (err) {
    expect(err).to.be.instanceOf(SeedError);
    return (err as Error).message;
  }
  throw new Error('the seed was accepted');
}

describe('seed', () => {
  it('accepts a seed built by the factories', () => {
    const seed = aSeed([aCustomer(), aCustomer({ voiceCode: '1234', orders: [anOrder({ status: 'shipped' })] })]);
    expect(parseSeed(seed).customers).to.have.length(2);
  });

  it('accepts a seed without the optional parts: catalog, voice code, platform ids, shipment', () => {
    const customer = aCustomer({ orders: [anOrder({ shipment: undefined })] });
    delete customer.alexaUserIds;
    expect(() => parseSeed(aSeed([customer]))).not.to.throw();
  });

  const cases: [what: string, change: (seed: Record<string, any>) => void, field: string][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an unknown order status', (s) => { s.customers[0].orders[0].status = 'lost'; }, 'customers[0].orders[0].status'],
    ['a missing seller name', (s) => { delete s.seller.name; }, 'seller.name'],
    ['a time zone that does not exist', (s) => { s.customers[0].timeZone = 'Europe/Atlantis'; }, 'customers[0].timeZone'],
    ['a currency that is not a code', (s) => { s.customers[0].currency = 'euro'; }, 'customers[0].currency'],
    ['a voice code that is not four digits', (s) => { s.customers[0].voiceCode = '12a4'; }, 'customers[0].voiceCode'],
    ['a quantity of zero', (s) => { s.customers[0].orders[0].lines[0].quantity = 0; }, 'customers[0].orders[0].lines[0].quantity'],
    ['a negative price', (s) => { s.customers[0].orders[0].lines[0].unitPrice = -1; }, 'customers[0].orders[0].lines[0].unitPrice'],
    ['an order without lines', (s) => { s.customers[0].orders[0].lines = []; }, 'customers[0].orders[0].lines'],
    ['a placedAt that is not a timestamp', (s) => { s.customers[0].orders[0].placedAt = 'last Tuesday'; }, 'customers[0].orders[0].placedAt'],
    ['an eta that is not a date', (s) => { s.customers[0].orders[0].shipment.eta = '03/11/2026'; }, 'customers[0].orders[0].shipment.eta'],
    ['a missing access token', (s) => { delete s.customers[0].accessToken; }, 'customers[0].accessToken'],
    ['a catalog entry without availability', (s) => { delete s.catalog[0].available; }, 'catalog[0].available'],
    ['an e-mail address that is not one', (s) => { s.customers[0].email = 'robin at home'; }, 'customers[0].email'],
  ];
  for (const [what, change, field] of cases) {
    it(`rejects ${what}, naming ${field}`, () => {
      expect(rejection(broken(change))).to.include(field);
    });
  }

  it('accepts the speech extensions: product grammar per language, seller names, a card as brand and last four', () => {
    const seed = aSeed([aCustomer({ paymentMethod: { brand: 'Visa', last4: '4242' } })], {
      seller: { name: 'Harbor Goods', names: { ja: 'ハーバーグッズ', 'zh-CN': '港湾好物' } },
      catalog: [{
        sku: 'A', name: 'Kaffeebohnen', unitPrice: 1, available: true,
        grammar: { de: { unit: { one: 'Packung', other: 'Packungen' }, gender: 'f', number: 'plural', cases: { dat: 'Kaffeebohnen' } }, ja: { unit: '袋' } },
      }],
    });
    expect(() => parseSeed(seed)).not.to.throw();
  });

  it('rejects a payment method with neither a label nor a brand and last four, and a last four that is not four digits', () => {
    expect(() => parseSeed(aSeed([aCustomer({ paymentMethod: { brand: 'Visa' } })]))).to.throw(/paymentMethod/);
    expect(() => parseSeed(aSeed([aCustomer({ paymentMethod: { brand: 'Visa', last4: '42' } })]))).to.throw(/last4/);
  });

  it('rejects product grammar with an unknown gender, naming the field', () => {
    const seed = aSeed([aCustomer()], { catalog: [{ sku: 'A', name: 'a', unitPrice: 1, available: true, grammar: { de: { gender: 'x' as 'm' } } }] });
    expect(() => parseSeed(seed)).to.throw(/catalog\[0\]\.grammar\.de\.gender/);
  });

  it('rejects two customers with the same access token, naming the second', () => {
    const seed = aSeed([aCustomer({ accessToken: 'same' }), aCustomer({ accessToken: 'same' })]);
    const message = rejection(seed);
    expect(message).to.include('customers[1].accessToken').and.to.include('duplicate');
  });

  it('rejects a platform user id claimed by two customers', () => {
    const seed = aSeed([aCustomer({ alexaUserIds: ['amzn1.same'] }), aCustomer({ alexaUserIds: ['amzn1.same'] })]);
    expect(rejection(seed)).to.include('customers[1].alexaUserIds[0]');
  });

  it('rejects an order id used twice, even across customers', () => {
    const seed = aSeed([aCustomer({ orders: [anOrder({ id: 'o-1' })] }), aCustomer({ orders: [anOrder({ id: 'o-1' })] })]);
    expect(rejection(seed)).to.include('customers[1].orders[0].id');
  });

  it('rejects something that is not a seed at all', () => {
    expect(rejection([])).to.include('top level');
    expect(rejection(null)).to.be.a('string');
  });

  describe('reading a seed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-test-'));

    it('reads a valid file', () => {
      const file = join(dir, 'ok.json');
      writeFileSync(file, JSON.stringify(aSeed([aCustomer()])));
      expect(readSeedFile(file).customers).to.have.length(1);
    });

    it('names the file and the field when the file breaks the format', () => {
      const file = join(dir, 'bad-status.json');
      writeFileSync(file, JSON.stringify(broken((s) => { s.customers[0].orders[0].status = 'lost'; })));
      expect(() => readSeedFile(file)).to.throw(SeedError, /bad-status\.json.*customers\[0\]\.orders\[0\]\.status/);
    });

    it('says so when the file is not JSON', () => {
      const file = join(dir, 'not-json.json');
      writeFileSync(file, '{ "seller": ');
      expect(() => readSeedFile(file)).to.throw(SeedError, /not valid JSON/);
    });

    it('says so when the file is missing', () => {
      expect(() => readSeedFile(join(dir, 'missing.json'))).to.throw(SeedError, /cannot read/);
    });
  });

  describe('loading into the store', () => {
    it('loads nothing when the seed is rejected', () => {
      const store = new SqliteStore(':memory:');
      const data = aSeed([aCustomer({ accessToken: 'same' }), aCustomer({ accessToken: 'same' })]);
      expect(() => store.loadSeed(parseSeed(data))).to.throw(SeedError);
      expect(store.isEmpty()).to.equal(true);
    });

    it('loads nothing, not even the first customers, when the database refuses part of a seed', async () => {
      // Not checked by parseSeed first: the store's own constraints must still keep it all-or-nothing.
      const store = new SqliteStore(':memory:');
      const first = aCustomer({ accessToken: 'shared' });
      expect(() => store.loadSeed(aSeed([first, aCustomer({ accessToken: 'shared' })]))).to.throw();
      expect(store.isEmpty()).to.equal(true);
      expect(await store.findCustomer({ accessToken: 'shared', platform: 'alexa' })).to.equal(undefined);
    });

    it('opens no database when the seed file given at start breaks the format', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'seed-open-'));
      const seedFile = join(dir, 'bad.json');
      writeFileSync(seedFile, JSON.stringify(broken((s) => { s.customers[0].orders[0].status = 'lost'; })));
      const dbFile = join(dir, 'skill.db');
      let error: unknown;
      try { await openStore({ store: 'sqlite', dbFile, seedFile }); } catch (err) { error = err; }
      expect(error).to.be.instanceOf(SeedError);
      expect((error as Error).message).to.include('customers[0].orders[0].status');
      expect(existsSync(dbFile)).to.equal(false);
    });

    it('loads customers, their orders and the catalog', async () => {
      const store = new SqliteStore(':memory:');
      const customer = aCustomer({ orders: [anOrder({ lines: [aLine('oat milk', { quantity: 4 })] })] });
      store.loadSeed(parseSeed(aSeed([customer], { catalog: [{ sku: 'SKU-OAT-MILK', name: 'oat milk', synonyms: ['oat drink'], unitPrice: 3, available: true }] })));
      const found = await store.findCustomer({ accessToken: customer.accessToken, platform: 'alexa' });
      expect(found?.id).to.equal(customer.id);
      const [order] = await store.recentOrders(customer.id, new Date('2030-01-01'));
      expect(order.lines[0]).to.include({ name: 'oat milk', quantity: 4 });
      expect((await store.catalogItems(['SKU-OAT-MILK']))[0].synonyms).to.deep.equal(['oat drink']);
    });
  });
});
