// Account linking on the embedded shop: the demo seed's shopper signs in with the seed's e-mail and scrypt hash,
// and an Alexa request over HTTP with the token Alexa got reads that shopper's orders.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Conversation } from '../../lambda/core/conversation.js';
import { tokenVerifier } from '../../lambda/linking/tokens.js';
import { createRuntime, type Runtime } from '../../lambda/runtime.js';
import { createAccountLinking } from '../../lambda/server/account-linking/provider.js';
import { sqliteAdapter } from '../../lambda/server/account-linking/sqlite-adapter.js';
import { createApp } from '../../lambda/server/app.js';
import { FakeShopper } from '../support/fake-platform.js';
import { Browser, codeFrom, exchangeCode, testLinkingConfig } from '../support/linking.js';
import { alexaEnvelope, replyOfAlexa } from '../support/transports.js';

describe('account linking on the embedded shop (demo seed)', () => {
  let runtime: Runtime;
  let server: Server;
  let base: string;

  before(async () => {
    server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const linking = testLinkingConfig(`${base}/oauth`);
    runtime = await createRuntime({ ...process.env, SKILL_COMMERCE: 'embedded', SKILL_STORE: 'sqlite', SKILL_DB: ':memory:', SKILL_LOG: 'off' },
      { verifier: tokenVerifier({ issuer: linking.issuer, keys: linking.keys }) });
    server.on('request', createApp(runtime, { verifyAlexa: false, linking: createAccountLinking(linking, runtime.commerce, sqliteAdapter(':memory:')) }));
  });
  after(async () => {
    server?.closeAllConnections();
    server?.close();
    await runtime?.store.close();
  });

  const overHttp: Conversation = async (turn) => {
    const res = await fetch(`${base}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alexaEnvelope(turn)) });
    return replyOfAlexa(await res.json() as ResponseEnvelope);
  };

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
