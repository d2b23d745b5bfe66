// Account linking on the embedded shop: the demo seed's shopper signs in with the seed's e-mail and scrypt hash,
// and an Alexa request over HTTP with the token Alexa got reads that shopper's orders.
import { expect } from 'chai';
import { FakeShopper } from '../support/fake-platform.js';
import { Browser, codeFrom, exchangeCode, startLinkedServer, type LinkedServer } from '../support/linking.js';

describe('account linking on the embedded shop (demo seed)', () => {
  let linked: LinkedServer;
  let base: string;
  let overHttp: LinkedServer['overHttp'];

  before(async () => {
    linked = await startLinkedServer({ ...process.env, SKILL_COMMERCE: 'embedded', SKILL_STORE: 'sqlite', SKILL_DB: ':memory:', SKILL_LOG: 'off' });
    ({ base, overHttp } = linked);
  });
  after(async () => {
    await linked?.close();
  });

  it('signs Emily in with the seed\'s password and her token reads her orders', async () => {
    const browser = new Browser(base);
    const code = codeFrom(await browser.signIn(await browser.authorize(), 'emily@example.com', 'northwind-demo'));
    const { status, json } = await exchangeCode(base, code);
    expect(status).to.equal(200);
    const shopper = new FakeShopper(overHttp, { accessToken: String(json.access_token), now: '2026-11-22T15:00:00Z' });
    await shopper.opens();
    expect(shopper.speech).to.include('Emily');
    await shopper.says('OrderStatusIntent');
    expect(shopper.last.card?.kind).to.not.equal('linkAccount');
    expect(shopper.speech).to.not.equal('');
  });

  it('turns a wrong password away', async () => {
    const browser = new Browser(base);
    const page = await browser.signIn(await browser.authorize(), 'emily@example.com', 'not-the-password');
    expect(page.status).to.equal(401);
  });
});
