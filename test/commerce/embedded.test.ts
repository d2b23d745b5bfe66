// The connector contract against the embedded shop, on SQLite and on DynamoDB (dynalite), from a seed that uses the
// optional sign-in fields (`email`, `passwordHash`).
import { expect } from 'chai';
import { EmbeddedCommerce, verifyPassword } from '../../lambda/commerce/embedded.js';
import { parseSeed } from '../../lambda/store/seed.js';
import { hashPassword } from '../../scripts/hash-password.js';
import { commerceContract, type ContractFixture } from './contract.js';
import { aCustomer, aLine, anOrder, aSeed } from '../support/seed.js';
import { testStore, type StoreKind } from '../support/stores.js';

function fixture(kind: StoreKind): () => Promise<ContractFixture> {
  return async () => {
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const coffee = aLine('coffee beans', { unitPrice: 12.5 });
    const shipped = anOrder({ placedAt: ago(1), status: 'shipped', lines: [coffee], shipment: { carrier: 'UPS', trackingId: '1Z999', eta: day(2) } });
    const delivered = anOrder({ placedAt: ago(9), status: 'delivered', lines: [coffee], shipment: { carrier: 'UPS', trackingId: '1Z998', eta: day(-7), deliveredAt: ago(7) } });
    const robin = aCustomer({ email: 'robin@example.com', passwordHash: hashPassword('robin-pass', { N: 1024, r: 8, p: 1 }), orders: [shipped, delivered] });
    const waiting = anOrder({ placedAt: ago(0.1), status: 'placed', shipment: undefined });
    const sam = aCustomer({ name: 'Sam', email: 'sam@example.com', passwordHash: hashPassword('sam-pass', { N: 1024, r: 8, p: 1 }), orders: [waiting, anOrder({ placedAt: ago(3) })] });
    const seed = parseSeed(aSeed([robin, sam], {
      catalog: [
        { sku: coffee.sku, name: 'coffee beans', unitPrice: 13, available: true },
        { sku: 'SKU-GONE', name: 'tea', unitPrice: 4, available: false },
      ],
    }));
    const store = testStore(seed, kind);
    return {
      commerce: () => new EmbeddedCommerce(store),
      identity: (subject) => ({ platform: 'alexa', subject }),
      shopper: { id: robin.id, name: robin.name, email: 'robin@example.com', password: 'robin-pass', orders: [shipped.id, delivered.id] },
      other: { id: sam.id, name: sam.name, email: 'sam@example.com', password: 'sam-pass', orders: sam.orders.map((o) => o.id) },
      cancellable: { shopperId: sam.id, orderId: waiting.id },
      skus: { available: coffee.sku, unavailable: 'SKU-GONE' },
    };
  };
}

commerceContract('embedded shop on SQLite', fixture('sqlite'));
commerceContract('embedded shop on DynamoDB', fixture('dynamodb'));

describe('embedded shop sign-in', () => {
  it('checks scrypt hashes from scripts/hash-password.ts and refuses malformed ones', async () => {
    const hash = hashPassword('correct horse', { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('correct horse', hash)).to.equal(true);
    expect(await verifyPassword('correct horse ', hash)).to.equal(false);
    expect(await verifyPassword('correct horse', 'scrypt$1024$8$1$c2FsdA==$')).to.equal(false);
    expect(await verifyPassword('correct horse', 'plain')).to.equal(false);
  });

  it('rejects a seed whose passwordHash is not a hash, or that has one without an e-mail', () => {
    const bad = (overrides: object) => () => parseSeed(aSeed([aCustomer(overrides)]));
    expect(bad({ email: 'a@example.com', passwordHash: 'hunter2' })).to.throw(/passwordHash: expected a hash/);
    expect(bad({ passwordHash: hashPassword('x', { N: 1024, r: 8, p: 1 }) })).to.throw(/a passwordHash needs an email/);
    expect(bad({ email: 'not-an-address' })).to.throw(/email: expected an e-mail address/);
  });
});
