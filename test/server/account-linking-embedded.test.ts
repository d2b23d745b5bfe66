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

  it('stops guessing: after five wrong passwords for one account the page asks to wait, without trying the password', async () => {
    for (let i = 0; i < 5; i++) {
      const guesser = new Browser(base);
      const page = await guesser.signIn(await guesser.authorize(), 'Marcus@example.com', `guess-${i}`);
      expect(page.status).to.equal(401);
    }
    const browser = new Browser(base);
    const page = await browser.signIn(await browser.authorize(), 'marcus@example.com', 'northwind-demo');
    expect(page.status).to.equal(429);
    expect(Number(page.headers.get('retry-after'))).to.be.within(1, 15 * 60);
    expect(await page.text()).to.include('Too many attempts to sign in. Please wait 15 minutes and try again.');
    // Another shopper on the same connection is not locked out by Marcus's count.
    const emily = new Browser(base);
    codeFrom(await emily.signIn(await emily.authorize(), 'emily@example.com', 'northwind-demo'));
  });
});
