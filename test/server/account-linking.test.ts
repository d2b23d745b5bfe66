// Account linking, the whole dance over real HTTP against the live Vendure: Alexa opens the authorization URL, the
// shopper signs in on our page, Alexa trades the code for tokens, and the token names that shopper.
import type { Server } from 'node:http';
import { expect } from 'chai';
import { VendureCommerce, vendureConfigFromEnv } from '../../lambda/commerce/vendure/connector.js';
import { tokenVerifier, type TokenVerifier } from '../../lambda/linking/tokens.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { googleRedirectUris } from '../../lambda/server/account-linking/config.js';
import type { LinkingConfig } from '../../lambda/server/account-linking/config.js';
import { Browser, codeFrom, exchangeCode, GOOGLE_CLIENT, startLinkingServer, testLinkingConfig, tokenRequest } from '../support/linking.js';
import { liveVendure, vendureEnv, type LiveVendure } from '../support/vendure.js';

describe('account linking (OAuth 2.0 authorization code, Vendure login)', function () {
  this.timeout(900_000);
  let live: LiveVendure;
  let server: Server;
  let base: string;
  let verify: TokenVerifier;
  let commerce: VendureCommerce;
  let config: LinkingConfig;
  let dir: string;

  /** The linking server on a free port, its state in `file`: started again on the same file, it is a restart. */
  async function startServer(file: string): Promise<Server> {
    const started = await startLinkingServer(commerce, { file, config });
    ({ base, config } = started);
    return started.server;
  }

  before(async () => {
    live = await liveVendure();
    commerce = new VendureCommerce(vendureConfigFromEnv(await vendureEnv()));
    dir = mkdtempSync(join(tmpdir(), 'linking-'));
    server = await startServer(join(dir, 'linking.db'));
    verify = tokenVerifier({ issuer: config.issuer, keys: config.keys });
  });
  after(() => {
    server?.closeAllConnections();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function linkedCode(email: string, password: string, language?: string): Promise<string> {
    const browser = new Browser(base, language);
    const page = await browser.authorize();
    expect(page.status).to.equal(200);
    return codeFrom(await browser.signIn(page, email, password));
  }

  it('links a shopper: sign-in page, code to Alexa, tokens that name that shopper and read their orders', async () => {
    const { emily } = live.shoppers;
    const code = await linkedCode(emily.email, emily.password);
    const { status, json } = await exchangeCode(base, code);
    expect(status).to.equal(200);
    expect(json).to.include({ token_type: 'Bearer' });
    expect(json.refresh_token).to.be.a('string');
    expect(json.expires_in).to.be.within(1, 3600);
    const subject = await verify(String(json.access_token), new Date());
    expect(subject).to.equal(emily.id);
    const orders = await commerce.recentOrders(subject!, new Date(Date.now() + 60_000), 10);
    expect(orders.map((o) => o.id)).to.include.members(emily.orders);
  });

  it('shows the sign-in page in the browser\'s language', async () => {
    const de = await new Browser(base, 'de-DE,de;q=0.9').authorize();
    expect(await de.text()).to.include('Ihr Konto bei Northwind Market verknüpfen').and.include('<html lang="de">');
    const ja = await new Browser(base, 'ja-JP').authorize();
    expect(await ja.text()).to.include('Northwind Marketのアカウントをリンク');
  });

  it('turns a wrong password away on the page, in the shopper\'s language, and sends no code', async () => {
    const browser = new Browser(base, 'it-IT');
    const page = await browser.authorize();
    const again = await browser.signIn(page, live.shoppers.emily.email, 'not-her-password');
    expect(again.status).to.equal(401);
    const html = await again.text();
    expect(html).to.include('Indirizzo e-mail e password non corrispondono a nessun account');
    expect(html).to.include(`value="${live.shoppers.emily.email}"`);
    expect(again.headers.get('location')).to.equal(null);
  });

  it('accepts a code once: a replayed code gets invalid_grant', async () => {
    const code = await linkedCode(live.shoppers.jonas.email, live.shoppers.jonas.password, 'de-DE');
    expect((await exchangeCode(base, code)).status).to.equal(200);
    const replay = await exchangeCode(base, code);
    expect(replay.status).to.equal(400);
    expect(replay.json.error).to.equal('invalid_grant');
  });

  it('refuses a wrong client secret with invalid_client', async () => {
    const code = await linkedCode(live.shoppers.yuki.email, live.shoppers.yuki.password, 'ja-JP');
    const res = await exchangeCode(base, code, 'not-the-secret');
    expect(res.status).to.equal(401);
    expect(res.json.error).to.equal('invalid_client');
  });

  it('refreshes: a refresh token gets a new access token for the same shopper', async () => {
    const { giulia } = live.shoppers;
    const { json } = await exchangeCode(base, await linkedCode(giulia.email, giulia.password, 'it-IT'));
    const refreshed = await tokenRequest(base, { grant_type: 'refresh_token', refresh_token: String(json.refresh_token) });
    expect(refreshed.status).to.equal(200);
    expect(await verify(String(refreshed.json.access_token), new Date())).to.equal(giulia.id);
  });

  it('reads an expired or foreign token as no shopper at all', async () => {
    const { json } = await exchangeCode(base, await linkedCode(live.shoppers.emily.email, live.shoppers.emily.password));
    const token = String(json.access_token);
    const twoHoursOn = new Date(Date.now() + 2 * 3600_000);
    expect(await verify(token, twoHoursOn)).to.equal(undefined);
    const other = tokenVerifier({ issuer: `${base}/oauth`, keys: testLinkingConfig(`${base}/oauth`).keys });
    expect(await other(token, new Date())).to.equal(undefined);
    expect(await verify('token-us-1', new Date())).to.equal(undefined);
  });

  it('links Google (Dialogflow) the same way, its client credentials in the request body', async () => {
    const { jonas } = live.shoppers;
    const redirect = googleRedirectUris(GOOGLE_CLIENT.project)[0];
    const browser = new Browser(base, 'de-DE');
    const page = await browser.authorize('g-state', GOOGLE_CLIENT.id, redirect);
    const code = codeFrom(await browser.signIn(page, jonas.email, jonas.password), 'g-state', redirect);
    const res = await fetch(`${base}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirect, client_id: GOOGLE_CLIENT.id, client_secret: GOOGLE_CLIENT.secret }),
    });
    expect(res.status).to.equal(200);
    expect(await verify(String((await res.json() as { access_token: string }).access_token), new Date())).to.equal(jonas.id);
  });

  it('keeps shoppers linked across a restart: a refresh token from before still works', async () => {
    const { emily } = live.shoppers;
    const { json } = await exchangeCode(base, await linkedCode(emily.email, emily.password));
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    // Same issuer and keys, a new process's memory (and a new port, so no pooled connection reaches the old one).
    server = await startServer(join(dir, 'linking.db'));
    const refreshed = await tokenRequest(base, { grant_type: 'refresh_token', refresh_token: String(json.refresh_token) });
    expect(refreshed.status).to.equal(200);
    expect(await verify(String(refreshed.json.access_token), new Date())).to.equal(emily.id);
  });

  it('rejects an authorization request for a redirect that is not Alexa\'s', async () => {
    const res = await new Browser(base).request(`/oauth/auth?${new URLSearchParams({
      client_id: 'alexa-skill', response_type: 'code', redirect_uri: 'https://evil.example/cb', scope: 'orders', state: 's',
    })}`);
    expect(res.status).to.equal(400);
    expect(res.headers.get('location')).to.equal(null);
  });
});
